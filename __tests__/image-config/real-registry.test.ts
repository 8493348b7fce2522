import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createImageConfigCheck } from '../../src/checks/image-config/image-config-check.js'
import { loadImageConfig } from '../../src/checks/image-config/load.js'
import { runGate } from '../../src/gate.js'
import { parseImageTarget } from '../../src/image/source.js'
import type { GateResult } from '../../src/model/result.js'
import { RegistryClient, resolveImageTargets } from '../../src/registry/index.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { renderSummaryMarkdown } from '../../src/report/markdown.js'
import { buildSarif } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import { loaded } from '../helpers/policy.js'
import {
  buildImage,
  buildIndex,
  describeWithRegistry,
  pushImage,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'
import { FAKE, NOW, policyWith } from './helpers.js'

// SYNTHETIC images built by umoci, pushed by skopeo to Debian's docker-registry (distribution 2.8).
const ROOT_SECRET = {
  env: ['PATH=/usr/bin:/bin', `API_TOKEN=${FAKE.github}`, `DB_PASSWORD=${FAKE.password}`],
  labels: { 'com.example.deploy-key': FAKE.aws },
  historyCreatedBy: `RUN |1 NPM_TOKEN=${FAKE.password} /bin/sh -c npm ci`
}
const CLEAN = {
  user: '10001',
  exposedPorts: ['8080/tcp'],
  labels: {
    'org.opencontainers.image.source': 'https://example.test/app',
    'org.opencontainers.image.revision': 'abc123'
  }
}
const SECRET_VALUES = [FAKE.github, FAKE.password, FAKE.aws]

describeWithRegistry('image config check against docker-registry', () => {
  let registry: RunningRegistry
  const digests: Record<string, string> = {}

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' })
    const [root, clean] = await Promise.all([buildImage(ROOT_SECRET), buildImage(CLEAN)])
    digests.root = await pushImage(registry, root, 'imageconfig/root', ['latest'])
    digests.clean = await pushImage(registry, clean, 'imageconfig/clean', ['1.0'])
    const multi = await buildIndex([
      { ...CLEAN, user: undefined },
      { ...CLEAN, architecture: 'arm64' }
    ])
    digests.multi = await pushImage(registry, multi, 'imageconfig/multi', ['1.0'])
  }, 120_000)
  afterAll(() => registry?.stop())

  async function gate(image: string, client: RegistryClient): Promise<GateResult> {
    // IG406 off: umoci's OCI configs cannot hold a HEALTHCHECK (the rule is covered by the unit tests).
    const policy = policyWith({ rules: { IG406: 'off' } })
    return runGate({
      policy: loaded(policy),
      workingDirectory: mkdtempSync(path.join(os.tmpdir(), 'imagegate-imageconfig-')),
      dockerfilePatterns: [],
      images: [image],
      now: () => NOW,
      services: { registry: client }
    })
  }
  /** The check run on its own, HEALTHCHECK off as in `gate`. */
  const checkContext = (image: string) => ({
    policy: policyWith({ rules: { IG406: 'off' } }),
    workingDirectory: os.tmpdir(),
    dockerfiles: [],
    images: [image]
  })
  const client = () =>
    new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { [registry.host]: { username: registry.username, password: registry.password } }
    })

  it('reports a root image with secrets in ENV, label and history as distinct findings, values masked', async () => {
    const image = `${registry.host}/imageconfig/root:latest`
    const c = client()
    const result = await gate(image, c)
    const mine = result.findings.filter(f => f.check === 'image-config')
    expect(mine.map(f => f.rule).sort()).toEqual(['IG401', 'IG402', 'IG402', 'IG403', 'IG404', 'IG408'])
    expect(mine.every(f => f.image === image && f.message.startsWith(`${image} (${digests.root}) `))).toBe(
      true
    )
    expect(mine.filter(f => f.rule === 'IG402').map(f => f.message.replace(/;.*/, ''))).toEqual([
      `${image} (${digests.root}) has a GitHub token in ENV API_TOKEN`,
      `${image} (${digests.root}) has a secret value in ENV DB_PASSWORD`
    ])
    expect(result.verdict).toBe('fail')
    expect(result.checks.find(c => c.id === 'image-config')).toMatchObject({
      status: 'failed',
      required: true
    })
    // One manifest and one config request for the image.
    expect(c.stats.counts.manifestGet).toBe(1)
    expect(c.stats.counts.blob).toBe(1)

    const reports = {
      json: JSON.stringify(buildJsonReport(result)),
      sarif: JSON.stringify(buildSarif(result)),
      summary: renderSummaryMarkdown(result),
      text: renderText(result, { color: false }),
      annotations: JSON.stringify(buildAnnotations(result))
    }
    for (const [name, report] of Object.entries(reports)) {
      expect({ name, leaked: SECRET_VALUES.filter(v => report.includes(v)) }).toEqual({ name, leaked: [] })
      expect(report).toMatch(/API(\\)?_TOKEN/) // markdown escapes the underscore
    }
  })

  it('finds nothing in a non-root image with its source and revision labels', async () => {
    const result = await gate(`${registry.host}/imageconfig/clean:1.0`, client())
    expect(result.findings.filter(f => f.check === 'image-config')).toEqual([])
    expect(result.checks.find(c => c.id === 'image-config')).toMatchObject({ status: 'passed' })
  })

  it('reads the digest the gate resolved, even after the tag moved, without asking for the tag again', async () => {
    const image = `${registry.host}/imageconfig/moving:latest`
    await pushImage(registry, await buildImage(ROOT_SECRET), 'imageconfig/moving', ['latest'])
    const c = client()
    const target = parseImageTarget(image, os.tmpdir())
    if (target.kind !== 'reference') throw new Error('expected a registry reference')
    const resolved = await c.resolveImage(target.reference) // what the gate's prepare step does
    await pushImage(registry, await buildImage(CLEAN), 'imageconfig/moving', ['latest'])
    const loaded = await loadImageConfig(target, () => c, undefined, resolved)
    expect(loaded.digest).toBe(resolved.digest)
    expect(loaded.config.config.User).toBeUndefined() // the root image that was resolved, not the new one
    expect(c.stats.counts.manifestGet).toBe(1)
    expect(c.stats.counts.blob).toBe(1)
  })

  it('reads the platform manifest of a multi-platform image, named by its index digest', async () => {
    const image = `${registry.host}/imageconfig/multi:1.0`
    const context = checkContext(image)
    const check = createImageConfigCheck({ registry: client, now: () => NOW })
    const found = (await check.run(context)).findings
    expect(found.map(f => f.rule)).toEqual(['IG401']) // only the amd64 image runs as root
    expect(found[0].message).toContain(`${image} (${digests.multi}) runs as root`)
    // The policy's images.platform chooses the other one.
    const policy = context.policy
    const armPolicy = { ...policy, images: { ...policy.images, platform: 'linux/arm64' } }
    expect((await check.run({ ...context, policy: armPolicy })).findings).toEqual([])
  })

  it("uses the gate's resolution from the run context: the digest resolved before the tag moved", async () => {
    const image = `${registry.host}/imageconfig/moved:latest`
    await pushImage(registry, await buildImage(ROOT_SECRET), 'imageconfig/moved', ['latest'])
    const c = client()
    const target = parseImageTarget(image, os.tmpdir())
    if (target.kind !== 'reference') throw new Error('expected a registry reference')
    const [resolution] = await resolveImageTargets(c, [target], 'linux/amd64') // the gate's prepare step
    if (!resolution.ok) throw new Error('the image should resolve')
    const { digest } = resolution.target
    await pushImage(registry, await buildImage(CLEAN), 'imageconfig/moved', ['latest'])
    const check = createImageConfigCheck({ registry: () => c, now: () => NOW })
    const context = { ...checkContext(image), resolved: new Map([[image, resolution.target]]) }
    const found = (await check.run(context)).findings
    expect(found.map(f => f.rule)).toContain('IG401')
    expect(found[0].message).toContain(`${image} (${digest})`)
    expect(c.stats.counts.manifestGet).toBe(1)
  })

  it('fails closed on an image the registry does not have: the gate stops before any check, naming it', async () => {
    // imageConfig.required asks the gate to resolve every image up front; a failure there is exit 2.
    const image = `${registry.host}/imageconfig/missing:1.0`
    const error = await gate(image, client()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain(`${image}: cannot fetch manifest`)
    expect((error as Error).message).toContain('HTTP 404')
  })
})
