// A report we cannot read makes the check `error` (fail closed): these are the messages people see.
import { parseGrypeReport, parseTrivyReport, ReportFormatError } from '../../../src/scanners/reports/index.js'

const trivy = (doc: unknown) => () => parseTrivyReport(JSON.stringify(doc), 'trivy report /tmp/t.json')
const grype = (doc: unknown) => () => parseGrypeReport(JSON.stringify(doc), 'grype report /tmp/g.json')
const vuln = { VulnerabilityID: 'CVE-1', PkgName: 'p', InstalledVersion: '1', Severity: 'HIGH' }
const match = { vulnerability: { id: 'CVE-1', severity: 'High' }, artifact: { name: 'p', version: '1' } }

describe('text that is not JSON', () => {
  it('names the source, the parser position and its line and column', () => {
    const parse = () =>
      parseTrivyReport('{\n  "SchemaVersion": 2,\n  "Results": [}\n', 'trivy report /tmp/t.json')
    expect(parse).toThrow(ReportFormatError)
    expect(parse).toThrow(
      /^trivy report \/tmp\/t\.json: not valid JSON at position 38 \(line 3 column 15\): Unexpected token/
    )
  })

  it('says a truncated report is not valid JSON', () => {
    expect(() => parseGrypeReport('{"matches": [', 'grype report g')).toThrow(
      'grype report g: not valid JSON at position 13 (line 1 column 14): Unexpected end of JSON input'
    )
  })

  it.each(['', '  \n'])('says empty output is empty (%j)', text => {
    expect(() => parseTrivyReport(text, 'trivy report t')).toThrow(
      'trivy report t: empty output; expected a Trivy JSON report'
    )
  })
})

describe('the wrong top-level shape', () => {
  it.each([
    [null, 'null'],
    [42, 'a number'],
    ['text', 'a string'],
    [{}, 'an object with keys (none)'],
    [{ name: 'x' }, 'an object with keys name']
  ])('trivy: %j says what was expected and what came', (doc, got) => {
    expect(trivy(doc)).toThrow(`trivy report /tmp/t.json: expected a Trivy JSON report`)
    expect(trivy(doc)).toThrow(`; got ${got}`)
  })

  it.each([
    [null, 'null'],
    [{}, 'an object with keys (none)']
  ])('grype: %j says what was expected and what came', (doc, got) => {
    expect(grype(doc)).toThrow(
      `grype report /tmp/g.json: expected a Grype JSON report (\`grype -o json\`): an object with a matches array; got ${got}`
    )
  })

  it('refuses a SchemaVersion it does not know', () => {
    expect(trivy({ SchemaVersion: 3, Results: [] })).toThrow(
      'trivy report /tmp/t.json: SchemaVersion: unsupported schema version 3; imagegate reads SchemaVersion 2'
    )
  })

  it.each([
    [{ bomFormat: 'CycloneDX', specVersion: '1.5', components: [] }, 'CycloneDX'],
    [{ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] }, 'SARIF'],
    [{ spdxVersion: 'SPDX-2.3', packages: [] }, 'SPDX'],
    [{ matches: [] }, 'a Grype JSON report']
  ])('trivy: names another format it recognises (%#)', (doc, format) => {
    expect(trivy(doc)).toThrow(
      `trivy report /tmp/t.json: not a Trivy JSON report (looks like ${format}); imagegate reads the scanner's --format json output`
    )
  })

  it.each([
    [{ SchemaVersion: 2, Results: [] }, 'a Trivy JSON report'],
    [[], 'a Trivy JSON report'],
    [{ version: '2.1.0', runs: [] }, 'SARIF']
  ])('grype: names another format it recognises (%#)', (doc, format) => {
    expect(grype(doc)).toThrow(
      `grype report /tmp/g.json: not a Grype JSON report (looks like ${format}); imagegate reads the scanner's -o json output`
    )
  })
})

describe('a field of the wrong type', () => {
  it.each([
    [{ SchemaVersion: 2, Results: {} }, 'Results: expected an array, got an object'],
    [{ SchemaVersion: '2', Results: [] }, 'SchemaVersion: expected a number, got a string'],
    [{ SchemaVersion: 2, Results: [null] }, 'Results[0]: expected an object, got null'],
    [
      { SchemaVersion: 2, Results: [{}, {}, { Vulnerabilities: [{ ...vuln, PkgName: 7 }] }] },
      'Results[2].Vulnerabilities[0].PkgName: expected a string, got a number'
    ],
    [
      { SchemaVersion: 2, Results: [{ Vulnerabilities: [{ ...vuln, PkgName: undefined }] }] },
      'Results[0].Vulnerabilities[0].PkgName: expected a string, but it is missing'
    ],
    [
      { SchemaVersion: 2, Results: [{ Vulnerabilities: [{ ...vuln, VendorIDs: ['DSA-1', 2] }] }] },
      'Results[0].Vulnerabilities[0].VendorIDs[1]: expected a string, got a number'
    ],
    [
      { SchemaVersion: 2, Results: [{ Vulnerabilities: [{ ...vuln, CVSS: { nvd: { V3Score: '9.8' } } }] }] },
      'Results[0].Vulnerabilities[0].CVSS.nvd.V3Score: expected a number, got a string'
    ],
    [
      { SchemaVersion: 2, Results: [{ Vulnerabilities: [{ ...vuln, Severity: 'SEVERE' }] }] },
      'Results[0].Vulnerabilities[0].Severity: unknown severity "SEVERE"'
    ],
    [
      // Not a word on the scale, whatever an object lookup by that name would find.
      { SchemaVersion: 2, Results: [{ Vulnerabilities: [{ ...vuln, Severity: 'constructor' }] }] },
      'Results[0].Vulnerabilities[0].Severity: unknown severity "constructor"'
    ],
    [
      { SchemaVersion: 2, Results: [{ Secrets: [{ RuleID: 'x', Severity: 'HIGH', StartLine: '3' }] }] },
      'Results[0].Secrets[0].StartLine: expected a number, got a string'
    ],
    [
      [{ Vulnerabilities: [{ ...vuln, InstalledVersion: [] }] }],
      '[0].Vulnerabilities[0].InstalledVersion: expected a string, got an array'
    ]
  ])('trivy %#: names the JSON path', (doc, problem) => {
    expect(trivy(doc)).toThrow(`trivy report /tmp/t.json: ${problem}`)
  })

  it.each([
    [{ matches: {} }, 'matches: expected an array, got an object'],
    [
      { matches: [{ ...match, vulnerability: 'CVE-1' }] },
      'matches[0].vulnerability: expected an object, got a string'
    ],
    [
      { matches: [match, { ...match, artifact: undefined }] },
      'matches[1].artifact: expected an object, but it is missing'
    ],
    [
      { matches: [{ ...match, vulnerability: { ...match.vulnerability, id: 1 } }] },
      'matches[0].vulnerability.id: expected a string, got a number'
    ],
    [
      {
        matches: [
          { ...match, vulnerability: { ...match.vulnerability, fix: { versions: '1.2', state: 'fixed' } } }
        ]
      },
      'matches[0].vulnerability.fix.versions: expected an array, got a string'
    ],
    [
      { matches: [{ ...match, vulnerability: { ...match.vulnerability, epss: [{ epss: 'high' }] } }] },
      'matches[0].vulnerability.epss[0].epss: expected a number, got a string'
    ],
    [
      { matches: [{ ...match, relatedVulnerabilities: [{ id: null }] }] },
      'matches[0].relatedVulnerabilities[0].id: expected a string, but it is missing'
    ],
    [
      { matches: [{ ...match, artifact: { ...match.artifact, locations: [{ path: 5 }] } }] },
      'matches[0].artifact.locations[0].path: expected a string, got a number'
    ]
  ])('grype %#: names the JSON path', (doc, problem) => {
    expect(grype(doc)).toThrow(`grype report /tmp/g.json: ${problem}`)
  })

  it('carries the source and path on the error', () => {
    try {
      trivy({ SchemaVersion: 2, Results: [{ Vulnerabilities: [{ ...vuln, PkgName: 7 }] }] })()
      throw new Error('did not throw')
    } catch (error) {
      expect(error).toMatchObject({
        name: 'ReportFormatError',
        source: 'trivy report /tmp/t.json',
        path: 'Results[0].Vulnerabilities[0].PkgName'
      })
    }
  })
})

describe('fields that are free-form or optional', () => {
  it('does not check fields it does not read (matchDetails, cpes, metadata)', () => {
    const loose = {
      ...match,
      matchDetails: 'anything',
      artifact: { ...match.artifact, cpes: [{ Part: 'a' }], metadata: 7 }
    }
    expect(grype({ matches: [loose] })().matches).toHaveLength(1)
  })

  it('tolerates every optional Trivy field missing or null', () => {
    const bare = {
      VulnerabilityID: 'CVE-1',
      PkgName: 'p',
      Severity: null,
      FixedVersion: null,
      VendorIDs: null,
      CVSS: null
    }
    expect(trivy({ SchemaVersion: 2, Results: [{ Vulnerabilities: [bare] }] })().matches[0]).toMatchObject({
      installedVersion: '',
      severity: 'info',
      fixedVersions: [],
      aliases: []
    })
  })
})
