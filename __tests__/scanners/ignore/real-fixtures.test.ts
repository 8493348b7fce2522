import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseGrypeConfig } from '../../../src/scanners/ignore/grype-yaml.js'
import {
  describeIgnoreRule,
  findIgnoreRule,
  splitIgnoreRules,
  type IgnoreRule
} from '../../../src/scanners/ignore/index.js'
import { parseTrivyIgnoreYaml } from '../../../src/scanners/ignore/trivyignore-yaml.js'
import { parseTrivyIgnore } from '../../../src/scanners/ignore/trivyignore.js'
import { NOW, REAL, secret, vulnerability } from './helpers.js'

// Real files from Trivy and Grype (see PROVENANCE.md in that folder), read where they are.
const present = existsSync(REAL)
if (!present) {
  console.warn(`Real ignore-file fixtures not found at ${REAL}; those tests are skipped.`)
  it.skip(`real ignore-file fixtures: skipped because ${REAL} is absent`, () => {})
}
const real = present ? describe : describe.skip
const text = (name: string) => readFileSync(path.join(REAL, name), 'utf8')
const ignoredBy = (finding: ReturnType<typeof vulnerability>, rules: IgnoreRule[]) => {
  const rule = findIgnoreRule(finding, rules, NOW)
  return rule && describeIgnoreRule(rule)
}

real('real Trivy ignore files', () => {
  it('trivy-testdata.trivyignore: every id, with exp: honoured and the extra key:value token ignored', () => {
    const rules = parseTrivyIgnore(text('trivy-testdata.trivyignore'), '.trivyignore')
    expect(rules.map(r => [r.id, r.expires])).toEqual([
      ['CVE-2019-0001', undefined],
      ['CVE-2019-0002', undefined],
      ['CVE-2019-0004', '2020-01-01'],
      ['CVE-2019-0005', '9999-01-01'],
      ['CVE-2019-0006', '9999-01-01'],
      ['ID300', undefined],
      ['AVD-ID400', undefined],
      ['generic-unwanted-rule', undefined],
      ['GPL-3.0', undefined]
    ])
    expect(splitIgnoreRules(rules, NOW).expired.map(describeIgnoreRule)).toEqual([
      '.trivyignore:4 (CVE-2019-0004)'
    ])
    expect(ignoredBy(vulnerability({ rule: 'CVE-2019-0004' }), rules)).toBeUndefined()
    expect(ignoredBy(vulnerability({ rule: 'CVE-2019-0006' }), rules)).toBe('.trivyignore:6 (CVE-2019-0006)')
    expect(ignoredBy(secret('generic-unwanted-rule', 'app/secret.txt'), rules)).toBe(
      '.trivyignore:14 (generic-unwanted-rule)'
    )
  })

  it('trivy-docs-example.trivyignore: comments become reasons; a licence expression keeps only its first word', () => {
    const rules = parseTrivyIgnore(text('trivy-docs-example.trivyignore'), '.trivyignore')
    expect(rules.map(r => [r.id, r.reason, r.expires])).toEqual([
      ['CVE-2018-14618', 'Accept the risk', undefined],
      ['CVE-2019-14697', 'Accept the risk until 2023-01-01', '2023-01-01'],
      ['CVE-2019-1543', 'No impact in our settings', undefined],
      ['AVD-DS-0002', 'Ignore misconfigurations', undefined],
      ['generic-unwanted-rule', 'Ignore secrets', undefined],
      ['aws-account-id', 'Ignore secrets', undefined],
      ['GPL-3.0', 'Ignore licenses', undefined],
      // Trivy splits the line on spaces and takes the first field as the id; so does imagegate.
      ['Apache-2.0', 'Ignore licenses', undefined]
    ])
    expect(ignoredBy(vulnerability({ rule: 'CVE-2019-14697' }), rules)).toBeUndefined()
    expect(ignoredBy(vulnerability({ rule: 'cve-2018-14618' }), rules)).toBe(
      '.trivyignore:2 (CVE-2018-14618)'
    )
  })

  it('trivy-testdata.trivyignore.yaml: paths, purls and expired_at narrow entries as in Trivy’s own tests', () => {
    const { rules, notes } = parseTrivyIgnoreYaml(
      text('trivy-testdata.trivyignore.yaml'),
      '.trivyignore.yaml'
    )
    expect(rules.map(r => `${r.kind} ${r.id}`)).toEqual([
      'vulnerability CVE-2019-0001',
      'vulnerability CVE-2019-0002',
      'vulnerability CVE-2019-0003',
      'vulnerability CVE-2019-0004',
      'vulnerability CVE-2019-0005',
      'vulnerability CVE-2019-0006',
      'vulnerability CVE-2019-0007',
      'secret generic-unwanted-rule',
      'secret generic-unwanted-rule2',
      'secret generic-wanted-rule'
    ])
    expect(notes).toEqual([
      '.trivyignore.yaml: the 4 misconfigurations entries are not used; imagegate does not gate Trivy misconfigurations',
      '.trivyignore.yaml: the 5 licenses entries are not used; imagegate does not gate Trivy licenses'
    ])
    const at = (rule: string, location: string, pkg?: { name: string; version?: string; type?: string }) =>
      ignoredBy(
        vulnerability({ rule, vulnerability: { locations: [location] }, ...(pkg ? { package: pkg } : {}) }),
        rules
      )
    expect(at('CVE-2019-0001', 'foo/package-lock.json')).toBe(
      '.trivyignore.yaml:2 (CVE-2019-0001; in **/*-lock.json)'
    )
    expect(at('CVE-2019-0001', 'foo/package.json')).toBeUndefined()
    expect(at('CVE-2019-0002', 'foo/package.json')).toBeUndefined()
    expect(at('CVE-2019-0002', 'bar/package.json')).toBe(
      '.trivyignore.yaml:5 (CVE-2019-0002; in bar/package.json)'
    )
    expect(at('CVE-2019-0003', 'anything')).toBe('.trivyignore.yaml:8 (CVE-2019-0003)')
    expect(at('CVE-2019-0005', 'anything')).toBeUndefined() // expired 2023-01-01
    const go = (name: string, version: string) => ({ name, version, type: 'golang' })
    expect(at('CVE-2019-0007', 'go.mod', go('github.com/aquasecurity/bar', '1.2.3'))).toBe(
      '.trivyignore.yaml:16 (CVE-2019-0007; pkg:golang/github.com/aquasecurity/aaa@9.9.9, pkg:golang/github.com/aquasecurity/bar)'
    )
    expect(at('CVE-2019-0007', 'go.mod', go('github.com/aquasecurity/aaa', '1.0.0'))).toBeUndefined()
    expect(at('CVE-2019-0007', 'go.mod', go('github.com/aquasecurity/aaa', '9.9.9'))).toBeDefined()
    const leaked = (rule: string, file: string) => ignoredBy(secret(rule, file), rules)
    expect(leaked('generic-unwanted-rule', 'any/file')).toBe('.trivyignore.yaml:31 (generic-unwanted-rule)')
    expect(leaked('generic-unwanted-rule2', 'app/config.yaml')).toBeDefined()
    expect(leaked('generic-unwanted-rule2', 'app/config.yml')).toBeUndefined()
    expect(leaked('generic-wanted-rule', 'bar/secret.txt')).toBeUndefined()
  })

  it('trivy-docs-example.trivyignore.yaml: statement, a distro purl and an old expiry', () => {
    const { rules } = parseTrivyIgnoreYaml(text('trivy-docs-example.trivyignore.yaml'), '.trivyignore.yaml')
    expect(rules).toHaveLength(7)
    expect(rules[0]).toMatchObject({ id: 'CVE-2022-40897', reason: 'Accept the risk' })
    const metadata = 'usr/local/lib/python3.9/site-packages/setuptools-58.1.0.dist-info/METADATA'
    expect(
      ignoredBy(
        vulnerability({ rule: 'CVE-2022-40897', vulnerability: { locations: [`/${metadata}`] } }),
        rules
      )
    ).toBe(`.trivyignore.yaml:2 (CVE-2022-40897; in ${metadata})`)
    const libssl = { name: 'libssl1.1', version: '1.1.1n-0+deb11u5', type: 'deb' }
    expect(ignoredBy(vulnerability({ rule: 'CVE-2023-3817', package: libssl }), rules)).toBe(
      '.trivyignore.yaml:8 (CVE-2023-3817; pkg:deb/debian/libssl1.1)'
    )
    expect(ignoredBy(vulnerability({ rule: 'CVE-2023-3817' }), rules)).toBeUndefined() // openssl, not libssl1.1
    expect(splitIgnoreRules(rules, NOW).expired.map(r => r.id)).toEqual(['CVE-2023-29491'])
    expect(ignoredBy(secret('aws-secret-access-key', 'foo/bar/aws.secret'), rules)).toBeDefined()
    expect(ignoredBy(secret('aws-secret-access-key', 'foo/aws.secret'), rules)).toBeUndefined()
  })
})

real('real Grype configs', () => {
  it('grype-readme-example.grype.yaml: the full-field rule ignores nothing; the id-only and type-only rules apply', () => {
    const { rules, notes } = parseGrypeConfig(text('grype-readme-example.grype.yaml'), '.grype.yaml')
    expect(rules.map(describeIgnoreRule)).toEqual([
      '.grype.yaml:3 (CVE-2008-4318; package name libcurl, version 1.5.1, type npm, language python, location /usr/local/lib/node_modules/**; fix-state unknown)',
      '.grype.yaml:21 (CVE-2014-54321)',
      '.grype.yaml:24 (package type gem)'
    ])
    expect(rules[0]).toMatchObject({
      includeAliases: true,
      reason: 'False positive due to bundled curl version',
      unsupported: ['namespace', 'match-type', 'vex-status', 'vex-justification', 'package.upstream-name']
    })
    expect(notes).toEqual([
      `${describeIgnoreRule(rules[0])}: VEX rules apply to VEX documents, which imagegate does not read; this rule ignores nothing`
    ])
    // Even a finding that meets every field imagegate can check is not hidden by the first rule.
    const libcurl = vulnerability({
      rule: 'CVE-2008-4318',
      package: { name: 'libcurl', version: '1.5.1', type: 'npm' },
      vulnerability: { fixState: 'unknown', locations: ['/usr/local/lib/node_modules/libcurl/package.json'] }
    })
    expect(ignoredBy(libcurl, rules)).toBeUndefined()
    expect(ignoredBy(vulnerability({ rule: 'CVE-2014-54321' }), rules)).toBe(
      '.grype.yaml:21 (CVE-2014-54321)'
    )
    expect(
      ignoredBy(vulnerability({ rule: 'CVE-2099-1', package: { name: 'rack', type: 'gem' } }), rules)
    ).toBe('.grype.yaml:24 (package type gem)')
  })

  it('grype-readme-vex-rules.grype.yaml: a VEX-only rule ignores nothing, as in Grype’s ignore filter', () => {
    const { rules, notes } = parseGrypeConfig(text('grype-readme-vex-rules.grype.yaml'), '.grype.yaml')
    expect(rules).toHaveLength(1)
    expect(notes).toEqual([
      '.grype.yaml:3: VEX rules apply to VEX documents, which imagegate does not read; this rule ignores nothing'
    ])
    expect(ignoredBy(vulnerability(), rules)).toBeUndefined()
  })

  it('grype-scan-action-repo.grype.yaml and grype-testdata-config-with-ignore.yaml: id rules, one with a reason', () => {
    const scanAction = parseGrypeConfig(text('grype-scan-action-repo.grype.yaml'), '.grype.yaml')
    expect(ignoredBy(vulnerability({ rule: 'CVE-2021-32804' }), scanAction.rules)).toBe(
      '.grype.yaml:2 (CVE-2021-32804)'
    )
    const withReason = parseGrypeConfig(text('grype-testdata-config-with-ignore.yaml'), '.grype.yaml')
    expect(withReason.rules.map(r => [r.id, r.reason])).toEqual([
      ['CVE-2021-42385', 'test reason for vulnerability being ignored']
    ])
    expect(withReason.notes).toEqual([])
  })

  it('grype-testdata-dir1.grype.yaml: the top-level list applies, profiles do not (with a note)', () => {
    const { rules, notes } = parseGrypeConfig(text('grype-testdata-dir1.grype.yaml'), '.grype.yaml')
    expect(rules.map(r => r.id)).toEqual(['dir1-vuln1', 'dir1-vuln2'])
    expect(notes).toEqual([
      '.grype.yaml: `profiles` are not applied; imagegate reads only the top-level `ignore` list'
    ])
    expect(ignoredBy(vulnerability({ rule: 'DIR1-VULN2' }), rules)).toBe('.grype.yaml:3 (dir1-vuln2)')
    expect(ignoredBy(vulnerability({ rule: 'dir1-alt-vuln1' }), rules)).toBeUndefined()
  })
})
