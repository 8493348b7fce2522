import { parseTrivyReport } from '../../../src/scanners/reports/index.js'
import { syntheticReport } from './helpers.js'

const image = () => parseTrivyReport(syntheticReport('trivy-image.json'), 'trivy report shop')

describe('parseTrivyReport (SchemaVersion 2)', () => {
  it('names the scanner version and what was scanned', () => {
    expect(image()).toMatchObject({
      scanner: 'trivy',
      scannerVersion: '0.70.0',
      artifact: 'registry.example/shop:1.0'
    })
  })

  it('reads an OS package match with its aliases, fix, CVSS and advisory', () => {
    expect(image().matches[0]).toEqual({
      scanner: 'trivy',
      id: 'CVE-2024-0001',
      aliases: ['DSA-5999-1'],
      packageName: 'libexample1',
      installedVersion: '1.0-1',
      packageType: 'deb',
      severity: 'high',
      fixedVersions: ['1.0-1+deb12u1'],
      fixState: 'fixed',
      // Newest CVSS version per source: nvd's v3 7.5 (not its v2 9.3), redhat's 8.1.
      cvss: 8.1,
      locations: [],
      title: 'libexample: synthetic overflow',
      url: 'https://avd.aquasec.com/nvd/cve-2024-0001'
    })
  })

  it('maps Status and severity words onto our scale', () => {
    const byId = Object.fromEntries(image().matches.map(m => [m.id, [m.fixState, m.severity]]))
    expect(byId).toMatchObject({
      'CVE-2024-0002': ['not-fixed', 'low'],
      'CVE-2024-0003': ['wont-fix', 'info']
    })
  })

  it('folds the same vulnerability at two jar paths into one match with both paths', () => {
    const report = image()
    const widget = report.matches.filter(m => m.packageName === 'org.example:widget')
    expect(widget).toHaveLength(1)
    expect(widget[0]).toMatchObject({
      locations: ['/app/lib/widget-3.1.jar', '/opt/tool/widget-3.1.jar'],
      fixedVersions: ['3.2.1', '4.0.2'],
      aliases: ['GHSA-aaaa-bbbb-cccc'],
      packageType: 'maven',
      cvss: 6.9
    })
    expect(report.entryCount).toBe(5)
    expect(report.matches).toHaveLength(4)
  })

  it('keeps the secret rule, file and line but never its matched text', () => {
    const report = image()
    expect(report.secrets).toEqual([
      {
        scanner: 'trivy',
        ruleId: 'github-pat',
        category: 'GitHub',
        severity: 'critical',
        title: 'GitHub Personal Access Token',
        target: '/app/.env',
        line: 2
      }
    ])
    expect(JSON.stringify(report)).not.toContain('SYNTHETIC-PLACEHOLDER-VALUE')
  })

  it('counts misconfigurations that did not pass, and licenses', () => {
    expect(image()).toMatchObject({ misconfigurationCount: 1, licenseCount: 1 })
  })

  it('uses a language result target as the location when there is no PkgPath', () => {
    const text = JSON.stringify({
      SchemaVersion: 2,
      Results: [
        {
          Target: 'web/yarn.lock',
          Class: 'lang-pkgs',
          Type: 'yarn',
          Vulnerabilities: [
            {
              VulnerabilityID: 'GHSA-1111-2222-3333',
              PkgName: 'left-pad',
              InstalledVersion: '1.0.0',
              Severity: 'HIGH'
            }
          ]
        }
      ]
    })
    expect(parseTrivyReport(text, 'x').matches[0]).toMatchObject({
      locations: ['web/yarn.lock'],
      packageType: 'npm',
      fixState: 'unknown'
    })
  })

  it.each([
    ['Results missing', { SchemaVersion: 2, ArtifactName: 'scratch' }],
    ['Results null', { SchemaVersion: 2, Results: null }],
    [
      'a result without Vulnerabilities',
      { SchemaVersion: 2, Results: [{ Target: 'x (alpine 3.20)', Class: 'os-pkgs' }] }
    ],
    ['Vulnerabilities null', { SchemaVersion: 2, Results: [{ Target: 'x', Vulnerabilities: null }] }]
  ])('reads %s as no findings', (_name, doc) => {
    expect(parseTrivyReport(JSON.stringify(doc), 'x')).toMatchObject({
      matches: [],
      secrets: [],
      entryCount: 0
    })
  })
})

describe('parseTrivyReport (legacy array, ≤0.19)', () => {
  it('reads the results and treats a FixedVersion without Status as fixed', () => {
    const report = parseTrivyReport(syntheticReport('trivy-legacy.json'), 'trivy report legacy')
    expect(report.matches.map(m => [m.id, m.severity, m.fixState, m.packageType, m.locations])).toEqual([
      ['CVE-2019-0100', 'medium', 'fixed', 'apk', []],
      ['CVE-2019-0101', 'low', 'unknown', 'apk', []]
    ])
    expect(report.artifact).toBeUndefined()
  })

  it('reads an empty array as an empty report', () => {
    expect(parseTrivyReport('[]', 'x').matches).toEqual([])
  })
})
