// SYNTHETIC: images built with umoci, pushed to a real docker-registry on 127.0.0.1, signed in the test
// with generated keys. The whole gate runs on them with stub scanners that record what they are given.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { VulnerabilityDeps } from '../../src/checks/vulnerabilities/deps.js'
import { runGate } from '../../src/gate.js'
import type { GateResult } from '../../src/model/result.js'
import { loadPolicyFile } from '../../src/policy/load.js'
import { RegistryClient } from '../../src/registry/index.js'
import { scannerTarget } from '../../src/scanners/target.js'
import { keyFingerprint } from '../../src/signing/index.js'
import {
  buildImage,
  deadPort,
  describeWithRegistry,
  pushBundleReferrer,
  pushImage,
  pushLegacySignature,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'
import { keyBundle, legacyLayer, pem } from '../helpers/registry/signing.js'

const release = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

const POLICY = `version: 1
images:
  tags: { requireDigest: true }
vulnerabilities: { scanners: [trivy, grype] }
signatures:
  required: true
  authorities:
    - name: release
      key: { path: cosign.pub }
`

/** Stub scanners: no findings; each call records the argument the real scanner would get. */
function recordingScanners(scanned: string[], onScan?: () => Promise<void>): VulnerabilityDeps {
  const empty = { scanner: 'trivy' as const, matches: [], secrets: [] }
  return {
    prepareScanner: async name => ({
      name,
      path: name,
      version: '0',
      env: {},
      scanArgs: [],
      save: async () => {}
    }),
    scan: async (scanner, _image, target) => {
      await onScan?.()
      scanned.push(scannerTarget(scanner.name, target).join(' '))
      return '{}'
    },
    parse: scanner => ({ ...empty, scanner }),
    merge: () => [],
    loadIgnoreFiles: async () => ({ files: [], match: () => undefined, expired: [], notes: [] }),
    now: () => new Date()
  }
}

describeWithRegistry('the gate against a real registry', () => {
  let registry: RunningRegistry
  let dir: string
  const digests: Record<string, string> = {}

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' })
    dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-gate-registry-'))
    writeFileSync(path.join(dir, 'cosign.pub'), pem(release.publicKey))
    writeFileSync(path.join(dir, 'imagegate.yml'), POLICY)
    const repo = (name: string) => `${registry.host}/${name}`
    digests.latest = await pushImage(registry, await buildImage({ env: ['API_TOKEN=synthetic'] }), 'app', [
      'latest'
    ])
    digests.legacy = await pushImage(registry, await buildImage({ user: '1000' }), 'app', ['1.0'])
    await pushLegacySignature(registry, 'app', digests.legacy, [
      legacyLayer(repo('app'), digests.legacy, release.privateKey)
    ])
    digests.bundle = await pushImage(registry, await buildImage({ user: '1001' }), 'bundled', ['1.0'])
    await pushBundleReferrer(registry, 'bundled', digests.bundle, keyBundle(digests.bundle, release))
    digests.other = await pushImage(registry, await buildImage({ user: '1002' }), 'other', ['1.0'])
    await pushLegacySignature(registry, 'other', digests.other, [
      legacyLayer(repo('other'), digests.other, stranger.privateKey)
    ])
  }, 180_000)
  afterAll(() => registry?.stop())

  async function gate(
    images: string[],
    options: { scanned?: string[]; onScan?: () => Promise<void>; dockerfiles?: string[] } = {}
  ) {
    return runGate({
      policy: await loadPolicyFile(path.join(dir, 'imagegate.yml'), 'imagegate.yml'),
      workingDirectory: dir,
      dockerfilePatterns: options.dockerfiles ?? [],
      images,
      services: {
        registry: new RegistryClient({ insecureRegistries: [registry.host] }),
        scanners: recordingScanners(options.scanned ?? [], options.onScan)
      }
    })
  }
  const rules = (result: GateResult, check: string) =>
    result.findings
      .filter(f => f.check === check)
      .map(f => f.rule)
      .sort()

  it('an unsigned :latest image fails on its signature and on pinning, with distinct findings', async () => {
    const image = `${registry.host}/app:latest`
    const result = await gate([image])
    expect(result.verdict).toBe('fail')
    expect(rules(result, 'signatures')).toEqual(['IG300'])
    expect(rules(result, 'pinning')).toEqual(['IG101', 'IG103'])
    const pin = result.findings.find(f => f.rule === 'IG103')
    expect(pin?.message).toContain(`pin it as ${registry.host}/app:latest@${digests.latest}`)
    expect(result.imageDetails).toEqual([
      expect.objectContaining({
        image,
        digest: digests.latest,
        signature: expect.objectContaining({ status: 'not-verified' })
      })
    ])
  })

  it('a non-root :1.0 signed with the policy key (legacy .sig) passes, and says which key verified it', async () => {
    const image = `${registry.host}/app:1.0@${digests.legacy}`
    const result = await gate([image])
    // Only the image config's non-blocking notes: umoci's OCI config has no HEALTHCHECK and no OCI labels.
    expect(result.findings.filter(f => f.check !== 'image-config')).toEqual([])
    expect(rules(result, 'image-config')).toEqual(['IG406', 'IG408'])
    expect(result.findings.some(f => f.blocking)).toBe(false)
    expect(result.verdict).toBe('pass')
    expect(result.checks.find(c => c.id === 'signatures')?.status).toBe('passed')
    expect(result.imageDetails?.[0].signature).toEqual({
      status: 'verified',
      summary: 'verified by release',
      verifiedBy: [
        expect.objectContaining({
          authority: 'release',
          format: 'legacy',
          signer: `key ${keyFingerprint(release.publicKey)}`
        })
      ]
    })
  })

  it('a bundle found under the referrers fallback tag verifies too', async () => {
    const result = await gate([`${registry.host}/bundled:1.0`])
    expect(rules(result, 'signatures')).toEqual([])
    expect(result.imageDetails?.[0].signature?.verifiedBy[0]).toMatchObject({
      format: 'bundle',
      authority: 'release'
    })
  })

  it('an image signed by another key fails on its signature, with the reason', async () => {
    const result = await gate([`${registry.host}/other:1.0`])
    expect(result.verdict).toBe('fail')
    const finding = result.findings.find(f => f.check === 'signatures')
    expect(finding).toMatchObject({ rule: 'IG301', blocking: true })
    expect(finding?.message).toMatch(/release: bad-signature/)
  })

  it('scanners get name@sha256 of the resolved digest, even when the tag moves mid-run', async () => {
    const scanned: string[] = []
    const moved = await buildImage({ user: '4242' })
    let once = false
    const onScan = async () => {
      if (once) return
      once = true
      await pushImage(registry, moved, 'app', ['1.0'])
    }
    const image = `${registry.host}/app:1.0`
    try {
      const result = await gate([image], { scanned, onScan })
      const byDigest = `${registry.host}/app@${digests.legacy}`
      expect(scanned).toEqual([byDigest, byDigest])
      expect(result.imageDetails?.[0]).toMatchObject({
        digest: digests.legacy,
        signature: { status: 'verified' }
      })
    } finally {
      await pushImage(registry, await buildImage({ user: '1000' }), 'app', ['1.0'])
    }
  }, 60_000)

  it('FROM lines: a tag gets the exact pin, a tag with a digest is pinned, a missing image is a finding', async () => {
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      [
        `FROM ${registry.host}/other:1.0 AS a`,
        `FROM ${registry.host}/other:1.0@${digests.other} AS b`,
        `FROM ${registry.host}/gone:1`,
        ''
      ].join('\n')
    )
    const result = await gate([], { dockerfiles: ['Dockerfile'] })
    const pins = result.findings.filter(f => f.rule === 'IG103').map(f => [f.location?.line, f.message])
    expect(pins).toEqual([
      [1, expect.stringContaining(`pin it as ${registry.host}/other:1.0@${digests.other}`)],
      [3, expect.stringMatching(/could not resolve it: .*HTTP 404/)]
    ])
  })
})

describe('the gate with a dead registry', () => {
  it('fails closed within seconds, naming the image and the unreachable host', async () => {
    const host = `127.0.0.1:${await deadPort()}`
    const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-gate-dead-'))
    writeFileSync(path.join(dir, 'cosign.pub'), pem(release.publicKey))
    writeFileSync(path.join(dir, 'imagegate.yml'), POLICY)
    const started = Date.now()
    const run = runGate({
      policy: await loadPolicyFile(path.join(dir, 'imagegate.yml'), 'imagegate.yml'),
      workingDirectory: dir,
      dockerfilePatterns: [],
      images: [`${host}/app:1.0`],
      services: {
        registry: new RegistryClient({ insecureRegistries: [host] }),
        scanners: recordingScanners([])
      }
    })
    await expect(run).rejects.toThrow(
      `cannot resolve 1 image to a digest: ${host}/app:1.0: cannot fetch manifest: registry at ${host} unreachable`
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
