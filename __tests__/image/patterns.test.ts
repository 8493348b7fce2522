import { parseImageReference } from '../../src/image/reference.js'
import {
  compileAllowList,
  isRegistryAllowed,
  matchesImagePattern,
  normalizeAllowPattern
} from '../../src/image/patterns.js'
import { ConfigError } from '../../src/errors.js'

const D = 'sha256:' + 'ab'.repeat(32)
const allowed = (image: string, patterns: string[]) => isRegistryAllowed(parseImageReference(image), patterns)

describe('normalizeAllowPattern', () => {
  it.each([
    ['docker.io/library/*', 'docker.io/library/*'],
    ['alpine', 'docker.io/library/alpine'],
    ['docker.io/alpine', 'docker.io/library/alpine'],
    ['bitnami/*', 'docker.io/bitnami/*'],
    ['index.docker.io/library/*', 'docker.io/library/*'],
    ['ghcr.io/acme/*', 'ghcr.io/acme/*'],
    ['GHCR.IO/acme/*', 'ghcr.io/acme/*'],
    ['ghcr.io', 'ghcr.io/**'],
    ['localhost:5000', 'localhost:5000/**'],
    ['docker.io/**', 'docker.io/**'],
    ['**', '**'],
    ['**/alpine', '**/alpine'],
    ['*.gcr.io/proj/*', '*.gcr.io/proj/*'],
    ['*/acme/*', '*/acme/*']
  ])('%s → %s', (pattern, normalized) => {
    expect(normalizeAllowPattern(pattern)).toBe(normalized)
  })

  it.each([
    ['', 'it is empty'],
    ['ghcr.io/acme/api:1.0', 'patterns match registry/repository, not tags'],
    [`alpine@${D}`, 'patterns match registry/repository, not digests'],
    ['ghcr.io/a b', 'it contains whitespace']
  ])('rejects %j', (pattern, why) => {
    expect(() => normalizeAllowPattern(pattern)).toThrow(ConfigError)
    expect(() => normalizeAllowPattern(pattern)).toThrow(
      `images.registries.allow: invalid pattern "${pattern}": ${why}`
    )
  })
})

describe('registry allow list', () => {
  it('allows anything when the list is empty', () => {
    expect(allowed('quay.io/any/thing:1', [])).toBe(true)
    expect(compileAllowList([]).allows(parseImageReference('alpine'))).toBe(true)
  })

  it('matches official images through docker normalization', () => {
    const patterns = ['docker.io/library/*']
    expect(allowed('alpine', patterns)).toBe(true)
    expect(allowed('ubuntu:22.04', patterns)).toBe(true)
    expect(allowed(`docker.io/library/node:20@${D}`, patterns)).toBe(true)
    expect(allowed('bitnami/redis', patterns)).toBe(false)
    expect(allowed('ghcr.io/library/alpine', patterns)).toBe(false)
  })

  it('keeps * within one segment and lets ** cross segments', () => {
    expect(allowed('ghcr.io/acme/api:1', ['ghcr.io/acme/*'])).toBe(true)
    expect(allowed('ghcr.io/acme/team/api:1', ['ghcr.io/acme/*'])).toBe(false)
    expect(allowed('ghcr.io/acme/team/api:1', ['ghcr.io/acme/**'])).toBe(true)
    expect(allowed('ghcr.io/acmecorp/api', ['ghcr.io/acme/*'])).toBe(false)
    expect(allowed('ghcr.io/acme/a/b/api', ['ghcr.io/**/api'])).toBe(true)
    expect(allowed('ghcr.io/api', ['ghcr.io/**/api'])).toBe(true)
    expect(allowed('ghcr.io/api-x', ['ghcr.io/**/api'])).toBe(false)
  })

  it('treats a lone registry as everything on it, ports included', () => {
    expect(allowed('ghcr.io/acme/x/y:1', ['ghcr.io'])).toBe(true)
    expect(allowed('ghcr.io.evil.com/x', ['ghcr.io'])).toBe(false)
    expect(allowed('localhost:5000/app', ['localhost:5000'])).toBe(true)
    expect(allowed('localhost:5001/app', ['localhost:5000'])).toBe(false)
  })

  it('treats regex characters in patterns literally', () => {
    expect(allowed('ghcrxio/acme/api', ['ghcr.io/acme/*'])).toBe(false)
  })

  it('allows when any pattern matches', () => {
    const list = compileAllowList(['ghcr.io/acme/*', 'docker.io/library/*'])
    expect(list.allows(parseImageReference('alpine:3'))).toBe(true)
    expect(list.allows(parseImageReference('quay.io/acme/api'))).toBe(false)
    expect(list.patterns).toEqual(['ghcr.io/acme/*', 'docker.io/library/*'])
  })
})

describe('matchesImagePattern (exception image globs)', () => {
  it('matches registry/repository regardless of the tag when the pattern has none', () => {
    expect(matchesImagePattern('docker.io/library/node', 'node:20.18-bookworm-slim')).toBe(true)
    expect(matchesImagePattern('ghcr.io/acme/*', 'ghcr.io/acme/api:1.4.2')).toBe(true)
    expect(matchesImagePattern('ghcr.io/acme/*', 'ghcr.io/other/api:1.4.2')).toBe(false)
  })

  it('checks a tag or digest written in the pattern', () => {
    expect(matchesImagePattern('alpine:3.*', 'alpine:3.20')).toBe(true)
    expect(matchesImagePattern('alpine:3.*', 'alpine:4.0')).toBe(false)
    expect(matchesImagePattern('alpine:3.*', 'alpine')).toBe(false)
    expect(matchesImagePattern(`alpine@${D}`, `alpine:3@${D}`)).toBe(true)
    expect(matchesImagePattern(`alpine@${D}`, 'alpine:3')).toBe(false)
  })

  it('compares unparseable images as written and never throws on a bad pattern', () => {
    expect(matchesImagePattern('${BASE}:*', '${BASE}:1')).toBe(true)
    expect(matchesImagePattern('other', '${BASE}:1')).toBe(false)
    expect(matchesImagePattern('ghcr.io/a b', 'alpine')).toBe(false)
  })
})
