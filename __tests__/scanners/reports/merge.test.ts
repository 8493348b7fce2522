import type { Finding } from '../../../src/model/finding.js'
import {
  mergeReports,
  parseGrypeReport,
  parseTrivyReport,
  type ParsedReport,
  type ScannerMatch
} from '../../../src/scanners/reports/index.js'
import { syntheticReport } from './helpers.js'

const IMAGE = 'registry.example/shop:1.0'
const trivyReport = () => parseTrivyReport(syntheticReport('trivy-image.json'), 'trivy report shop')
const grypeReport = () => parseGrypeReport(syntheticReport('grype-image.json'), 'grype report shop')
const both = (severitySource: 'highest' | 'trivy' | 'grype' = 'highest') =>
  mergeReports([trivyReport(), grypeReport()], { image: IMAGE, severitySource })

function match(fields: Partial<ScannerMatch> & Pick<ScannerMatch, 'scanner' | 'id'>): ScannerMatch {
  return {
    aliases: [],
    packageName: 'pkg',
    installedVersion: '1.0',
    severity: 'medium',
    fixedVersions: [],
    fixState: 'unknown',
    locations: [],
    ...fields
  }
}

function report(
  scanner: 'trivy' | 'grype',
  matches: Array<Partial<ScannerMatch> & { id: string }>
): ParsedReport {
  return {
    scanner,
    matches: matches.map(m => match({ scanner, ...m })),
    secrets: [],
    misconfigurationCount: 0,
    licenseCount: 0
  }
}

const merge = (reports: ParsedReport[], severitySource: 'highest' | 'trivy' | 'grype' = 'highest') =>
  mergeReports(reports, { image: IMAGE, severitySource })
const byRule = (findings: Finding[], rule: string) => findings.filter(f => f.rule === rule)

describe('mergeReports: one finding per vulnerability, package and version', () => {
  it('merges what both scanners found, keeping each one severity and the union of facts', () => {
    const [libexample] = byRule(both(), 'CVE-2024-0001')
    expect(libexample).toEqual({
      check: 'vulnerabilities',
      rule: 'CVE-2024-0001',
      severity: 'critical',
      message: 'CVE-2024-0001 in libexample1 1.0-1 (fixed in 1.0-1+deb12u1)',
      image: IMAGE,
      package: { name: 'libexample1', version: '1.0-1', fixedVersion: '1.0-1+deb12u1', type: 'deb' },
      helpUri: 'https://security-tracker.debian.org/tracker/CVE-2024-0001',
      vulnerability: {
        kind: 'vulnerability',
        aliases: ['DSA-5999-1'],
        foundBy: ['grype', 'trivy'],
        severityBySource: { grype: 'critical', trivy: 'high' },
        fixedVersions: ['1.0-1+deb12u1'],
        fixState: 'fixed',
        cvss: 9.8,
        knownExploited: true,
        epss: 0.42,
        locations: ['/var/lib/dpkg/status'],
        title: 'libexample: synthetic overflow'
      }
    })
  })

  it.each([
    ['highest', 'critical'],
    ['trivy', 'high'],
    ['grype', 'critical']
  ] as const)('gates on the %s severity', (source, severity) => {
    expect(byRule(both(source), 'CVE-2024-0001')[0].severity).toBe(severity)
  })

  it("falls back to the other scanner's severity when the chosen one did not report it", () => {
    const [onlyGrype] = byRule(both('trivy'), 'CVE-2024-0004')
    expect(onlyGrype).toMatchObject({ severity: 'medium', vulnerability: { foundBy: ['grype'] } })
    const [onlyTrivy] = byRule(both('grype'), 'CVE-2024-0002')
    expect(onlyTrivy).toMatchObject({ severity: 'low', vulnerability: { foundBy: ['trivy'] } })
  })

  it('joins a Grype GHSA match and a Trivy CVE match through their aliases', () => {
    const [widget] = byRule(both(), 'CVE-2024-1000')
    expect(byRule(both(), 'GHSA-aaaa-bbbb-cccc')).toEqual([])
    expect(widget).toMatchObject({
      severity: 'high',
      message: 'CVE-2024-1000 in org.example:widget 3.1 (fixed in 3.2.0, 3.2.1, 4.0.2)',
      package: {
        name: 'org.example:widget',
        version: '3.1',
        fixedVersion: '3.2.0, 3.2.1, 4.0.2',
        type: 'maven'
      },
      helpUri: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
      vulnerability: {
        aliases: ['GHSA-aaaa-bbbb-cccc'],
        foundBy: ['grype', 'trivy'],
        severityBySource: { grype: 'high', trivy: 'medium' },
        cvss: 6.9,
        knownExploited: false,
        locations: ['/app/lib/widget-3.1.jar', '/opt/tool/widget-3.1.jar']
      }
    })
  })

  it('counts each distinct vulnerability once, secrets included', () => {
    const findings = both()
    expect(findings.map(f => f.rule)).toEqual([
      'CVE-2024-0001',
      'CVE-2024-1000',
      'CVE-2024-0003',
      'CVE-2024-0004',
      'CVE-2024-0002',
      'github-pat'
    ])
    const [tool] = byRule(findings, 'CVE-2024-0003')
    expect(tool).toMatchObject({ severity: 'info', message: 'CVE-2024-0003 in tool 2.0 (will not be fixed)' })
  })

  it('gives the same findings whichever scanner finished first', () => {
    const reversed = mergeReports([grypeReport(), trivyReport()], { image: IMAGE, severitySource: 'highest' })
    expect(reversed).toEqual(both())
  })

  it('turns Trivy secrets into secret findings without a package or the secret text', () => {
    const [secret] = byRule(both(), 'github-pat')
    expect(secret).toEqual({
      check: 'vulnerabilities',
      rule: 'github-pat',
      severity: 'critical',
      message: 'Secret github-pat in /app/.env line 2',
      image: IMAGE,
      vulnerability: {
        kind: 'secret',
        aliases: [],
        foundBy: ['trivy'],
        severityBySource: { trivy: 'critical' },
        fixedVersions: [],
        fixState: 'unknown',
        locations: ['/app/.env'],
        title: 'GitHub Personal Access Token'
      }
    })
    expect(JSON.stringify(both())).not.toContain('SYNTHETIC-PLACEHOLDER-VALUE')
  })

  it('reports a secret found twice once', () => {
    const secret = {
      scanner: 'trivy' as const,
      ruleId: 'aws-access-key-id',
      severity: 'critical' as const,
      title: 'AWS',
      target: '/a',
      line: 1
    }
    const withSecrets = (secrets: ParsedReport['secrets']) => ({ ...report('trivy', []), secrets })
    const findings = merge([withSecrets([secret]), withSecrets([secret, { ...secret, line: 9 }])])
    expect(findings.map(f => f.message)).toEqual([
      'Secret aws-access-key-id in /a line 1',
      'Secret aws-access-key-id in /a line 9'
    ])
  })
})

describe('mergeReports: which ids are the same vulnerability', () => {
  it('groups transitively: CVE ↔ GHSA through one match joins two others', () => {
    const findings = merge([
      report('trivy', [
        { id: 'CVE-2024-5', severity: 'low' },
        { id: 'GHSA-xxxx-yyyy-zzzz', severity: 'high' }
      ]),
      report('grype', [{ id: 'ghsa-XXXX-yyyy-zzzz', aliases: ['cve-2024-5'], severity: 'medium' }])
    ])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'CVE-2024-5',
      severity: 'high',
      vulnerability: {
        aliases: ['GHSA-xxxx-yyyy-zzzz'],
        severityBySource: { grype: 'medium', trivy: 'high' }
      }
    })
  })

  it('prefers a CVE id, then a GHSA id, then the first scanner id as the rule', () => {
    const rules = merge([
      report('grype', [
        { id: 'GHSA-1111-2222-3333', aliases: ['CVE-2020-1'], packageName: 'a' },
        { id: 'GMS-2022-20', aliases: ['GHSA-4444-5555-6666'], packageName: 'b' },
        { id: 'GMS-2022-21', packageName: 'c' }
      ])
    ]).map(f => f.rule)
    expect(rules).toEqual(['CVE-2020-1', 'GHSA-4444-5555-6666', 'GMS-2022-21'])
  })

  it('never joins two CVEs through a distro advisory that covers both', () => {
    const findings = merge([
      report('trivy', [
        { id: 'CVE-2019-1559', aliases: ['RHSA-2019:2304'] },
        { id: 'CVE-2018-0734', aliases: ['RHSA-2019:2304'] }
      ]),
      report('grype', [{ id: 'RHSA-2019:2304' }])
    ])
    expect(findings.map(f => f.rule)).toEqual(['RHSA-2019:2304', 'CVE-2019-1559', 'CVE-2018-0734'])
  })

  it('keeps a match whose aliases name two CVEs apart from each of them', () => {
    const findings = merge([
      report('grype', [{ id: 'ELSA-2023-1', aliases: ['CVE-2023-1', 'CVE-2023-2'] }]),
      report('trivy', [{ id: 'CVE-2023-1' }, { id: 'CVE-2023-2' }])
    ])
    expect(findings.map(f => [f.rule, f.vulnerability?.aliases])).toEqual([
      ['ELSA-2023-1', ['CVE-2023-1', 'CVE-2023-2']],
      ['CVE-2023-1', []],
      ['CVE-2023-2', []]
    ])
  })

  it('keeps the same CVE in two packages, or two versions of one package, apart', () => {
    const findings = merge([
      report('trivy', [
        { id: 'CVE-1', packageName: 'libc6' },
        { id: 'CVE-1', packageName: 'libc-bin' },
        { id: 'CVE-1', packageName: 'libc6', installedVersion: '2.0' }
      ])
    ])
    expect(findings.map(f => `${f.package?.name}@${f.package?.version}`)).toEqual([
      'libc6@1.0',
      'libc-bin@1.0',
      'libc6@2.0'
    ])
  })
})

describe('mergeReports: package names across ecosystems', () => {
  it.each([
    ['Python (PEP 503)', 'pypi', 'Django', 'django'],
    ['Python separators', 'pypi', 'ruamel.yaml', 'ruamel_yaml'],
    ['Maven group:artifact vs artifact', 'maven', 'org.apache.tomcat:tomcat-catalina', 'tomcat-catalina'],
    ['case elsewhere', 'npm', 'JSONStream', 'jsonstream']
  ])('joins %s names', (_name, packageType, trivyName, grypeName) => {
    const findings = merge([
      report('trivy', [{ id: 'CVE-9', packageName: trivyName, packageType }]),
      report('grype', [{ id: 'CVE-9', packageName: grypeName, packageType }])
    ])
    expect(findings).toHaveLength(1)
    expect(findings[0].vulnerability?.foundBy).toEqual(['grype', 'trivy'])
  })

  it('does not strip a Maven group from a name in another ecosystem', () => {
    const findings = merge([
      report('trivy', [{ id: 'CVE-9', packageName: 'scope:name', packageType: 'npm' }]),
      report('grype', [{ id: 'CVE-9', packageName: 'name', packageType: 'npm' }])
    ])
    expect(findings).toHaveLength(2)
  })
})

describe('mergeReports: fixes and scores', () => {
  it('takes the union of fixed versions and calls it fixed when any scanner knows a fix', () => {
    const [finding] = merge([
      report('trivy', [{ id: 'CVE-1', fixState: 'not-fixed' }]),
      report('grype', [{ id: 'CVE-1', fixState: 'wont-fix', fixedVersions: ['1.2', '1.3'] }])
    ])
    expect(finding).toMatchObject({
      message: 'CVE-1 in pkg 1.0 (fixed in 1.2, 1.3)',
      package: { fixedVersion: '1.2, 1.3' },
      vulnerability: { fixedVersions: ['1.2', '1.3'], fixState: 'fixed' }
    })
  })

  it.each([
    ['wont-fix', 'not-fixed', 'wont-fix', 'CVE-1 in pkg 1.0 (will not be fixed)'],
    ['not-fixed', 'unknown', 'not-fixed', 'CVE-1 in pkg 1.0 (no fix yet)'],
    ['unknown', 'unknown', 'unknown', 'CVE-1 in pkg 1.0']
  ] as const)('without a fixed version, %s and %s make %s', (a, b, state, message) => {
    const [finding] = merge([
      report('trivy', [{ id: 'CVE-1', fixState: a }]),
      report('grype', [{ id: 'CVE-1', fixState: b }])
    ])
    expect(finding).toMatchObject({ message, vulnerability: { fixState: state } })
    expect(finding.package?.fixedVersion).toBeUndefined()
  })

  it('shortens a long list of fixed versions in the message only', () => {
    const [finding] = merge([report('trivy', [{ id: 'CVE-1', fixedVersions: ['1', '2', '3', '4'] }])])
    expect(finding.message).toBe('CVE-1 in pkg 1.0 (fixed in 1, 2, 3, …)')
    expect(finding.package?.fixedVersion).toBe('1, 2, 3, 4')
  })

  it('leaves the version out of the message when the report had none', () => {
    expect(merge([report('trivy', [{ id: 'CVE-1', installedVersion: '' }])])[0].message).toBe('CVE-1 in pkg')
  })

  it('takes the highest CVSS and EPSS, and KEV when anyone lists it', () => {
    const [finding] = merge([
      report('trivy', [{ id: 'CVE-1', cvss: 7.5 }]),
      report('grype', [{ id: 'CVE-1', cvss: 6.1, epss: 0.2, knownExploited: true }])
    ])
    expect(finding.vulnerability).toMatchObject({ cvss: 7.5, epss: 0.2, knownExploited: true })
  })

  it('leaves CVSS, EPSS and KEV out when no report carries them', () => {
    const [finding] = merge([report('trivy', [{ id: 'CVE-1' }])])
    expect(Object.keys(finding.vulnerability ?? {})).not.toEqual(expect.arrayContaining(['cvss']))
    expect(finding.vulnerability).not.toHaveProperty('epss')
    expect(finding.vulnerability).not.toHaveProperty('knownExploited')
  })

  it('says "checked, not listed" for KEV when one scanner checked and none listed it', () => {
    const [finding] = merge([
      report('trivy', [{ id: 'CVE-1' }]),
      report('grype', [{ id: 'CVE-1', knownExploited: false }])
    ])
    expect(finding.vulnerability?.knownExploited).toBe(false)
  })
})

describe('mergeReports at the size of a large image', () => {
  it('merges 40,000 matches, half of them seen by both scanners under another id', () => {
    const n = 20_000
    const trivy = report(
      'trivy',
      Array.from({ length: n }, (_, i) => ({
        id: `CVE-2024-${i}`,
        packageName: `pkg${i % 500}`,
        installedVersion: `${i % 7}`
      }))
    )
    const grype = report(
      'grype',
      Array.from({ length: n }, (_, i) =>
        i % 2 === 0
          ? {
              id: `GHSA-${i}`,
              aliases: [`CVE-2024-${i}`],
              packageName: `pkg${i % 500}`,
              installedVersion: `${i % 7}`
            }
          : { id: `CVE-2025-${i}`, packageName: `pkg${i % 500}`, installedVersion: `${i % 7}` }
      )
    )
    const findings = merge([trivy, grype])
    expect(findings).toHaveLength(n + n / 2)
    expect(findings.filter(f => f.vulnerability?.foundBy.length === 2)).toHaveLength(n / 2)
  })
})
