import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { buildJsonReport } from '../../src/report/json-report.js'
import { manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'))
// ajv-formats is CommonJS; under NodeNext its default import is `module.exports`, which has `.default`.
const addFormats = addFormatsModule.default
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const validate = ajv.compile(schema)

function errorsOf(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`)
}

describe('buildJsonReport', () => {
  it('has an $id and validates for the sample and a large result', () => {
    expect(schema.$id).toMatch(/^https:\/\//)
    expect(errorsOf(buildJsonReport(sampleResult()))).toEqual([])
    expect(errorsOf(buildJsonReport(manyFindingsResult(2000)))).toEqual([])
  })

  it('carries where the policy came from: the documents merged and the source of every value', async () => {
    const { loadWith } = await import('../policy/extends/helpers.js')
    const base = 'acme/policies/base.yml@v1'
    const policy = await loadWith(
      { '.github/imagegate.yml': `version: 1\nextends: ${base}\nmode: warn\n` },
      { [base]: 'version: 1\nlocked: [images]\nimages: {failOn: medium}\n' }
    )
    const report = buildJsonReport({ ...sampleResult(), policyProvenance: policy.provenance })
    expect(errorsOf(report)).toEqual([])
    expect(report.policy.documents?.map(d => d.name)).toEqual([base, '.github/imagegate.yml'])
    expect(report.policy.sources?.['images.failOn']).toEqual({ file: base, line: 3, lockedBy: `${base}:2` })
    expect(report.policy.sources?.mode).toEqual({ file: '.github/imagegate.yml', line: 3 })
    expect(report.policy.sources?.['vulnerabilities.failOn']).toEqual({ file: 'default' })
  })

  it('carries the run fields and every finding with its details', () => {
    const report = buildJsonReport(sampleResult())
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'imagegate', version: '0.1.0-test' },
      verdict: 'fail',
      mode: 'enforce',
      policy: { source: '.github/imagegate.yml' },
      blockingCount: 3,
      suppressedCount: 2,
      counts: { critical: 1, high: 2, medium: 2, low: 2, info: 1 }
    })
    expect(report.findings).toHaveLength(10)
    expect(report.findings[0]).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      check: 'vulnerabilities',
      rule: 'CVE-2024-0001',
      severity: 'critical',
      blocking: true,
      message: 'openssl 3.0.1 is affected by CVE-2024-0001 (fixed in 3.0.13)',
      image: 'ghcr.io/acme/api:1.4.2',
      package: { name: 'openssl', version: '3.0.1', fixedVersion: '3.0.13', type: 'apk' },
      helpUri: 'https://nvd.nist.gov/vuln/detail/CVE-2024-0001',
      installedVersion: '3.0.1',
      fixedVersion: '3.0.13',
      foundBy: ['grype', 'trivy'],
      vulnerability: {
        kind: 'vulnerability',
        aliases: ['GHSA-aaaa-bbbb-cccc'],
        foundBy: ['grype', 'trivy'],
        severityBySource: { trivy: 'critical', grype: 'high' },
        fixedVersions: ['3.0.13'],
        fixState: 'fixed',
        cvss: 9.8,
        locations: ['lib/apk/db/installed']
      }
    })
    expect(report.imageSummaries).toEqual([
      {
        image: 'ghcr.io/acme/api:1.4.2',
        counts: { critical: 1, high: 0, medium: 0, low: 1, info: 0 },
        blockingCount: 1,
        suppressedCount: 1
      }
    ])
    expect(report.findings.find(f => f.rule === 'DL3007')?.suppressedBy).toEqual({
      id: 'EX-4',
      reason: 'Base image pinned upstream'
    })
    expect(report.checks.find(c => c.id === 'signatures')).toMatchObject({
      status: 'error',
      detail: expect.any(String)
    })
  })

  it('keeps stray properties of findings out of the report', () => {
    const result = sampleResult()
    Object.assign(result.findings[0]!, { internal: 'secret' })
    Object.assign(result.findings[1]!.location!, { raw: 'FROM node:latest' })
    const report = buildJsonReport(result)
    expect(JSON.stringify(report)).not.toMatch(/secret|FROM node:latest"/)
    expect(errorsOf(report)).toEqual([])
  })

  it.each([
    ['an unknown finding field', 'findings.0.extra', 1, '/findings/0 must NOT have additional properties'],
    [
      'a bad severity',
      'findings.0.severity',
      'severe',
      '/findings/0/severity must be equal to one of the allowed values'
    ],
    ['a missing verdict', 'verdict', undefined, " must have required property 'verdict'"],
    ['an unknown check field', 'checks.0.notes', [], '/checks/0 must NOT have additional properties'],
    [
      'a blocking suppressed finding',
      'findings.8.blocking',
      true,
      '/findings/8/blocking must be equal to constant'
    ],
    ['a line of 0', 'findings.1.location.line', 0, '/findings/1/location/line must be >= 1'],
    ['a bad timestamp', 'startedAt', 'yesterday', '/startedAt must match format "date-time"']
  ])('rejects %s', (_name, path, value, expected) => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(sampleResult())))
    setPath(report, path, value)
    expect(errorsOf(report)).toContain(expected)
  })
})

/** Sets (or with `undefined`, deletes) a dotted path in parsed JSON. */
function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  const last = keys.pop()!
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    root
  )
  if (value === undefined) delete parent[last]
  else parent[last] = value
}
