// Every real Trivy and Grype report in ../shared/fixtures, read in place (never copied into the
// project), against the counts ../shared/fixtures/{trivy,grype}/PROVENANCE.md states.
// Counts are on our scale: UNKNOWN, Negligible and a missing severity are `info`. Where a report
// lists the same vulnerability in the same package version twice, we count it once (one match,
// several locations), so `distinct` is below PROVENANCE's entry count and the note says why.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { emptyCounts, type Severity } from '../../../src/model/severity.js'
import type { VulnerabilityDetail } from '../../../src/model/finding.js'
import {
  mergeReports,
  parseGrypeReport,
  parseTrivyReport,
  ReportFormatError,
  type ParsedReport
} from '../../../src/scanners/reports/index.js'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const FIXTURES = path.resolve(repoRoot, '..', 'shared', 'fixtures')
const present = existsSync(path.join(FIXTURES, 'trivy')) && existsSync(path.join(FIXTURES, 'grype'))

type FixState = VulnerabilityDetail['fixState']
interface Expected {
  /** Vulnerability entries in the file, as PROVENANCE counts them. */
  entries: number
  /** Distinct matches after folding same-package duplicates; defaults to `entries`. */
  distinct?: number
  severities: Partial<Record<Severity, number>>
  fixStates: Partial<Record<FixState, number>>
  secrets?: Partial<Record<Severity, number>>
  misconfigurations?: number
  licenses?: number
}

const none: Expected = { entries: 0, severities: {}, fixStates: {} }

const TRIVY: Record<string, Expected | 'SARIF' | 'CycloneDX'> = {
  'alpine-310.json': { entries: 4, severities: { medium: 4 }, fixStates: { fixed: 4 } },
  'alpine-39.json': { entries: 6, severities: { critical: 2, medium: 4 }, fixStates: { fixed: 6 } },
  'alpine-39-skip.json': none,
  'debian-buster.json': {
    entries: 2,
    severities: { critical: 1, low: 1 },
    fixStates: { 'not-fixed': 1, fixed: 1 }
  },
  'debian-stretch.json': {
    entries: 5,
    severities: { medium: 4, low: 1 },
    fixStates: { 'wont-fix': 1, fixed: 4 }
  },
  'ubuntu-1804.json': {
    entries: 5,
    severities: { medium: 4, low: 1 },
    fixStates: { 'not-fixed': 1, fixed: 4 }
  },
  'distroless-base.json': {
    entries: 4,
    severities: { medium: 2, low: 2 },
    fixStates: { 'not-fixed': 2, fixed: 2 }
  },
  'centos-7.json': { entries: 3, severities: { medium: 1, low: 2 }, fixStates: { 'wont-fix': 1, fixed: 2 } },
  'ubi-7-comprehensive.json': {
    entries: 2,
    severities: { high: 1, low: 1 },
    fixStates: { 'wont-fix': 1, fixed: 1 }
  },
  'spring4shell-jre11.json': { entries: 1, severities: { critical: 1 }, fixStates: { fixed: 1 } },
  'fluentd-gems.json': { entries: 2, severities: { critical: 1, high: 1 }, fixStates: { fixed: 2 } },
  'npm.json': { entries: 1, severities: { medium: 1 }, fixStates: { fixed: 1 } },
  // GMS-2022-20 in github.com/docker/distribution is listed for go.mod, submod/go.mod and submod2/go.mod.
  'gomod.json': { entries: 5, distinct: 3, severities: { medium: 1, info: 2 }, fixStates: { fixed: 3 } },
  'pip.json': { entries: 2, severities: { high: 1, medium: 1 }, fixStates: { fixed: 2 } },
  'secrets.json': { ...none, secrets: { critical: 1, high: 1 } },
  'dockerfile.json': { ...none, misconfigurations: 1 },
  'helm_testchart.json': { ...none, misconfigurations: 6 },
  'license-cyclonedx.json': { ...none, licenses: 3 },
  'sl-micro-rancher5.4.json': none,
  'alpine-310.sarif': 'SARIF',
  'npm-cyclonedx.json': 'CycloneDX',
  // No `Status` before ~0.45: a FixedVersion means fixed.
  'versions/alpine-310.v0.19.0.legacy-array.json': {
    entries: 8,
    severities: { medium: 6, low: 2 },
    fixStates: { fixed: 8 }
  },
  'versions/alpine-310.v0.20.0.json': {
    entries: 8,
    severities: { medium: 6, low: 2 },
    fixStates: { fixed: 8 }
  },
  'versions/alpine-310.v0.45.0.json': { entries: 4, severities: { medium: 4 }, fixStates: { fixed: 4 } },
  'versions/alpine-310.v0.30.0.sarif': 'SARIF',
  // fixed; affected + fix_deferred; will_not_fix + end_of_life; not_affected + under_investigation + unknown
  'defectdojo/all_statuses.json': {
    entries: 8,
    severities: { low: 8 },
    fixStates: { fixed: 1, 'not-fixed': 2, 'wont-fix': 2, unknown: 3 }
  },
  'defectdojo/scheme_2_no_vuln.json': none,
  'defectdojo/scheme_2_many_vulns.json': {
    entries: 5,
    severities: { critical: 1, high: 1, medium: 3 },
    fixStates: { fixed: 5 }
  },
  'defectdojo/license_scheme.json': { ...none, licenses: 19 },
  'defectdojo/misconfigurations_and_secrets.json': {
    entries: 2,
    severities: { high: 1, medium: 1 },
    fixStates: { fixed: 2 },
    misconfigurations: 1,
    secrets: { critical: 2 }
  },
  'defectdojo/cvssv4_severity_source.json': {
    entries: 3,
    severities: { medium: 1, low: 2 },
    fixStates: { fixed: 3 }
  },
  // The hand-edited entry with only PkgName: no id, no severity, no fix.
  'defectdojo/legacy_trivy_mix.json': {
    entries: 7,
    severities: { high: 6, info: 1 },
    fixStates: { fixed: 6, unknown: 1 }
  }
}

const GRYPE: Record<string, Expected | 'SARIF'> = {
  // GHSA-v6rh-hp5x-86rv in Django 3.2.9 is listed twice with the same paths: PROVENANCE's High 3, fixed 2.
  'defectdojo-check_all_fields.json': {
    entries: 6,
    distinct: 5,
    severities: { critical: 2, high: 2, info: 1 },
    fixStates: { fixed: 1, 'wont-fix': 3, 'not-fixed': 1 }
  },
  'defectdojo-fix_available.json': { entries: 1, severities: { high: 1 }, fixStates: { fixed: 1 } },
  'defectdojo-fix_not_available.json': { entries: 1, severities: { high: 1 }, fixStates: { unknown: 1 } },
  // One match has no `severity` key.
  'defectdojo-issue_9618.json': {
    entries: 35,
    severities: { critical: 1, high: 18, medium: 13, low: 2, info: 1 },
    fixStates: { fixed: 23, 'not-fixed': 11, 'wont-fix': 1 }
  },
  // Negligible 106 + Unknown 10; no `fix` object, 28 with `fixedInVersion`.
  'defectdojo-many_vulns3.json': {
    entries: 327,
    severities: { critical: 5, high: 24, medium: 155, low: 27, info: 116 },
    fixStates: { fixed: 28, unknown: 299 }
  },
  'defectdojo-many_vulns4.json': {
    entries: 9,
    severities: { critical: 2, high: 2, medium: 5 },
    fixStates: { unknown: 8, 'not-fixed': 1 }
  },
  // `fix.state: ""` reads as unknown.
  'defectdojo-many_vulns_with_epss_values.json': {
    entries: 15,
    severities: { critical: 1, high: 10, medium: 2, low: 2 },
    fixStates: { unknown: 14, fixed: 1 }
  },
  'defectdojo-no_vuln.json': none,
  // CVE-2021-33574 in libc6 2.28-10 at two paths: one match, two locations.
  'defectdojo-same_cve_different_paths.json': {
    entries: 2,
    distinct: 1,
    severities: { critical: 1 },
    fixStates: { 'not-fixed': 1 }
  },
  'grype-presenter-image.json': {
    entries: 2,
    severities: { critical: 1, low: 1 },
    fixStates: { fixed: 1, unknown: 1 }
  },
  'grype-presenter-dir.json': {
    entries: 2,
    severities: { critical: 1, low: 1 },
    fixStates: { fixed: 1, unknown: 1 }
  },
  'grype-presenter-empty.json': none,
  'grype-presenter-image.v0.10.0.json': {
    entries: 3,
    severities: { critical: 1, high: 1, low: 1 },
    fixStates: { fixed: 2, unknown: 1 }
  },
  'sarif/grype-presenter-image.sarif': 'SARIF',
  'sarif/grype-presenter-directory.sarif': 'SARIF',
  'sarif/scan-action-grype-v0.59.1-alpine.sarif': 'SARIF',
  'sarif/scan-action-grype-v0.59.1-debian.sarif': 'SARIF',
  'sarif/scan-action-grype-v0.59.1-npm.sarif': 'SARIF',
  'sarif/scan-action-grype-v0.59.1-yarn.sarif': 'SARIF',
  'sarif/defectdojo-cxf-3.4.6-grype-0.34.7.sarif': 'SARIF'
}

const PARSERS = { trivy: parseTrivyReport, grype: parseGrypeReport }

function read(scanner: 'trivy' | 'grype', file: string): string {
  return readFileSync(path.join(FIXTURES, scanner, file), 'utf8')
}

function parse(scanner: 'trivy' | 'grype', file: string): ParsedReport {
  return PARSERS[scanner](read(scanner, file), `${scanner} report ${file}`)
}

function reportFiles(scanner: 'trivy' | 'grype'): string[] {
  return readdirSync(path.join(FIXTURES, scanner), { recursive: true, encoding: 'utf8' })
    .filter(file => /\.(json|sarif)$/.test(file))
    .map(file => file.split(path.sep).join('/'))
    .sort()
}

function tally<T extends string>(values: T[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

function nonZero(counts: Partial<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0)) as Record<string, number>
}

if (!present) {
  console.warn(`skipped: ../shared/fixtures not present (looked in ${FIXTURES})`)
  describe.skip('real scanner reports (skipped: ../shared/fixtures not present)', () => {
    it('is skipped', () => undefined)
  })
} else {
  for (const [scanner, table] of [
    ['trivy', TRIVY],
    ['grype', GRYPE]
  ] as const) {
    describe(`real ${scanner} reports`, () => {
      it('has an expectation for every report in the folder', () => {
        expect(reportFiles(scanner)).toEqual(Object.keys(table).sort())
      })

      for (const [file, expected] of Object.entries(table)) {
        if (typeof expected === 'string') {
          it(`${file}: refused as ${expected}, not parsed`, () => {
            const parseIt = () => parse(scanner, file)
            expect(parseIt).toThrow(ReportFormatError)
            expect(parseIt).toThrow(
              `${scanner} report ${file}: not a ${scanner === 'trivy' ? 'Trivy' : 'Grype'} JSON report (looks like ${expected})`
            )
          })
          continue
        }
        it(`${file}: ${expected.distinct ?? expected.entries} vulnerabilities by severity and fix state`, () => {
          const report = parse(scanner, file)
          expect(report.entryCount).toBe(expected.entries)
          expect(report.matches).toHaveLength(expected.distinct ?? expected.entries)
          expect(nonZero({ ...emptyCounts(), ...tally(report.matches.map(m => m.severity)) })).toEqual(
            expected.severities
          )
          expect(tally(report.matches.map(m => m.fixState))).toEqual(expected.fixStates)
          expect(tally(report.secrets.map(s => s.severity))).toEqual(expected.secrets ?? {})
          expect(report.misconfigurationCount).toBe(expected.misconfigurations ?? 0)
          expect(report.licenseCount).toBe(expected.licenses ?? 0)
          // One report on its own merges to itself: its distinct matches, plus one finding per secret.
          const merged = mergeReports([report], { image: 'img', severitySource: 'highest' })
          expect(merged.filter(f => f.vulnerability?.kind === 'vulnerability')).toHaveLength(
            report.matches.length
          )
          expect(merged.filter(f => f.vulnerability?.kind === 'secret')).toHaveLength(report.secrets.length)
        })
      }
    })
  }

  describe('details read from real reports', () => {
    it('maps each Trivy Status to a fix state (all_statuses.json)', () => {
      const raw = JSON.parse(read('trivy', 'defectdojo/all_statuses.json')) as {
        Results: Array<{
          Vulnerabilities: Array<{ VulnerabilityID: string; PkgName: string; Status: string }>
        }>
      }
      const byStatus = Object.fromEntries(
        raw.Results[0].Vulnerabilities.map(v => {
          const match = parse('trivy', 'defectdojo/all_statuses.json').matches.find(
            m => m.id === v.VulnerabilityID && m.packageName === v.PkgName
          )
          return [v.Status, match?.fixState]
        })
      )
      expect(byStatus).toEqual({
        fixed: 'fixed',
        affected: 'not-fixed',
        fix_deferred: 'not-fixed',
        will_not_fix: 'wont-fix',
        end_of_life: 'wont-fix',
        not_affected: 'unknown',
        under_investigation: 'unknown',
        unknown: 'unknown'
      })
    })

    it('keeps every path of a vulnerability listed for several go.mod files', () => {
      const match = parse('trivy', 'gomod.json').matches.find(m => m.id === 'GMS-2022-20')
      expect(match?.locations).toEqual(['go.mod', 'submod/go.mod', 'submod2/go.mod'])
    })

    it('keeps both library paths of the same CVE in one Grype match', () => {
      const [match] = parse('grype', 'defectdojo-same_cve_different_paths.json').matches
      expect(match.locations).toEqual([
        '/usr/lib/x86_64-linux-gnu/libc.so.6',
        '/lib/x86_64-linux-gnu/libc.so.6'
      ])
    })

    it('splits comma-joined fixed versions and takes CVSS v4 from the ghsa source', () => {
      const report = parse('trivy', 'defectdojo/cvssv4_severity_source.json')
      const match = report.matches.find(m => m.id === 'CVE-2025-66614')
      expect(match).toMatchObject({
        aliases: ['GHSA-fpj8-gq4v-p354'],
        packageName: 'org.apache.tomcat:tomcat-catalina',
        packageType: 'maven',
        fixedVersions: ['11.0.14', '10.1.49', '9.0.112'],
        cvss: 6.3,
        locations: ['catalina.jar']
      })
      expect(report.scannerVersion).toBe('0.69.1')
    })

    it('does not fold two CVEs that share a Red Hat advisory (centos-7.json)', () => {
      const findings = mergeReports([parse('trivy', 'centos-7.json')], {
        image: 'centos:7',
        severitySource: 'highest'
      })
      const openssl = findings.filter(f => f.package?.name === 'openssl-libs')
      expect(openssl.map(f => f.rule).sort()).toEqual(['CVE-2018-0734', 'CVE-2019-1559'])
      expect(openssl.every(f => f.vulnerability?.aliases.includes('RHSA-2019:2304'))).toBe(true)
    })

    it('reads secrets without their matched text or code', () => {
      const report = parse('trivy', 'secrets.json')
      expect(report.secrets).toEqual([
        {
          scanner: 'trivy',
          ruleId: 'aws-access-key-id',
          category: 'AWS',
          severity: 'critical',
          title: 'AWS Access Key ID',
          target: 'deploy.sh',
          line: 3
        },
        {
          scanner: 'trivy',
          ruleId: 'mysecret',
          category: 'Custom',
          severity: 'high',
          title: 'My Secret',
          target: 'deploy.sh',
          line: 7
        }
      ])
      const everything = JSON.stringify([
        report,
        mergeReports([report], { image: 'img', severitySource: 'highest' })
      ])
      expect(everything).not.toContain('ghp_')
      expect(everything).not.toContain('export ')
      expect(everything).not.toContain('****')
    })

    it('reads github-pat secrets from a Dockerfile as critical image-secret findings', () => {
      const report = parse('trivy', 'defectdojo/misconfigurations_and_secrets.json')
      const findings = mergeReports([report], { image: 'img', severitySource: 'highest' })
      const secrets = findings.filter(f => f.vulnerability?.kind === 'secret')
      expect(secrets.map(f => [f.rule, f.severity, f.package])).toEqual([
        ['github-pat', 'critical', undefined],
        ['github-pat', 'critical', undefined]
      ])
    })

    it('keeps the entry without a VulnerabilityID under UNKNOWN (legacy_trivy_mix.json)', () => {
      const match = parse('trivy', 'defectdojo/legacy_trivy_mix.json').matches.find(m => m.id === 'UNKNOWN')
      expect(match).toMatchObject({
        packageName: 'simplito/elliptic-php',
        installedVersion: '',
        severity: 'info'
      })
    })

    it('reads EPSS, KEV and CVSS from the current Grype presenter', () => {
      const report = parse('grype', 'grype-presenter-image.json')
      expect(report.matches.map(m => [m.id, m.cvss, m.epss, m.knownExploited, m.fixedVersions])).toEqual([
        ['CVE-1999-0001', 8.2, 0.03, undefined, ['1.2.1', '2.1.3', '3.4.0']],
        ['CVE-1999-0002', 8.5, 0.08, true, []]
      ])
      expect(report.artifact).toBe('user-input')
    })

    it('reads EPSS on every match of a real 0.94 scan', () => {
      const report = parse('grype', 'defectdojo-many_vulns_with_epss_values.json')
      expect(report.matches.every(m => m.epss !== undefined && m.epss >= 0 && m.epss <= 1)).toBe(true)
      expect(report.matches.find(m => m.id === 'CVE-2022-28391')).toMatchObject({ epss: 0.0719, cvss: 8.8 })
    })

    it('links a GHSA match to its CVE through relatedVulnerabilities (check_all_fields.json)', () => {
      const findings = mergeReports([parse('grype', 'defectdojo-check_all_fields.json')], {
        image: 'img',
        severitySource: 'highest'
      })
      const django = findings.find(f => f.package?.name === 'Django')
      expect(django).toMatchObject({
        rule: 'CVE-2021-44420',
        package: { type: 'pypi', fixedVersion: '3.2.10' }
      })
      expect(django?.vulnerability?.aliases).toEqual(['GHSA-v6rh-hp5x-86rv'])
    })

    it('reads the old fixedInVersion and cvssV3 of Grype 0.10', () => {
      const [first] = parse('grype', 'grype-presenter-image.v0.10.0.json').matches
      expect(first).toMatchObject({ fixedVersions: ['the-next-version'], fixState: 'fixed', cvss: 4 })
    })
  })
}
