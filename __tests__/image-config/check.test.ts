import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createImageConfigCheck } from '../../src/checks/image-config/image-config-check.js'
import type { CheckContext } from '../../src/model/check.js'
import { RegistryClient } from '../../src/registry/index.js'
import { type BuiltLayout, buildImage, deadPort, describeWithRegistry } from '../helpers/registry/index.js'
import { FAKE, NOW, policyWith } from './helpers.js'

// SYNTHETIC images built by umoci (and turned into a docker archive by skopeo), read from disk.
const ROOT_SECRET = {
  env: ['PATH=/usr/bin:/bin', `API_TOKEN=${FAKE.github}`],
  exposedPorts: ['80/tcp'],
  created: '2026-01-01T00:00:00Z',
  historyCreatedBy: `RUN |1 NPM_TOKEN=${FAKE.password} /bin/sh -c npm ci`
}
const CLEAN = {
  user: '10001',
  env: ['PATH=/usr/bin:/bin'],
  exposedPorts: ['8080/tcp'],
  created: '2026-11-30T00:00:00Z',
  labels: {
    'org.opencontainers.image.source': 'https://example.test/app',
    'org.opencontainers.image.revision': 'abc123'
  }
}

const unusedRegistry = () => {
  throw new Error('a local image must not need the registry client')
}

function context(images: string[], overrides: Parameters<typeof policyWith>[0] = {}): CheckContext {
  return {
    policy: policyWith({ maxAgeDays: 90, ...overrides }),
    workingDirectory: os.tmpdir(),
    dockerfiles: [],
    images
  }
}

describeWithRegistry('image config check on local images', () => {
  let root: BuiltLayout
  let clean: BuiltLayout
  let archive: string

  beforeAll(async () => {
    ;[root, clean] = await Promise.all([buildImage(ROOT_SECRET), buildImage(CLEAN)])
    archive = path.join(mkdtempSync(path.join(os.tmpdir(), 'imagegate-archive-')), 'root.tar')
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--insecure-policy',
      root.source,
      `docker-archive:${archive}:acme/root:1`
    ])
  }, 120_000)

  const check = createImageConfigCheck({ registry: unusedRegistry, now: () => NOW })

  it('reports each problem of a root image with secrets as its own finding, at the image', async () => {
    const image = `oci-layout:${root.dir}:${root.tag}`
    const output = await check.run(context([image]))
    expect(output.error).toBeUndefined()
    expect(output.findings.map(f => f.rule).sort()).toEqual([
      'IG401',
      'IG402',
      'IG404',
      'IG405',
      'IG406',
      'IG407',
      'IG408'
    ])
    for (const finding of output.findings) {
      expect(finding).toMatchObject({
        check: 'image-config',
        image,
        helpUri: expect.stringMatching(/#ig4\d\d$/)
      })
      expect(finding.location).toBeUndefined()
      expect(finding.message).toMatch(new RegExp(`^oci-layout:\\S+ \\(sha256:[0-9a-f]{64}\\) `))
    }
    const severities = Object.fromEntries(output.findings.map(f => [f.rule, f.severity]))
    expect(severities).toMatchObject({ IG401: 'medium', IG402: 'high', IG404: 'high', IG406: 'info' })
    const text = JSON.stringify(output)
    expect(text).not.toContain(FAKE.github)
    expect(text).not.toContain(FAKE.password)
    expect(text).toContain('API_TOKEN')
    expect(text).toContain('NPM_TOKEN')
  })

  it('reads a docker archive the same way, and finds nothing in a clean image', async () => {
    const output = await check.run(context([`docker-archive:${archive}`, `oci-layout:${clean.dir}`]))
    // umoci writes OCI configs, which cannot hold a HEALTHCHECK: the clean image's one (info) finding.
    expect(output.findings.filter(f => f.image === `oci-layout:${clean.dir}`).map(f => f.rule)).toEqual([
      'IG406'
    ])
    expect(new Set(output.findings.map(f => f.rule))).toEqual(
      new Set(['IG401', 'IG402', 'IG404', 'IG405', 'IG406', 'IG407', 'IG408'])
    )
    expect(output.notes?.[0]).toBe('Checked the configuration of 2 of 2 image(s)')
  })

  it('applies the policy: severities overridden, rules off, ports allowed', async () => {
    const output = await check.run(
      context([`oci-layout:${root.dir}`], {
        rules: { IG401: 'critical', IG406: 'off', IG407: 'off', IG408: 'off' },
        allowedPorts: [80]
      })
    )
    expect(output.findings.map(f => [f.rule, f.severity])).toEqual([
      ['IG401', 'critical'],
      ['IG402', 'high'],
      ['IG404', 'high']
    ])
  })

  it('a layout that does not exist fails closed when required, naming the image', async () => {
    const missing = path.join(os.tmpdir(), 'imagegate-no-such-layout')
    const output = await check.run(context([`oci-layout:${missing}`, `oci-layout:${clean.dir}`]))
    expect(output.error).toMatch(
      /^could not read the image config: oci-layout:\S*imagegate-no-such-layout: cannot read local image: .*index.json does not exist/
    )
    expect(check.isRequired(context(['x']))).toBe(true)
  })
})

describe('image config check and an unreachable registry', () => {
  const registryAt = (host: string) => () =>
    new RegistryClient({ insecureRegistries: [host], retry: { attempts: 1 } })

  it('fails closed when required: an error naming the image and the reason', async () => {
    const host = `127.0.0.1:${await deadPort()}`
    const check = createImageConfigCheck({ registry: registryAt(host), now: () => NOW })
    const started = Date.now()
    const output = await check.run(context([`${host}/acme/app:1.0`]))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(output.error).toContain(`could not read the image config: ${host}/acme/app:1.0: cannot`)
    expect(output.error).toContain('unreachable')
    expect(check.isRequired(context([`${host}/acme/app:1.0`]))).toBe(true)
  })

  it('goes on with a visible reason when the policy leaves it optional', async () => {
    const host = `127.0.0.1:${await deadPort()}`
    const check = createImageConfigCheck({ registry: registryAt(host), now: () => NOW })
    const optional = context([`${host}/acme/app:1.0`], { required: false })
    const output = await check.run(optional)
    expect(output.error).toBeUndefined()
    expect(output.skippedReason).toMatch(
      /^could not read the image config: .*unreachable.*imageConfig.required is false/
    )
    expect(check.isRequired(optional)).toBe(false)
  })

  it('is skipped, never touching a registry, when disabled or without images', async () => {
    const check = createImageConfigCheck({ registry: unusedRegistry })
    expect((await check.run(context(['alpine:3.20'], { enabled: false }))).skippedReason).toBe(
      'imageConfig.enabled is false'
    )
    expect((await check.run(context([]))).skippedReason).toBe('no images to check')
    expect(check.isRequired(context(['alpine:3.20'], { enabled: false }))).toBe(false)
  })

  it('asks the gate to resolve digests up front only when required and given registry images', () => {
    const check = createImageConfigCheck({ registry: unusedRegistry })
    expect(check.needsImageDigests?.(context(['alpine:3.20']))).toBe(true)
    expect(check.needsImageDigests?.(context(['alpine:3.20'], { required: false }))).toBe(false)
    expect(check.needsImageDigests?.(context(['alpine:3.20'], { enabled: false }))).toBe(false)
    expect(check.needsImageDigests?.(context(['oci-layout:/tmp/x']))).toBe(false)
  })
})
