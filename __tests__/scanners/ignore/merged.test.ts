import { mergeReports } from '../../../src/scanners/reports/merge.js'
import type { ParsedReport, ScannerMatch } from '../../../src/scanners/reports/types.js'
import { parseGrypeConfig } from '../../../src/scanners/ignore/grype-yaml.js'
import { describeIgnoreRule, findIgnoreRule, type IgnoreRule } from '../../../src/scanners/ignore/index.js'
import { parseTrivyIgnoreYaml } from '../../../src/scanners/ignore/trivyignore-yaml.js'
import { parseTrivyIgnore } from '../../../src/scanners/ignore/trivyignore.js'
import { NOW } from './helpers.js'

// The rules against findings as mergeReports really builds them, not hand-made ones.
const match = (fields: Partial<ScannerMatch> & Pick<ScannerMatch, 'scanner' | 'id'>): ScannerMatch => ({
  aliases: [],
  packageName: 'mattermost-desktop',
  installedVersion: '5.0.0',
  packageType: 'npm',
  severity: 'high',
  fixedVersions: [],
  fixState: 'not-fixed',
  locations: ['/opt/app/node_modules/mattermost-desktop/package.json'],
  ...fields
})
const report = (
  scanner: 'trivy' | 'grype',
  matches: ScannerMatch[],
  secrets: ParsedReport['secrets'] = []
) => ({
  scanner,
  matches,
  secrets,
  misconfigurationCount: 0,
  licenseCount: 0
})

// grype#2559: Grype reports the GHSA id with the CVE as related; Trivy reports the CVE.
const [finding, leaked] = mergeReports(
  [
    report('grype', [match({ scanner: 'grype', id: 'GHSA-xmvv-w44w-j8wx', aliases: ['CVE-2021-3828'] })]),
    report(
      'trivy',
      [match({ scanner: 'trivy', id: 'CVE-2021-3828' })],
      [
        {
          scanner: 'trivy',
          ruleId: 'private-key',
          severity: 'high',
          title: 'Private key',
          target: '/app/certs/dev.pem'
        }
      ]
    )
  ],
  { image: 'ghcr.io/acme/app:1', severitySource: 'highest' }
)
const grype = (yaml: string) => parseGrypeConfig(`ignore:\n${yaml}`, '.grype.yaml').rules
const ignoredBy = (f: typeof finding, rules: IgnoreRule[]) => {
  const rule = findIgnoreRule(f, rules, NOW)
  return rule && describeIgnoreRule(rule)
}

describe('ignore rules against merged findings', () => {
  it('the merge names the finding by its CVE and keeps the GHSA as an alias', () => {
    expect(finding.rule).toBe('CVE-2021-3828')
    expect(finding.vulnerability?.aliases).toEqual(['GHSA-xmvv-w44w-j8wx'])
  })

  it('a Grype rule naming Grype’s own GHSA id still applies after the merge', () => {
    expect(ignoredBy(finding, grype('  - vulnerability: GHSA-xmvv-w44w-j8wx\n'))).toBe(
      '.grype.yaml:2 (GHSA-xmvv-w44w-j8wx)'
    )
  })

  it('the rule from grype#2559 (CVE id, fix state, package name and type) applies', () => {
    const rules = grype(
      '  - vulnerability: "CVE-2021-3828"\n    fix-state: not-fixed\n    package:\n      name: mattermost-desktop\n      type: npm\n'
    )
    expect(ignoredBy(finding, rules)).toBeDefined()
  })

  it('Trivy rules by id, path and purl apply', () => {
    expect(ignoredBy(finding, parseTrivyIgnore('CVE-2021-3828\n', '.trivyignore'))).toBe(
      '.trivyignore:1 (CVE-2021-3828)'
    )
    const yaml = parseTrivyIgnoreYaml(
      'vulnerabilities:\n  - id: CVE-2021-3828\n    paths: ["opt/app/node_modules/**"]\n    purls: ["pkg:npm/mattermost-desktop@5.0.0"]\n',
      '.trivyignore.yaml'
    )
    expect(ignoredBy(finding, yaml.rules)).toBeDefined()
  })

  it('a Trivy secret entry with a path written without the leading slash applies to the image secret', () => {
    const { rules } = parseTrivyIgnoreYaml(
      'secrets:\n  - id: private-key\n    paths: ["app/certs/*.pem"]\n',
      'x.yaml'
    )
    expect(leaked.rule).toBe('private-key')
    expect(ignoredBy(leaked, rules)).toBe('x.yaml:2 (private-key; in app/certs/*.pem)')
    expect(ignoredBy(finding, rules)).toBeUndefined()
  })
})
