import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { parseImageReference } from '../../src/image/reference.js'
import { RegistryClient, RegistryError } from '../../src/registry/index.js'
import { sendJson, startHttpServer, type TestServer } from '../helpers/registry/index.js'

// SYNTHETIC manifests and blobs served from a local HTTP server.
const sha256 = (bytes: string | Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const CONFIG = JSON.stringify({ architecture: 'amd64', os: 'linux', config: { User: 'app', Env: ['A=1'] } })
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: sha256(CONFIG),
    size: CONFIG.length
  },
  layers: []
})

let server: TestServer | undefined
afterEach(() => server?.stop())

/** Serves `/v2/` as open and every other path from `routes` (path → handler). */
async function serve(routes: Record<string, (res: ServerResponse) => void>) {
  server = await startHttpServer((req, res) => {
    if (req.url === '/v2/') return sendJson(res, 200, {})
    const route = routes[req.url ?? '']
    if (route) return route(res)
    sendJson(res, 404, { errors: [{ code: 'NOT_FOUND' }] })
  })
  const client = new RegistryClient({ insecureRegistries: [server.host], retry: { baseDelayMs: 10 } })
  return { client, image: parseImageReference(`${server.host}/app:1`) }
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    e => e
  )
  expect(error).toBeInstanceOf(RegistryError)
  return error as RegistryError
}

/** Streams `chunk` until the client goes away, counting what was written. */
function endless(res: ServerResponse, headers: Record<string, string>, counter: { written: number }) {
  res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json', ...headers })
  const chunk = Buffer.alloc(256 * 1024, 0x20)
  const pump = () => {
    while (!res.destroyed && counter.written < 2 ** 31) {
      counter.written += chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
  }
  res.on('close', () => undefined)
  pump()
}

describe('caps on what is read', () => {
  it('refuses a declared 2 GB manifest without reading it', async () => {
    const counter = { written: 0 }
    const { client, image } = await serve({
      '/v2/app/manifests/1': res => endless(res, { 'Content-Length': String(2 ** 31) }, counter)
    })
    const error = await failure(client.getManifest(image))
    expect(error.message).toMatch(
      /the manifest is larger than the 4 MiB imagegate reads \(2147483648 bytes offered\)/
    )
    expect(counter.written).toBeLessThan(64 * 1024 * 1024)
  })

  it('cuts an undeclared endless body at the cap', async () => {
    const counter = { written: 0 }
    const { client, image } = await serve({ '/v2/app/manifests/1': res => endless(res, {}, counter) })
    const error = await failure(client.getManifest(image))
    expect(error.message).toMatch(/larger than the 4 MiB imagegate reads/)
    expect(counter.written).toBeLessThan(64 * 1024 * 1024)
  })

  it('refuses a config blob whose descriptor declares more than 8 MiB, without a request', async () => {
    const { client, image } = await serve({})
    const manifest = JSON.parse(MANIFEST)
    manifest.config.size = 9 * 1024 * 1024
    const error = await failure(client.getConfig(image, { kind: 'manifest', ...manifest }))
    expect(error.message).toMatch(
      /config blob is larger than the 8 MiB imagegate reads \(9437184 bytes offered\)/
    )
    expect(server!.requests.filter(r => r.path.includes('/blobs/'))).toHaveLength(0)
  })
})

describe('malformed content', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{"schemaVersion": 2,', /malformed manifest: the manifest is not valid JSON/],
    ['a JSON array', '[]', /malformed manifest: the manifest is not a JSON object/],
    ['schema 1', '{"schemaVersion": 1, "fsLayers": []}', /schemaVersion is 1, expected 2/],
    [
      'no layers',
      JSON.stringify({ schemaVersion: 2, config: JSON.parse(MANIFEST).config }),
      /has no "layers" array/
    ],
    [
      'a bad digest',
      JSON.stringify({
        schemaVersion: 2,
        config: { mediaType: 'x', digest: 'sha256:zz', size: 1 },
        layers: []
      }),
      /config\.digest is not a valid digest/
    ],
    [
      'garbage annotations',
      JSON.stringify({ ...JSON.parse(MANIFEST), annotations: { 'a.b': 7 } }),
      /annotations\["a\.b"\] is not a string/
    ],
    [
      'an index without manifests',
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json' }),
      /index has no "manifests" array/
    ]
  ]
  it.each(cases)('%s is a clear error naming the image', async (_name, body, expected) => {
    const { client, image } = await serve({ '/v2/app/manifests/1': res => sendJson(res, 200, body) })
    const error = await failure(client.getManifest(image))
    expect(error.message).toMatch(expected)
    expect(error.message.startsWith(`${image.original}: cannot fetch manifest: malformed manifest:`)).toBe(
      true
    )
    expect(error.stack).toBe(`RegistryError: ${error.message}`)
  })

  it('a config whose fields have the wrong types is malformed', async () => {
    const config = JSON.stringify({ config: { Env: 'A=1' } })
    const manifest = JSON.parse(MANIFEST)
    manifest.config = { ...manifest.config, digest: sha256(config), size: config.length }
    const { client, image } = await serve({
      [`/v2/app/blobs/${sha256(config)}`]: res => sendJson(res, 200, config)
    })
    const error = await failure(client.getConfig(image, { kind: 'manifest', ...manifest }))
    expect(error.message).toMatch(
      /cannot fetch config: malformed image config: config\.config\.Env is not an array of strings/
    )
  })
})

describe('digests', () => {
  it('a manifest fetched by digest must hash to that digest', async () => {
    const wanted = sha256('something else')
    const { client } = await serve({ [`/v2/app/manifests/${wanted}`]: res => sendJson(res, 200, MANIFEST) })
    const error = await failure(client.getManifest(parseImageReference(`${server!.host}/app@${wanted}`)))
    expect(error.message).toContain(
      `digest mismatch: the manifest received hashes to ${sha256(MANIFEST)}, not ${wanted}`
    )
  })

  it('a Docker-Content-Digest that does not match the bytes is a mismatch', async () => {
    const lie = sha256('lie')
    const { client, image } = await serve({
      '/v2/app/manifests/1': res => sendJson(res, 200, MANIFEST, { 'Docker-Content-Digest': lie })
    })
    expect((await failure(client.getManifest(image))).message).toContain(`not ${lie}`)
  })

  it('a config blob must hash to the descriptor digest', async () => {
    const { client, image } = await serve({
      [`/v2/app/blobs/${sha256(CONFIG)}`]: res => sendJson(res, 200, CONFIG.replace('app', 'root'))
    })
    const error = await failure(client.getConfig(image, { kind: 'manifest', ...JSON.parse(MANIFEST) }))
    expect(error.message).toMatch(/cannot fetch config: digest mismatch: the config blob received hashes to/)
  })

  it('tag → digest and manifest → config, each fetched once and shared', async () => {
    const { client, image } = await serve({
      '/v2/app/manifests/1': res =>
        sendJson(res, 200, MANIFEST, { 'Docker-Content-Digest': sha256(MANIFEST) }),
      [`/v2/app/blobs/${sha256(CONFIG)}`]: res => sendJson(res, 200, CONFIG)
    })
    const [a, b] = await Promise.all([client.resolveImage(image), client.resolveImage(image)])
    expect(a.digest).toBe(sha256(MANIFEST))
    expect(await client.resolveDigest(image)).toBe(sha256(MANIFEST))
    await client.getManifest(parseImageReference(`${server!.host}/app@${a.digest}`))
    const configs = await Promise.all([
      client.getConfig(image, a.manifest),
      client.getConfig(image, b.manifest)
    ])
    expect(configs[0].config.config.User).toBe('app')
    expect(client.stats.counts).toMatchObject({ manifestGet: 1, manifestHead: 0, blob: 1, probe: 1 })
  })

  it('a tag resolved by HEAD is then fetched by its digest, so every check sees the same image', async () => {
    const digest = sha256(MANIFEST)
    const { client, image } = await serve({
      '/v2/app/manifests/1': res => sendJson(res, 200, '', { 'Docker-Content-Digest': digest }),
      [`/v2/app/manifests/${digest}`]: res => sendJson(res, 200, MANIFEST)
    })
    expect(await client.resolveDigest(image)).toBe(digest)
    expect((await client.getManifest(image)).digest).toBe(digest)
    expect(server!.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /v2/',
      'HEAD /v2/app/manifests/1',
      `GET /v2/app/manifests/${digest}`
    ])
  })
})
