import {
  describeRegistryPath,
  parseImageReference,
  tryParseImageReference
} from '../../src/image/reference.js'
import { ConfigError } from '../../src/errors.js'

const D = 'sha256:' + '0123456789abcdef'.repeat(4)

describe('parseImageReference: normalization', () => {
  it.each([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', familiar: 'alpine' }],
    [
      'alpine:3.20',
      { registry: 'docker.io', repository: 'library/alpine', tag: '3.20', familiar: 'alpine:3.20' }
    ],
    ['docker.io/alpine', { registry: 'docker.io', repository: 'library/alpine', familiar: 'alpine' }],
    ['index.docker.io/library/alpine:3', { registry: 'docker.io', repository: 'library/alpine', tag: '3' }],
    [
      'bitnami/redis:7.2',
      { registry: 'docker.io', repository: 'bitnami/redis', familiar: 'bitnami/redis:7.2' }
    ],
    ['ghcr.io/acme/api:1.4.2', { registry: 'ghcr.io', repository: 'acme/api', tag: '1.4.2' }],
    ['GHCR.io/acme/api', { registry: 'ghcr.io', repository: 'acme/api' }],
    ['localhost/app', { registry: 'localhost', repository: 'app', familiar: 'localhost/app' }],
    ['localhost:5000/team/app:dev', { registry: 'localhost:5000', repository: 'team/app', tag: 'dev' }],
    [
      'registry.example.com:8443/a/b/c:1',
      { registry: 'registry.example.com:8443', repository: 'a/b/c', tag: '1' }
    ],
    ['[::1]:5000/app:1', { registry: '[::1]:5000', repository: 'app', tag: '1' }],
    // No `.`/`:`/localhost in the first component: it is a Docker Hub namespace, not a registry.
    ['myregistry/app', { registry: 'docker.io', repository: 'myregistry/app' }],
    // With no slash, `localhost:5000` is the image `localhost` tagged 5000, as docker reads it.
    ['localhost:5000', { registry: 'docker.io', repository: 'library/localhost', tag: '5000' }],
    [`alpine@${D}`, { repository: 'library/alpine', tag: undefined, digest: D, familiar: `alpine@${D}` }],
    [`alpine:3.20@${D}`, { tag: '3.20', digest: D, familiar: `alpine:3.20@${D}` }],
    [`docker.io/library/alpine:3.20@${D}`, { tag: '3.20', digest: D, familiar: `alpine:3.20@${D}` }],
    ['a_b__c-d--e/x.y:V1_x.y-z', { registry: 'docker.io', repository: 'a_b__c-d--e/x.y', tag: 'V1_x.y-z' }],
    // A `.` makes the first component a registry, even one that is not a valid host.
    ['my.registry/app', { registry: 'my.registry', repository: 'app' }]
  ])('%s', (text, expected) => {
    const ref = parseImageReference(text)
    expect(ref).toMatchObject({ original: text, ...expected })
  })

  it('keeps tag and digest absent rather than empty', () => {
    const ref = parseImageReference('alpine')
    expect(ref.tag).toBeUndefined()
    expect(ref.digest).toBeUndefined()
  })

  it('describes registry/repository for allow-list matching', () => {
    expect(describeRegistryPath(parseImageReference('alpine:3'))).toBe('docker.io/library/alpine')
    expect(describeRegistryPath(parseImageReference(`ghcr.io/acme/api:1@${D}`))).toBe('ghcr.io/acme/api')
    expect(describeRegistryPath(parseImageReference('localhost:5000/app'))).toBe('localhost:5000/app')
  })
})

describe('parseImageReference: invalid references', () => {
  it.each([
    ['Foo/bar', 'invalid image reference "Foo/bar": repository names must be lowercase'],
    ['Alpine:3', 'invalid image reference "Alpine:3": repository names must be lowercase'],
    ['', 'invalid image reference "": it is empty'],
    ['alpine 3', 'invalid image reference "alpine 3": it contains whitespace'],
    ['alpine:', 'invalid image reference "alpine:": tag "" is invalid'],
    ['alpine:-x', 'tag "-x" is invalid'],
    ['alpine:' + 'a'.repeat(129), 'is invalid; tags are 1-128'],
    ['alpine@sha256:abc', 'digest "sha256:abc" is invalid; sha256 digests are 64 lowercase hex characters'],
    ['alpine@sha256:' + 'A'.repeat(64), 'sha256 digests are 64 lowercase hex characters'],
    ['alpine@' + '0'.repeat(64), 'must be algorithm:hex'],
    ['alpine@md5:' + '0'.repeat(32), 'digest algorithm "md5" is not supported'],
    ['ghcr.io/acme//api', 'the repository path has an empty component'],
    ['ghcr.io/acme/-api', '"-api" is not a valid repository path component'],
    ['acme/api_', '"api_" is not a valid repository path component'],
    ['host_name.com/app', 'registry "host_name.com" is not a valid host name'],
    ['a_b.c/x', 'registry "a_b.c" is not a valid host name'],
    ['localhost:http/app', 'registry "localhost:http" has an invalid port'],
    [':5000/app', 'is not a valid host name'],
    [':3.20', 'it has no repository name'],
    ['ghcr.io/' + 'a'.repeat(250), 'longer than 255 characters']
  ])('%j', (text, message) => {
    expect(() => parseImageReference(text)).toThrow(ConfigError)
    expect(() => parseImageReference(text)).toThrow(message)
  })

  it('reports without throwing through tryParseImageReference', () => {
    expect(tryParseImageReference('Foo/bar')).toEqual({
      ok: false,
      reason: 'repository names must be lowercase'
    })
    expect(tryParseImageReference('alpine:3')).toMatchObject({ ok: true, reference: { tag: '3' } })
  })

  it('accepts the longest valid tag and a 255-character name', () => {
    expect(parseImageReference('alpine:' + 'a'.repeat(128)).tag).toHaveLength(128)
    expect(parseImageReference('ghcr.io/' + 'a'.repeat(247)).repository).toHaveLength(247)
  })
})
