import { describeIgnoreRule, findIgnoreRule, type IgnoreRule } from '../../../src/scanners/ignore/index.js'
import { NOW, secret, vulnerability } from './helpers.js'

const trivy = (fields: Partial<IgnoreRule>): IgnoreRule => ({
  source: { file: '.trivyignore.yaml', line: 1 },
  format: 'trivyignore-yaml',
  kind: 'vulnerability',
  includeAliases: false,
  ...fields
})
const grype = (fields: Partial<IgnoreRule>): IgnoreRule => ({
  source: { file: '.grype.yaml', line: 1 },
  format: 'grype',
  kind: 'vulnerability',
  includeAliases: false,
  ...fields
})
const ignores = (rule: IgnoreRule, finding = vulnerability()) => findIgnoreRule(finding, [rule], NOW) === rule

describe('findIgnoreRule: ids and aliases', () => {
  it('matches the id case-insensitively', () => {
    expect(ignores(trivy({ id: 'cve-2024-0001' }))).toBe(true)
    expect(ignores(trivy({ id: 'CVE-2024-0002' }))).toBe(false)
  })

  it('matches a GHSA alias for any rule, since the merge names the finding by its CVE', () => {
    // Grype reported GHSA-xmvv-w44w-j8wx as its own id; merged, the finding is CVE-2021-3828.
    const finding = vulnerability({
      rule: 'CVE-2021-3828',
      vulnerability: { aliases: ['GHSA-xmvv-w44w-j8wx'] }
    })
    expect(ignores(grype({ id: 'ghsa-xmvv-w44w-j8wx' }), finding)).toBe(true)
    expect(ignores(trivy({ id: 'GHSA-xmvv-w44w-j8wx' }), finding)).toBe(true)
    expect(ignores(trivy({ kind: 'any', format: 'trivyignore', id: 'GHSA-xmvv-w44w-j8wx' }), finding)).toBe(
      true
    )
    expect(ignores(grype({ id: 'CVE-2021-3828' }), finding)).toBe(true)
  })

  it('matches other aliases only for Grype rules with include-aliases, as the scanners do', () => {
    const finding = vulnerability({
      rule: 'CVE-2024-0001',
      vulnerability: { aliases: ['DSA-5678-1', 'CVE-2024-9999'] }
    })
    for (const id of ['DSA-5678-1', 'CVE-2024-9999']) {
      expect(ignores(trivy({ id }), finding)).toBe(false)
      expect(ignores(grype({ id }), finding)).toBe(false)
      expect(ignores(grype({ id, includeAliases: true }), finding)).toBe(true)
    }
  })

  it('returns the first rule that applies, in file order', () => {
    const first = trivy({ id: 'CVE-2024-0001', source: { file: '.trivyignore', line: 3 } })
    const second = grype({ id: 'CVE-2024-0001' })
    expect(findIgnoreRule(vulnerability(), [trivy({ id: 'CVE-9' }), first, second], NOW)).toBe(first)
  })

  it('looks only at vulnerability and image-secret findings', () => {
    const rule = trivy({ kind: 'any', id: 'DL3008' })
    const lint = { ...vulnerability({ rule: 'DL3008' }), check: 'lint' as const }
    expect(ignores(rule, lint)).toBe(false)
    const bare = vulnerability({ rule: 'DL3008' })
    delete bare.vulnerability
    expect(findIgnoreRule(bare, [rule], NOW)).toBeUndefined()
  })
})

describe('findIgnoreRule: secrets', () => {
  const leaked = secret('aws-access-key-id', 'app/config/.env')

  it('applies secret rules to secret findings only, and vulnerability rules to vulnerabilities only', () => {
    expect(ignores(trivy({ kind: 'secret', id: 'aws-access-key-id' }), leaked)).toBe(true)
    expect(ignores(trivy({ kind: 'vulnerability', id: 'aws-access-key-id' }), leaked)).toBe(false)
    expect(ignores(trivy({ kind: 'secret', id: 'CVE-2024-0001' }))).toBe(false)
  })

  it('applies .trivyignore lines (kind any) to both, as Trivy does', () => {
    expect(ignores(trivy({ kind: 'any', id: 'aws-access-key-id' }), leaked)).toBe(true)
    expect(ignores(trivy({ kind: 'any', id: 'CVE-2024-0001' }))).toBe(true)
  })

  it('matches secret paths against the file the secret is in', () => {
    expect(ignores(trivy({ kind: 'secret', id: 'aws-access-key-id', paths: ['**/.env'] }), leaked)).toBe(true)
    expect(
      ignores(trivy({ kind: 'secret', id: 'aws-access-key-id', paths: ['foo/bar/aws.secret'] }), leaked)
    ).toBe(false)
  })
})

describe('findIgnoreRule: expiry', () => {
  it('applies a date through the end of that UTC day and not after', () => {
    expect(ignores(trivy({ id: 'CVE-2024-0001', expires: '2026-06-15' }))).toBe(true)
    expect(ignores(trivy({ id: 'CVE-2024-0001', expires: '2026-06-14' }))).toBe(false)
  })

  it('applies a timestamp until that instant', () => {
    expect(ignores(trivy({ id: 'CVE-2024-0001', expires: '2026-06-15T12:00:01.000Z' }))).toBe(true)
    expect(ignores(trivy({ id: 'CVE-2024-0001', expires: '2026-06-15T11:59:59.000Z' }))).toBe(false)
  })
})

describe('findIgnoreRule: paths and locations', () => {
  const lockfile = vulnerability({ vulnerability: { locations: ['/app/web/package-lock.json'] } })

  it('matches globs with ** across directories and * within one', () => {
    expect(ignores(trivy({ id: 'CVE-2024-0001', paths: ['**/*-lock.json'] }), lockfile)).toBe(true)
    expect(ignores(trivy({ id: 'CVE-2024-0001', paths: ['app/*.json'] }), lockfile)).toBe(false)
    expect(ignores(trivy({ id: 'CVE-2024-0001', paths: ['app/*/package-lock.json'] }), lockfile)).toBe(true)
  })

  it('compares paths with and without a leading slash alike (Trivy writes none, Grype one)', () => {
    expect(ignores(trivy({ id: 'CVE-2024-0001', paths: ['app/web/package-lock.json'] }), lockfile)).toBe(true)
    const relative = vulnerability({
      vulnerability: { locations: ['usr/local/lib/node_modules/x/package.json'] }
    })
    expect(ignores(grype({ package: { location: '/usr/local/lib/node_modules/**' } }), relative)).toBe(true)
  })

  it('matches when any location matches any pattern, and never when the finding has no locations', () => {
    const two = vulnerability({ vulnerability: { locations: ['/a/x.jar', '/b/y.jar'] } })
    expect(ignores(trivy({ id: 'CVE-2024-0001', paths: ['c/**', 'b/*.jar'] }), two)).toBe(true)
    const none = vulnerability({ vulnerability: { locations: [] } })
    expect(ignores(trivy({ id: 'CVE-2024-0001', paths: ['**'] }), none)).toBe(false)
    expect(ignores(grype({ package: { location: '**' } }), none)).toBe(false)
  })
})

describe('findIgnoreRule: purls', () => {
  const withPackage = (pkg: { name: string; version?: string; type?: string }) =>
    vulnerability({ package: pkg })

  it('matches OS packages by type and name, whatever the distro namespace and any version', () => {
    const libssl = withPackage({ name: 'libssl1.1', version: '1.1.1n-0', type: 'deb' })
    expect(ignores(trivy({ id: 'CVE-2024-0001', purls: ['pkg:deb/debian/libssl1.1'] }), libssl)).toBe(true)
    expect(
      ignores(trivy({ id: 'CVE-2024-0001', purls: ['pkg:deb/ubuntu/libssl1.1@1.1.1n-0'] }), libssl)
    ).toBe(true)
    expect(ignores(trivy({ id: 'CVE-2024-0001', purls: ['pkg:rpm/redhat/libssl1.1'] }), libssl)).toBe(false)
  })

  it('requires the version when the purl has one', () => {
    const bar = withPackage({ name: 'github.com/aquasecurity/bar', version: '1.0.0', type: 'golang' })
    const rule = (purl: string) => trivy({ id: 'CVE-2024-0001', purls: [purl] })
    expect(ignores(rule('pkg:golang/github.com/aquasecurity/bar'), bar)).toBe(true)
    expect(ignores(rule('pkg:golang/github.com/aquasecurity/bar@1.0.0'), bar)).toBe(true)
    expect(ignores(rule('pkg:golang/github.com/aquasecurity/bar@9.9.9'), bar)).toBe(false)
    expect(ignores(rule('pkg:golang/github.com/aquasecurity/aaa'), bar)).toBe(false)
  })

  it('joins namespace and name the way each ecosystem names packages', () => {
    const rule = (purl: string) => trivy({ id: 'CVE-2024-0001', purls: [purl] })
    expect(
      ignores(
        rule('pkg:npm/%40angular/core@17.0.0'),
        withPackage({ name: '@angular/core', version: '17.0.0', type: 'npm' })
      )
    ).toBe(true)
    expect(
      ignores(
        rule('pkg:maven/org.apache.logging.log4j/log4j-core'),
        withPackage({ name: 'org.apache.logging.log4j:log4j-core', type: 'maven' })
      )
    ).toBe(true)
    // Grype names Java packages by artifactId alone; the merge identifies Maven packages so too.
    expect(
      ignores(
        rule('pkg:maven/org.apache.logging.log4j/log4j-core'),
        withPackage({ name: 'log4j-core', type: 'maven' })
      )
    ).toBe(true)
    expect(
      ignores(
        rule('pkg:maven/org.apache.logging.log4j/log4j-api'),
        withPackage({ name: 'log4j-core', type: 'maven' })
      )
    ).toBe(false)
    expect(ignores(rule('pkg:npm/Lodash'), withPackage({ name: 'lodash', type: 'npm' }))).toBe(true)
    expect(ignores(rule('pkg:pypi/Django_Rest'), withPackage({ name: 'django-rest', type: 'pypi' }))).toBe(
      true
    )
  })

  it('never matches a package without a type, a finding without a package, or a purl with qualifiers', () => {
    const rule = trivy({ id: 'CVE-2024-0001', purls: ['pkg:deb/debian/openssl'] })
    expect(ignores(rule)).toBe(true)
    expect(ignores(rule, withPackage({ name: 'openssl' }))).toBe(false)
    expect(ignores(rule, vulnerability({ package: undefined }))).toBe(false)
    expect(ignores(trivy({ id: 'CVE-2024-0001', purls: ['pkg:deb/debian/openssl?arch=amd64'] }))).toBe(false)
  })
})

describe('findIgnoreRule: Grype package fields and fix state', () => {
  it('treats package.name as an anchored regular expression, as Grype does', () => {
    expect(ignores(grype({ package: { name: 'openssl' } }))).toBe(true)
    expect(ignores(grype({ package: { name: 'open.*' } }))).toBe(true)
    expect(ignores(grype({ package: { name: 'open' } }))).toBe(false)
    expect(ignores(grype({ package: { name: 'ssl' } }))).toBe(false)
  })

  it('still matches a name that is not a valid expression by itself', () => {
    const finding = vulnerability({ package: { name: 'libstdc++6', type: 'deb' } })
    expect(ignores(grype({ package: { name: 'libstdc++6' } }), finding)).toBe(true)
  })

  it('requires version exactly, and the type by ecosystem, as merged findings name it (purl types)', () => {
    expect(ignores(grype({ package: { name: 'openssl', version: '3.0.1' } }))).toBe(true)
    expect(ignores(grype({ package: { name: 'openssl', version: '3.0' } }))).toBe(false)
    expect(ignores(grype({ package: { type: 'rpm' } }))).toBe(false)
    const lodash = vulnerability({ package: { name: 'lodash', version: '4.17.20', type: 'npm' } })
    expect(ignores(grype({ package: { type: 'npm' } }), lodash)).toBe(true)
    const log4j = vulnerability({ package: { name: 'org.apache.logging.log4j:log4j-core', type: 'maven' } })
    expect(ignores(grype({ package: { type: 'java-archive' } }), log4j)).toBe(true)
    expect(ignores(grype({ package: { type: 'go-module' } }), log4j)).toBe(false)
    // `debian` is not a Grype type, so Grype would never match it; neither does imagegate.
    expect(ignores(grype({ package: { type: 'debian' } }))).toBe(false)
  })

  it('derives package.language from the package type, and OS packages have none', () => {
    const wheel = vulnerability({ package: { name: 'requests', type: 'pypi' } })
    expect(ignores(grype({ package: { language: 'python' } }), wheel)).toBe(true)
    expect(ignores(grype({ package: { language: 'python' } }))).toBe(false)
    expect(ignores(grype({ package: { language: 'go' } }), vulnerability({ package: { name: 'x' } }))).toBe(
      false
    )
  })

  it('matches fix-state against the merged fix state', () => {
    const unfixed = vulnerability({ vulnerability: { fixState: 'not-fixed' } })
    expect(ignores(grype({ fixState: 'not-fixed' }), unfixed)).toBe(true)
    expect(ignores(grype({ fixState: 'not-fixed' }))).toBe(false)
    expect(ignores(grype({ id: 'CVE-2024-0001', fixState: 'fixed', package: { type: 'deb' } }))).toBe(true)
  })

  it('never matches rules with unsupported keys or with no condition at all', () => {
    expect(ignores(grype({ id: 'CVE-2024-0001', unsupported: ['namespace'] }))).toBe(false)
    expect(ignores(grype({ reason: 'nothing else' }))).toBe(false)
  })
})

describe('describeIgnoreRule', () => {
  it('says where the rule is and what it names', () => {
    expect(describeIgnoreRule(trivy({ source: { file: '.trivyignore', line: 3 }, id: 'CVE-2024-1' }))).toBe(
      '.trivyignore:3 (CVE-2024-1)'
    )
    expect(
      describeIgnoreRule(
        grype({ source: { file: '.grype.yaml', line: 7 }, package: { type: 'gem' }, fixState: 'wont-fix' })
      )
    ).toBe('.grype.yaml:7 (package type gem; fix-state wont-fix)')
    expect(
      describeIgnoreRule(
        trivy({ source: { file: '.trivyignore.yaml' }, id: 'CVE-1', paths: ['a/**'], purls: ['pkg:npm/x'] })
      )
    ).toBe('.trivyignore.yaml (CVE-1; pkg:npm/x; in a/**)')
  })
})
