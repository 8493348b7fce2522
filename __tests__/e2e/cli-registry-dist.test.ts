// The CLI bundle end to end against a real docker-registry on 127.0.0.1: SYNTHETIC images built with
// umoci, signed in the test with generated keys; stub trivy/grype on PATH log what they were given.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot } from '../helpers/node-binaries.js'
import {
  buildImage,
  deadPort,
  describeWithRegistry,
  pushImage,
  pushLegacySignature,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'
import { legacyLayer, pem } from '../helpers/registry/signing.js'

const cliBundle = path.join(repoRoot, 'dist', 'cli', 'index.js')
const stubs = path.join(repoRoot, '__tests__', 'fixtures', 'stub-scanners')
const reports = path.join(repoRoot, '__tests__', 'fixtures', 'e2e-scan')
const release = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

// The scanners run (stubs replay a report with findings), but this test is about the image itself.
const POLICY = `version: 1
images:
  tags: { requireDigest: true }
vulnerabilities: { scanners: [trivy, grype], failOn: none, secretsFailOn: none, failOnKnownExploited: false }
signatures:
  required: true
  authorities:
    - name: release
      key: { path: cosign.pub }
`

interface Report {
  verdict: string
  findings: Array<{ check: string; rule: string; blocking: boolean; message: string }>
  imageDetails?: Array<{ image: string; digest?: string; signature?: { status: string; summary: string } }>
}

/** Async, so the registry in this process keeps answering while the CLI runs. */
function runCli(dir: string, args: string[], log: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>(resolve => {
    const started = Date.now()
    const home = mkdtempSync(path.join(tmpdir(), 'imagegate-home-'))
    const child = spawn(
      process.execPath,
      [cliBundle, 'check', '--policy', 'imagegate.yml', '--format', 'json', ...args],
      {
        cwd: dir,
        env: {
          PATH: `${stubs}${path.delimiter}${process.env.PATH}`,
          HOME: home,
          XDG_CACHE_HOME: path.join(home, '.cache'),
          NO_COLOR: '1',
          DOCKER_CONFIG: dir,
          IMAGEGATE_CHILD_ENV: 'IMAGEGATE_STUB_LOG,IMAGEGATE_STUB_TRIVY_REPORT,IMAGEGATE_STUB_GRYPE_REPORT',
          IMAGEGATE_STUB_LOG: log,
          IMAGEGATE_STUB_TRIVY_REPORT: path.join(reports, 'trivy.json'),
          IMAGEGATE_STUB_GRYPE_REPORT: path.join(reports, 'grype.json')
        }
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('close', code => resolve({ code, stdout, stderr, ms: Date.now() - started }))
  })
}

describeWithRegistry('dist/cli/index.js against a real registry', () => {
  let registry: RunningRegistry
  let dir: string
  let log: string
  const digests: Record<string, string> = {}

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' })
    dir = mkdtempSync(path.join(tmpdir(), 'imagegate-cli-registry-'))
    log = path.join(dir, 'scanners.log')
    writeFileSync(path.join(dir, 'cosign.pub'), pem(release.publicKey))
    writeFileSync(path.join(dir, 'imagegate.yml'), POLICY)
    // docker login's config.json: the CLI's credentials, never printed.
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }))
    const repo = `${registry.host}/app`
    digests.latest = await pushImage(
      registry,
      await buildImage({ env: ['API_TOKEN=ghp_synthetic000000000000000000000000000000'] }),
      'app',
      ['latest']
    )
    digests.signed = await pushImage(registry, await buildImage({ user: '1000' }), 'app', ['1.0'])
    await pushLegacySignature(registry, 'app', digests.signed, [
      legacyLayer(repo, digests.signed, release.privateKey)
    ])
    digests.other = await pushImage(registry, await buildImage({ user: '1001' }), 'app', ['1.1'])
    await pushLegacySignature(registry, 'app', digests.other, [
      legacyLayer(repo, digests.other, stranger.privateKey)
    ])
  }, 180_000)
  afterAll(() => registry?.stop())

  const check = (image: string) =>
    runCli(dir, ['--image', image, '--insecure-registry', registry.host], log).then(r => ({
      ...r,
      report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined
    }))

  it('an unsigned :latest root image with a token in ENV fails with distinct findings for its tag, signature, user and secret', async () => {
    const { code, report, stderr } = await check(`${registry.host}/app:latest`)
    expect(code).toBe(1)
    const blocking = report?.findings.filter(f => f.blocking).map(f => `${f.check}/${f.rule}`)
    expect(blocking?.sort()).toEqual(['image-config/IG402', 'pinning/IG101', 'signatures/IG300'])
    // Root and the secret in ENV are reported from the image's config, the token by name only.
    expect(report?.findings.filter(f => f.check === 'image-config').map(f => f.rule)).toContain('IG401')
    expect(report?.findings.find(f => f.rule === 'IG402')?.message).toContain('in ENV API_TOKEN')
    expect(JSON.stringify(report)).not.toContain('ghp_synthetic')
    expect(report?.findings.find(f => f.rule === 'IG103')?.message).toContain(
      `pin it as ${registry.host}/app:latest@${digests.latest}`
    )
    expect(stderr + JSON.stringify(report)).not.toContain(registry.password)
  }, 60_000)

  it('a signed non-root :1.0 passes, and the scanners were given name@sha256', async () => {
    writeFileSync(log, '')
    const { code, report } = await check(`${registry.host}/app:1.0@${digests.signed}`)
    expect(report?.findings.filter(f => f.blocking)).toEqual([])
    expect(code).toBe(0)
    expect(report?.imageDetails?.[0]).toMatchObject({
      digest: digests.signed,
      signature: { status: 'verified' }
    })
    const scanned = readFileSync(log, 'utf8')
    expect(scanned).toContain(`${registry.host}/app@${digests.signed}`)
    expect(scanned).not.toContain('app:1.0')
  }, 60_000)

  it('an image signed by another key fails on its signature, with the reason', async () => {
    const { code, report } = await check(`${registry.host}/app:1.1`)
    expect(code).toBe(1)
    const signature = report?.findings.find(f => f.check === 'signatures')
    expect(signature).toMatchObject({ rule: 'IG301', blocking: true })
    expect(signature?.message).toContain('release: bad-signature')
  }, 60_000)
})

describe('dist/cli/index.js with a dead registry port', () => {
  it('fails closed (exit 2) within seconds, naming the image and the host', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-cli-dead-'))
    writeFileSync(path.join(dir, 'cosign.pub'), pem(release.publicKey))
    writeFileSync(path.join(dir, 'imagegate.yml'), POLICY)
    const host = `127.0.0.1:${await deadPort()}`
    const { code, stderr, ms } = await runCli(
      dir,
      ['--image', `${host}/app:1.0`, '--insecure-registry', host],
      path.join(dir, 'log')
    )
    expect(code).toBe(2)
    expect(stderr).toContain(
      `${host}/app:1.0: cannot fetch manifest: registry at ${host} unreachable (connection refused)`
    )
    expect(ms).toBeLessThan(8000)
  }, 30_000)
})
