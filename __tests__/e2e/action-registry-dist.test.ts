// The action bundle as the runner runs it, against a real docker-registry with basic auth on 127.0.0.1:
// credentials from the registry-username/registry-password inputs (masked), a SYNTHETIC image signed in
// the test with a generated key, verified natively; no scanners (the policy turns them off).
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot } from '../helpers/node-binaries.js'
import {
  buildImage,
  describeWithRegistry,
  pushImage,
  pushLegacySignature,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'
import { legacyLayer, pem } from '../helpers/registry/signing.js'
import { runnerEnvironment } from '../helpers/runner-env.js'

const release = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

const POLICY = `version: 1
vulnerabilities: { scanners: [] }
signatures:
  required: true
  authorities:
    - name: release
      key: { path: cosign.pub }
report: { comment: never }
`

function runAction(inputs: Record<string, string>) {
  const files = { 'imagegate.yml': POLICY, 'cosign.pub': pem(release.publicKey) }
  const { env, summary, outputText } = runnerEnvironment(inputs, files, {
    DOCKER_CONFIG: mkdtempSync(path.join(tmpdir(), 'imagegate-no-docker-config-'))
  })
  return new Promise<{ code: number | null; log: string; summary: string; outputs: string }>(resolve => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], { env })
    let log = ''
    child.stdout.on('data', d => (log += d))
    child.stderr.on('data', d => (log += d))
    child.on('close', code => resolve({ code, log, summary: summary(), outputs: outputText() }))
  })
}

describeWithRegistry('dist/index.js against a private registry', () => {
  let registry: RunningRegistry
  let digest: string

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' })
    digest = await pushImage(registry, await buildImage({ user: '1000' }), 'app', ['1.0'])
    await pushLegacySignature(registry, 'app', digest, [
      legacyLayer(`${registry.host}/app`, digest, release.privateKey)
    ])
  }, 120_000)
  afterAll(() => registry?.stop())

  const inputs = (password: string) => ({
    policy: 'imagegate.yml',
    images: `${registry.host}/app:1.0`,
    'registry-username': registry.username,
    'registry-password': password,
    'insecure-registries': registry.host
  })

  it('verifies the signed image with the input credentials, masks the password, and shows the digest', async () => {
    const run = await runAction(inputs(registry.password))
    expect(run.code).toBe(0)
    expect(run.outputs).toContain('verdict<<')
    expect(run.outputs).toMatch(/verdict<<.*\npass\n/)
    expect(run.log).toContain(`::add-mask::${registry.password}`)
    expect(run.log.replaceAll(`::add-mask::${registry.password}`, '')).not.toContain(registry.password)
    expect(run.log).toContain(`Image ${registry.host}/app:1.0 → ${digest}`)
    expect(run.summary).toContain('### Images')
    expect(run.summary).toContain(digest)
    expect(run.summary).toContain('✅ verified')
  }, 60_000)

  it('fails closed with exit 2 when the registry rejects the credentials, naming the host', async () => {
    const run = await runAction(inputs('synthetic-wrong-password'))
    expect(run.code).toBe(2)
    expect(run.log).toContain(`${registry.host} rejected the credentials (HTTP 401)`)
    expect(run.outputs).toMatch(/verdict<<.*\nerror\n/)
  }, 60_000)
})
