#!/usr/bin/env node
// The registry issue's bench target, measured against a real registry on this machine:
//   resolve 50 images (tag → digest, manifest, config) with one client in under 2 s, with no more than
//   one manifest request per image and check.
// Setup (not timed): Debian's docker-registry (distribution 2.8) with token auth served by the test
// token realm, 50 SYNTHETIC umoci images pushed by skopeo, each with a legacy `.sig` and a bundle
// referrer, both signed with a generated key (SYNTHETIC).
// Timed, per run with a fresh client (cold caches, as at the start of a gate run):
//   1. prepare: resolveImage + getConfig for the 50 images at once;
//   2. checks: pinning (resolveDigest), image config (getConfig) and signature discovery (.sig layers
//      and bundle referrers) for the 50 images, on the same client: manifests and configs are shared.
//   3. the gate: runGate with a policy that requires digests and a key signature, on the 50 images with
//      a fresh client: one resolution per image, pinning suggestions, both signatures listed and verified.
// Usage: npm run bench:registry   (compiles to lib/ first; needs docker-registry, umoci, skopeo, openssl)
// Env: BENCH_IMAGES (50), BENCH_RUNS (5), BENCH_AUTH (token | basic | none), BENCH_CONCURRENCY.
import { performance } from 'node:perf_hooks'
import { parseImageReference } from '../lib/src/image/reference.js'
import { listBundleSignatures, listLegacySignatures, RegistryClient } from '../lib/src/registry/index.js'
import { buildImage } from '../lib/__tests__/helpers/registry/images.js'
import { pushImage } from '../lib/__tests__/helpers/registry/push.js'
import {
  pushBundleReferrer,
  pushLegacySignature
} from '../lib/__tests__/helpers/registry/signature-artifacts.js'
import { startRegistry } from '../lib/__tests__/helpers/registry/start-registry.js'
import { keyBundle, legacyLayer, pem } from '../lib/__tests__/helpers/registry/signing.js'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runGate } from '../lib/src/gate.js'
import { loadPolicyFile } from '../lib/src/policy/load.js'

const IMAGES = Number(process.env.BENCH_IMAGES ?? 50)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const AUTH = process.env.BENCH_AUTH ?? 'token'
const CONCURRENCY = process.env.BENCH_CONCURRENCY ? Number(process.env.BENCH_CONCURRENCY) : undefined
const TARGET_MS = 2000

const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const registry = await startRegistry({ auth: AUTH })
try {
  const setupStart = performance.now()
  const names = Array.from({ length: IMAGES }, (_, i) => `bench/app-${i}`)
  const digests = []
  for (let i = 0; i < IMAGES; i += 5) {
    const batch = names.slice(i, i + 5).map(async (name, j) => {
      const layout = await buildImage({
        user: '1000',
        env: [`BENCH_IMAGE=${i + j}`],
        labels: { 'org.opencontainers.image.revision': `r${i + j}` }
      })
      const digest = await pushImage(registry, layout, name, ['1.0'])
      await pushLegacySignature(registry, name, digest, [
        legacyLayer(`${registry.host}/${name}`, digest, key.privateKey)
      ])
      await pushBundleReferrer(registry, name, digest, keyBundle(digest, key))
      return digest
    })
    digests.push(...(await Promise.all(batch)))
  }
  console.log(
    `setup: ${IMAGES} images pushed with a .sig and a bundle referrer each in ${((performance.now() - setupStart) / 1000).toFixed(1)} s (not timed)`
  )

  const references = names.map(name => parseImageReference(`${registry.host}/${name}:1.0`))
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    const client = freshClient()
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    const resolved = await Promise.all(
      references.map(async image => {
        const r = await client.resolveImage(image)
        await client.getConfig(image, r.manifest)
        return r
      })
    )
    const prepareMs = performance.now() - start
    const cpu = process.cpuUsage(cpuStart)
    const prepareCpuMs = (cpu.user + cpu.system) / 1000
    const prepared = { ...client.stats.counts }
    resolved.forEach((r, i) => {
      if (r.digest !== digests[i])
        throw new Error(`${names[i]} resolved to ${r.digest}, pushed ${digests[i]}`)
    })
    let signatures = 0
    await Promise.all(
      references.map(async (image, i) => {
        const digest = await client.resolveDigest(image) // pinning
        await client.getConfig(image, resolved[i].manifest) // image config
        const [legacy, bundles] = await Promise.all([
          listLegacySignatures(client, image, digest),
          listBundleSignatures(client, image, digest)
        ])
        signatures += legacy.signatures.length + bundles.signatures.length
      })
    )
    const totalMs = performance.now() - start
    if (signatures !== 2 * IMAGES) throw new Error(`found ${signatures} signatures, expected ${2 * IMAGES}`)
    runs.push({
      prepareMs,
      prepareCpuMs,
      totalMs,
      prepared,
      all: { ...client.stats.counts },
      requests: client.stats.total
    })
  }

  const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const fmt = ms => `${ms.toFixed(0)} ms`
  const prepare = runs.map(r => r.prepareMs)
  const total = runs.map(r => r.totalMs)
  const last = runs[runs.length - 1]
  const perImage = n => (n / IMAGES).toFixed(2)
  console.log(
    `runs: ${RUNS}, images: ${IMAGES}, one client per run (cold caches), ${AUTH} auth, concurrency ${CONCURRENCY ?? 'default (8)'}`
  )
  console.log(
    `prepare (tag → digest + manifest + config): median ${fmt(median(prepare))} (min ${fmt(Math.min(...prepare))}, max ${fmt(Math.max(...prepare))})`
  )
  const cpuNote = AUTH === 'token' ? ' (the token realm runs in this process too)' : ''
  console.log(
    `  CPU of this process (client): median ${fmt(median(runs.map(r => r.prepareCpuMs)))}${cpuNote}`
  )
  console.log(
    `  requests per image: image manifest GET ${perImage(last.prepared.manifestGet)}, config blob ${perImage(last.prepared.blob)}, token ${perImage(last.prepared.token)}; registry probe ${last.prepared.probe} in all`
  )
  console.log(
    `prepare + checks (pinning, image config, .sig and bundle-referrer discovery): median ${fmt(median(total))} (min ${fmt(Math.min(...total))}, max ${fmt(Math.max(...total))})`
  )
  const a = last.all
  const imageManifests = last.prepared.manifestGet
  console.log(
    `  image manifest GETs: ${perImage(imageManifests)} per image for all checks (HEAD ${perImage(a.manifestHead)}); signature tags (.sig, sha256-<hex>) ${perImage(a.artifactGet)}, referrers API ${perImage(a.referrers)}, referrer manifests ${perImage(a.manifestGet - imageManifests)}, blobs ${perImage(a.blob)}; ${perImage(last.requests)} requests per image in all`
  )
  const gate = await benchGate(references)
  console.log(
    `gate (resolve once + pinning + signatures: list and verify .sig and bundle): median ${fmt(median(gate.map(g => g.ms)))} (min ${fmt(Math.min(...gate.map(g => g.ms)))}, max ${fmt(Math.max(...gate.map(g => g.ms)))})`
  )
  const g = gate[gate.length - 1]
  console.log(
    `  ${g.verified}/${IMAGES} images verified; image manifest GETs ${perImage(g.counts.manifestGet - g.referrerManifests)} per image (HEAD ${perImage(g.counts.manifestHead)}), referrer manifests ${perImage(g.referrerManifests)}, signature tags ${perImage(g.counts.artifactGet)}, blobs ${perImage(g.counts.blob)}; ${perImage(g.total)} requests per image in all`
  )
  const gateOk =
    median(gate.map(r => r.ms)) < TARGET_MS &&
    g.verified === IMAGES &&
    g.counts.manifestGet - g.referrerManifests <= IMAGES &&
    g.counts.manifestHead === 0
  const ok = median(prepare) < TARGET_MS && imageManifests <= IMAGES && a.manifestHead === 0 && gateOk
  console.log(
    `target: prepare and gate < ${TARGET_MS} ms, every image verified, ≤ 1 manifest request per image and check: ${ok ? 'met' : 'NOT met'}`
  )
  process.exitCode = ok ? 0 : 1
} finally {
  await registry.stop()
}

/** One client per run: cold caches, as at the start of a gate run. */
function freshClient() {
  return new RegistryClient({
    insecureRegistries: [registry.host],
    concurrency: CONCURRENCY,
    credentials: { [registry.host]: { username: registry.username, password: registry.password } }
  })
}

/** Phase 3: the whole gate (no scanners), a fresh client per run. */
async function benchGate(references) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-bench-gate-'))
  writeFileSync(path.join(dir, 'cosign.pub'), pem(key.publicKey))
  writeFileSync(
    path.join(dir, 'imagegate.yml'),
    'version: 1\nimages: { tags: { requireDigest: true } }\nvulnerabilities: { scanners: [] }\n' +
      'signatures: { required: true, authorities: [ { name: bench, key: { path: cosign.pub } } ] }\n'
  )
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    const client = freshClient()
    const start = performance.now()
    const result = await runGate({
      policy: await loadPolicyFile(path.join(dir, 'imagegate.yml')),
      workingDirectory: dir,
      dockerfilePatterns: [],
      images: references.map(r => r.original),
      services: { registry: client }
    })
    const ms = performance.now() - start
    const verified = (result.imageDetails ?? []).filter(d => d.signature?.status === 'verified').length
    // Each image has one bundle referrer, fetched by digest: a manifest GET that is not the image's.
    runs.push({
      ms,
      verified,
      counts: { ...client.stats.counts },
      referrerManifests: IMAGES,
      total: client.stats.total
    })
  }
  return runs
}
