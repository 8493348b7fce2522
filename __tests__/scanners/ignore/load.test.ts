import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import {
  describeIgnoreRule,
  findIgnoreRule,
  loadIgnoreFiles,
  splitIgnoreRules
} from '../../../src/scanners/ignore/index.js'
import { NOW, rejectedProblems, secret, SYNTHETIC, vulnerability } from './helpers.js'

const dir = (name: string) => path.join(SYNTHETIC, name)

describe('loadIgnoreFiles', () => {
  it('reads all three files in order, with every rule placed at its line', async () => {
    const { rules, files, notes } = await loadIgnoreFiles(dir('all-three'))
    expect(files).toEqual(['.trivyignore', '.trivyignore.yaml', '.grype.yaml'])
    expect(rules.map(describeIgnoreRule)).toEqual([
      '.trivyignore:4 (CVE-2024-0001)',
      '.trivyignore:7 (CVE-2023-9999)',
      '.trivyignore:10 (CVE-2020-0001)',
      '.trivyignore.yaml:3 (GHSA-aaaa-bbbb-cccc; in app/**/package-lock.json)',
      '.trivyignore.yaml:9 (private-key; in etc/ssl/test/*.pem)',
      '.grype.yaml:4 (CVE-2021-3828)',
      '.grype.yaml:8 (package type gem)',
      '.grype.yaml:11 (CVE-2022-0001)'
    ])
    expect(rules.map(r => r.reason)).toEqual([
      'Accepted until the base image moves to bookworm',
      'No impact: we never parse untrusted certificates',
      'expired on purpose',
      'dev-only dependency',
      undefined,
      'fixed upstream, false positive on the bundled copy',
      'ruby is build-time only',
      undefined
    ])
    expect(notes).toEqual([
      '.grype.yaml:11 (CVE-2022-0001): imagegate cannot check namespace on merged findings, so this rule ignores nothing'
    ])
  })

  it('gives the integrator the expired rules apart from the active ones', async () => {
    const { rules } = await loadIgnoreFiles(dir('all-three'))
    const { active, expired } = splitIgnoreRules(rules, NOW)
    expect(expired.map(describeIgnoreRule)).toEqual(['.trivyignore:10 (CVE-2020-0001)'])
    expect(active).toHaveLength(rules.length - 1)
    const later = splitIgnoreRules(rules, new Date('2026-08-01T00:00:00Z'))
    expect(later.expired.map(r => r.id)).toEqual(['CVE-2020-0001', 'GHSA-aaaa-bbbb-cccc'])
  })

  it('applies the loaded rules to findings from either scanner', async () => {
    const { rules } = await loadIgnoreFiles(dir('all-three'))
    const which = (finding: ReturnType<typeof vulnerability>) => {
      const rule = findIgnoreRule(finding, rules, NOW)
      return rule && describeIgnoreRule(rule)
    }
    expect(which(vulnerability({ rule: 'cve-2023-9999', vulnerability: { foundBy: ['grype'] } }))).toBe(
      '.trivyignore:7 (CVE-2023-9999)'
    )
    expect(
      which(
        vulnerability({
          rule: 'CVE-2099-1',
          vulnerability: { aliases: ['GHSA-aaaa-bbbb-cccc'], locations: ['/app/web/package-lock.json'] }
        })
      )
    ).toBe('.trivyignore.yaml:3 (GHSA-aaaa-bbbb-cccc; in app/**/package-lock.json)')
    expect(
      which(vulnerability({ rule: 'GHSA-xmvv-w44w-j8wx', vulnerability: { aliases: ['CVE-2021-3828'] } }))
    ).toBe('.grype.yaml:4 (CVE-2021-3828)')
    expect(which(vulnerability({ rule: 'CVE-2099-2', package: { name: 'rack', type: 'gem' } }))).toBe(
      '.grype.yaml:8 (package type gem)'
    )
    expect(which(secret('private-key', 'etc/ssl/test/server.pem'))).toBe(
      '.trivyignore.yaml:9 (private-key; in etc/ssl/test/*.pem)'
    )
    expect(which(secret('private-key', 'etc/ssl/private/server.pem'))).toBeUndefined()
    expect(which(vulnerability({ rule: 'CVE-2020-0001' }))).toBeUndefined()
    expect(which(vulnerability({ rule: 'CVE-2022-0001' }))).toBeUndefined()
  })

  it('reads .grype/config.yaml when there is no .grype.yaml', async () => {
    const { rules, files } = await loadIgnoreFiles(dir('grype-dir-config'))
    expect(files).toEqual(['.grype/config.yaml'])
    expect(rules.map(describeIgnoreRule)).toEqual(['.grype/config.yaml:3 (CVE-2024-4242)'])
  })

  it('reads only the first Grype config, as Grype does, and notes the other', async () => {
    const { rules, files, notes } = await loadIgnoreFiles(dir('both-grype-configs'))
    expect(files).toEqual(['.grype.yaml'])
    expect(rules.map(r => r.id)).toEqual(['CVE-2024-1111'])
    expect(notes).toEqual([
      '.grype/config.yaml: not read; Grype reads only the first config it finds, .grype.yaml'
    ])
  })

  it('does not read .yml spellings the scanners would not read, and says how to fix them', async () => {
    const { rules, files, notes } = await loadIgnoreFiles(dir('yml-spellings'))
    expect({ rules, files }).toEqual({ rules: [], files: [] })
    expect(notes).toEqual([
      '.grype.yml: not read; rename it to `.grype.yaml`',
      '.trivyignore.yml: not read; rename it to `.trivyignore.yaml`'
    ])
  })

  it('fails with every problem at file:line:column: field', async () => {
    expect(await rejectedProblems(loadIgnoreFiles(dir('malformed-yaml')))).toEqual([
      '.trivyignore.yaml:4:17: vulnerabilities[0].expired_at: must be a real date written YYYY-MM-DD, e.g. 2027-01-31, or a timestamp with a zone, e.g. 2027-01-31T12:00:00Z (got "31-12-2026")',
      '.trivyignore.yaml:6:5: vulnerabilities[1].purl: unknown key; did you mean `purls`?'
    ])
    expect(await rejectedProblems(loadIgnoreFiles(dir('malformed-trivyignore')))).toEqual([
      '.trivyignore:3:15: exp: must be a real date written exp:YYYY-MM-DD, e.g. exp:2027-01-31 (got "exp:2026-31-12")'
    ])
  })

  describe('in a scratch directory', () => {
    let scratch: string
    beforeEach(async () => {
      scratch = await mkdtemp(path.join(tmpdir(), 'imagegate-ignore-'))
    })
    afterEach(async () => {
      await rm(scratch, { recursive: true, force: true })
    })

    it('reads nothing when no ignore file exists', async () => {
      expect(await loadIgnoreFiles(scratch)).toEqual({ rules: [], files: [], notes: [] })
    })

    it('fails when an ignore file is a directory', async () => {
      await mkdir(path.join(scratch, '.trivyignore'))
      expect(await rejectedProblems(loadIgnoreFiles(scratch))).toEqual([
        '.trivyignore: cannot read the ignore file: it is a directory, not a file'
      ])
    })
  })
})
