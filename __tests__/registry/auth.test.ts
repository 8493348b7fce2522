import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { parseChallenges, usableChallenge } from '../../src/registry/auth/challenge.js'
import {
  dockerConfigPath,
  loadDockerConfig,
  normalizeAuthHost,
  parseDockerConfig
} from '../../src/registry/auth/credentials.js'
import { CredentialLookup } from '../../src/registry/auth/lookup.js'
import { parseInsecureRegistries } from '../../src/registry/insecure.js'

describe('WWW-Authenticate parsing', () => {
  it('reads a Docker Hub bearer challenge', () => {
    const header =
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"'
    expect(parseChallenges(header)).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/alpine:pull'
        }
      }
    ])
  })

  it('keeps commas and escaped quotes inside quoted values, and tokens unquoted', () => {
    const [challenge] = parseChallenges(
      'Bearer realm="https://x/t?a=1,b=2", scope="repository:a/b:pull,push", error=insufficient_scope, x="say \\"hi\\""'
    )
    expect(challenge.params).toEqual({
      realm: 'https://x/t?a=1,b=2',
      scope: 'repository:a/b:pull,push',
      error: 'insufficient_scope',
      x: 'say "hi"'
    })
  })

  it('reads several challenges and prefers bearer with a realm over basic', () => {
    const challenges = parseChallenges(
      'Basic realm="Registry Realm", Bearer realm="https://ghcr.io/token",service="ghcr.io"'
    )
    expect(challenges.map(c => c.scheme)).toEqual(['basic', 'bearer'])
    expect(usableChallenge(challenges)?.params.service).toBe('ghcr.io')
    expect(usableChallenge(parseChallenges('Basic realm="x"'))?.scheme).toBe('basic')
    expect(usableChallenge(parseChallenges('Bearer service="no-realm"'))).toBeUndefined()
  })

  it('stops quietly at garbage', () => {
    expect(parseChallenges('')).toEqual([])
    expect(parseChallenges('Bearer realm="unterminated')).toEqual([{ scheme: 'bearer', params: {} }])
    expect(parseChallenges('=== ,,,')).toEqual([])
  })
})

describe('docker config.json', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64')

  it('reads auth (base64 user:password, colons in the password kept) and username/password entries', () => {
    const config = parseDockerConfig(
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: b64('hubuser:p:a:ss') },
          'ghcr.io': { username: 'octo', password: 'ghp_synthetic' },
          'http://localhost:5000/v2/': { auth: b64('local:pw') }
        }
      }),
      '/home/x/.docker/config.json'
    )
    expect(config.auths.get('docker.io')).toEqual({ username: 'hubuser', password: 'p:a:ss' })
    expect(config.auths.get('ghcr.io')).toEqual({ username: 'octo', password: 'ghp_synthetic' })
    expect(config.auths.get('localhost:5000')).toEqual({ username: 'local', password: 'pw' })
    expect(config.problems).toEqual([])
  })

  it('notes what it cannot use: identity tokens, empty auth, bad JSON', () => {
    const config = parseDockerConfig(
      JSON.stringify({
        auths: { 'r.example': { identitytoken: 'x' }, 'q.example': { auth: b64('nocolon') } },
        credsStore: 'desktop'
      }),
      'cfg.json'
    )
    expect(config.auths.size).toBe(0)
    expect(config.credsStore).toBe('desktop')
    expect(config.problems).toEqual([
      expect.stringContaining('auths["r.example"] holds an identity token, which is not supported'),
      expect.stringContaining('auths["q.example"] has no usable "auth"')
    ])
    expect(parseDockerConfig('{not json', 'cfg.json').problems).toEqual([
      'cfg.json: is not valid JSON; ignoring it'
    ])
  })

  it('normalizes registry keys the way docker writes them', () => {
    expect(normalizeAuthHost('https://index.docker.io/v1/')).toBe('docker.io')
    expect(normalizeAuthHost('registry-1.docker.io')).toBe('docker.io')
    expect(normalizeAuthHost('HTTPS://GHCR.IO')).toBe('ghcr.io')
    expect(normalizeAuthHost('127.0.0.1:5000/v2/')).toBe('127.0.0.1:5000')
  })

  it('finds the file through $DOCKER_CONFIG, else ~/.docker; a missing file is no credentials', () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: '/cfg' }, '/home/u')).toBe('/cfg/config.json')
    expect(dockerConfigPath({}, '/home/u')).toBe('/home/u/.docker/config.json')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-dockercfg-'))
    expect(loadDockerConfig(path.join(dir, 'config.json'))).toMatchObject({ problems: [] })
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { 'ghcr.io': { auth: b64('u:p') } } })
    )
    expect(loadDockerConfig(path.join(dir, 'config.json')).auths.get('ghcr.io')?.password).toBe('p')
  })
})

describe('credential lookup and masking', () => {
  it('masks every password and Basic value before anything is looked up; explicit beats docker config', () => {
    const masked: string[] = []
    const notes: string[] = []
    const dockerConfig = parseDockerConfig(
      JSON.stringify({ auths: { 'ghcr.io': { username: 'a', password: 'from-config' } } }),
      'c.json'
    )
    const lookup = new CredentialLookup({
      explicit: { 'GHCR.io': { username: 'b', password: 'explicit-secret' } },
      dockerConfig,
      mask: s => masked.push(s),
      note: n => notes.push(n)
    })
    expect(masked).toEqual(
      expect.arrayContaining([
        'explicit-secret',
        'from-config',
        Buffer.from('b:explicit-secret').toString('base64')
      ])
    )
    expect(lookup.forHost('ghcr.io')?.password).toBe('explicit-secret')
    lookup.maskSecret('token-1')
    lookup.maskSecret('token-1')
    expect(masked.filter(s => s === 'token-1')).toHaveLength(1)
  })

  it('says once per host that a credential helper cannot be used, then goes anonymous', () => {
    const notes: string[] = []
    const dockerConfig = parseDockerConfig(
      JSON.stringify({ credHelpers: { 'gcr.io': 'gcloud' }, credsStore: 'desktop' }),
      'c.json'
    )
    const lookup = new CredentialLookup({ dockerConfig, mask: () => undefined, note: n => notes.push(n) })
    expect(lookup.forHost('gcr.io')).toBeUndefined()
    expect(lookup.forHost('gcr.io')).toBeUndefined()
    expect(lookup.forHost('quay.io')).toBeUndefined()
    expect(notes).toEqual([
      expect.stringContaining(
        'delegates credentials for gcr.io to the helper "docker-credential-gcloud", which imagegate cannot call; using anonymous access'
      ),
      expect.stringContaining('for quay.io to the helper "docker-credential-desktop"')
    ])
  })
})

describe('insecure registries', () => {
  it('accepts HOST and HOST:PORT, rejects schemes and paths with a configuration error', () => {
    expect([...parseInsecureRegistries(['localhost:5000', ' Registry.Local ', '', '[::1]:5000'])]).toEqual([
      'localhost:5000',
      'registry.local',
      '[::1]:5000'
    ])
    expect(() => parseInsecureRegistries(['http://localhost:5000'])).toThrow(ConfigError)
    expect(() => parseInsecureRegistries(['host/path'])).toThrow(/write HOST or HOST:PORT/)
  })
})
