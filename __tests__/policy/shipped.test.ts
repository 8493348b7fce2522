import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { BUILTIN_POLICY_TEXT } from '../../src/policy/builtin.js'
import { loadBuiltinPolicy, loadPolicyFile, parsePolicy } from '../../src/policy/load.js'
import { REPO_ROOT } from './helpers.js'

const policiesDir = path.join(REPO_ROOT, 'policies')
const shipped = [
  ...readdirSync(policiesDir).map(f => `policies/${f}`),
  ...readdirSync(path.join(policiesDir, 'examples')).map(f => `policies/examples/${f}`)
].filter(f => f.endsWith('.yml'))
const load = async (file: string) => (await loadPolicyFile(path.join(REPO_ROOT, file), file)).policy

describe('shipped policies', () => {
  it('include the default, the strict policy and at least three examples', () => {
    expect(shipped).toEqual(expect.arrayContaining(['policies/default.yml', 'policies/strict.yml']))
    expect(shipped.filter(f => f.startsWith('policies/examples/')).length).toBeGreaterThanOrEqual(3)
  })

  it.each(shipped)('%s is a valid policy', async file => {
    expect((await load(file)).version).toBe(1)
  })

  it('the built-in default is exactly policies/default.yml (run `npm run generate` when this fails)', async () => {
    expect(BUILTIN_POLICY_TEXT).toBe(readFileSync(path.join(policiesDir, 'default.yml'), 'utf8'))
    const builtin = loadBuiltinPolicy()
    expect(builtin.policy).toEqual(await load('policies/default.yml'))
    expect(builtin.source).toBe('built-in default')
    expect(builtin.signatures).toEqual(expect.objectContaining({ required: false, authorities: [] }))
  })

  it('default.yml spells out the schema defaults, so a bare `version: 1` behaves the same', async () => {
    expect(await load('policies/default.yml')).toEqual(parsePolicy('version: 1\n', 'p.yml'))
  })

  it('strict.yml fails on latest, untagged, digest-less and unsigned images and on any high finding', async () => {
    const strict = await load('policies/strict.yml')
    expect(strict.mode).toBe('enforce')
    expect(strict.images.tags).toEqual({ forbidLatest: true, forbidUntagged: true, requireDigest: true })
    expect([strict.images.failOn, strict.vulnerabilities.failOn]).toEqual(['high', 'high'])
    expect(strict.dockerfile.failOn).toBe('warning')
    expect(strict.signatures.required).toBe(true)
  })

  it('the examples do what their names say', async () => {
    expect((await load('policies/examples/warn-only.yml')).mode).toBe('warn')
    expect(
      (await load('policies/examples/registry-allowlist.yml')).images.registries.allow.length
    ).toBeGreaterThan(0)
    const exceptions = (await load('policies/examples/exceptions.yml')).exceptions
    expect(exceptions.filter(e => e.expires !== undefined).length).toBeGreaterThan(0)
    expect((await load('policies/examples/dockerfile-only.yml')).vulnerabilities.scanners).toEqual([])
  })
})
