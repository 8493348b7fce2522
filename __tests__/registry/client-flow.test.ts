import { afterEach, describe, expect, it } from '@jest/globals'
import { parseImageReference } from '../../src/image/reference.js'
import { RegistryClient, RegistryError } from '../../src/registry/index.js'
import { registryBaseUrl } from '../../src/registry/http.js'
import { deadPort, sendJson, startHttpServer, type TestServer } from '../helpers/registry/index.js'

// SYNTHETIC registry, token realm and blob store on local HTTP servers.
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: `sha256:${'b'.repeat(64)}`,
    size: 2
  },
  layers: []
})

const servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.stop()))
})
async function start(handler: Parameters<typeof startHttpServer>[0]): Promise<TestServer> {
  const server = await startHttpServer(handler)
  servers.push(server)
  return server
}

/** A registry that wants a bearer token from its own /token realm; `tokens` counts issued tokens. */
async function tokenRegistry(options: { expiresIn?: number } = {}) {
  let issued = 0
  const server = await start((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const challenge = `Bearer realm="http://${req.headers.host}/token",service="fake"`
    if (url.pathname === '/token') {
      issued++
      return sendJson(res, 200, { token: `synthetic-token-${issued}`, expires_in: options.expiresIn ?? 300 })
    }
    if (req.headers.authorization !== `Bearer synthetic-token-${issued}` || issued === 0) {
      return sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED' }] }, { 'WWW-Authenticate': challenge })
    }
    sendJson(res, 200, MANIFEST, { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' })
  })
  return { server, issued: () => issued }
}

describe('bearer token flow', () => {
  it('probes /v2/ once and fetches one token for concurrent requests to one repository', async () => {
    const { server, issued } = await tokenRegistry()
    const masked: string[] = []
    const client = new RegistryClient({ insecureRegistries: [server.host], mask: s => masked.push(s) })
    const tags = Array.from({ length: 10 }, (_, i) => parseImageReference(`${server.host}/team/app:t${i}`))
    await Promise.all(tags.map(tag => client.getManifest(tag)))
    expect(issued()).toBe(1)
    expect(client.stats.counts).toMatchObject({ probe: 1, token: 1, manifestGet: 10 })
    expect(masked).toEqual(['synthetic-token-1'])
    const tokenRequest = server.requests.find(r => r.path.startsWith('/token'))!
    expect(new URL(tokenRequest.path, 'http://x').searchParams.get('scope')).toBe('repository:team/app:pull')
  })

  it('answers a 401 on a stale token by fetching a fresh one, once', async () => {
    const { server, issued } = await tokenRegistry({ expiresIn: 300 })
    const client = new RegistryClient({ insecureRegistries: [server.host] })
    await client.getManifest(parseImageReference(`${server.host}/app:1`))
    // Another client takes a token: ours is now stale for this fake registry.
    await fetch(`http://${server.host}/token`).then(r => r.text())
    await client.getManifest(parseImageReference(`${server.host}/app:2`))
    expect(issued()).toBe(3)
  })

  it('refuses a plain-HTTP token realm for a registry that is not listed as insecure', async () => {
    const realm = await start((_req, res) => sendJson(res, 200, { token: 'x' }))
    const realmHost = realm.host.replace('127.0.0.1', 'localhost') // another host than the registry's
    const registry = await start((_req, res) =>
      sendJson(res, 401, {}, { 'WWW-Authenticate': `Bearer realm="http://${realmHost}/token",service="s"` })
    )
    const client = new RegistryClient({ insecureRegistries: [registry.host] })
    const error = await client.getManifest(parseImageReference(`${registry.host}/app:1`)).catch(e => e)
    expect(String(error)).toContain(`asks for a token from http://${realmHost}, which is not HTTPS`)
    expect(realm.requests).toHaveLength(0)
  })
})

describe('transport', () => {
  it('follows a blob redirect to another origin without the Authorization header', async () => {
    const config = '{}'
    const digest = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
    const storage = await start((_req, res) => sendJson(res, 200, config))
    const registry = await start((req, res) => {
      if (req.url === '/v2/') return sendJson(res, 401, {}, { 'WWW-Authenticate': 'Basic realm="r"' })
      res.writeHead(307, { Location: `http://${storage.host}/blob?sig=1` })
      res.end()
    })
    const client = new RegistryClient({
      insecureRegistries: [registry.host, storage.host],
      credentials: { [registry.host]: { username: 'u', password: 'synthetic' } }
    })
    const image = parseImageReference(`${registry.host}/app:1`)
    const bytes = await client.getBlob(image, { mediaType: 'x', digest, size: 2 }, 1024)
    expect(Buffer.from(bytes).toString()).toBe(config)
    expect(registry.requests[1].headers.authorization).toMatch(/^Basic /)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
  })

  it('speaks TLS to registries not listed as insecure, and says how to allow plain HTTP', async () => {
    const server = await start((_req, res) => sendJson(res, 200, {}))
    const started = Date.now()
    const error = (await new RegistryClient()
      .getManifest(parseImageReference(`${server.host}/app:1`))
      .catch(e => e)) as RegistryError
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.message).toMatch(
      /TLS connection to 127\.0\.0\.1:\d+ failed .*list it as an insecure registry/
    )
    expect(server.requests).toHaveLength(0)
    expect(Date.now() - started).toBeLessThan(500) // not retried: TLS will not start working
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0
    let peak = 0
    const server = await start((req, res) => {
      if (req.url === '/v2/') return sendJson(res, 200, {})
      inFlight++
      peak = Math.max(peak, inFlight)
      setTimeout(() => {
        inFlight--
        sendJson(res, 200, MANIFEST)
      }, 30)
    })
    const client = new RegistryClient({ insecureRegistries: [server.host], concurrency: 3 })
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.getManifest(parseImageReference(`${server.host}/app:${i}`)))
    )
    expect(peak).toBe(3)
  })

  it('quotes a registry error as one sanitized line: no line breaks, escapes or workflow commands at a line start', async () => {
    const hostile = 'boom\n::error::injected\u001b[31m red\r\n##[warning]x'
    const server = await start((req, res) =>
      sendJson(res, req.url === '/v2/' ? 200 : 403, { errors: [{ code: 'DENIED', message: hostile }] })
    )
    const error = (await new RegistryClient({ insecureRegistries: [server.host] })
      .getManifest(parseImageReference(`${server.host}/app:1`))
      .catch(e => e)) as RegistryError
    expect(error.status).toBe(403)
    expect(error.message).toContain('access denied by')
    expect(error.message).toContain('(registry said: DENIED: boom ::error::injected red ##[warning]x)')
    expect(['\n', '\r', '\u001b'].some(c => error.message.includes(c))).toBe(false)
  })

  it('talks to Docker Hub at registry-1.docker.io, over TLS unless listed', () => {
    expect(registryBaseUrl('docker.io', new Set())).toBe('https://registry-1.docker.io')
    expect(registryBaseUrl('ghcr.io', new Set())).toBe('https://ghcr.io')
    expect(registryBaseUrl('localhost:5000', new Set(['localhost:5000']))).toBe('http://localhost:5000')
  })
})

describe('one registry probe shared by many images', () => {
  it('a failed probe is reported in the words of each image that asked, not the first one', async () => {
    const host = `127.0.0.1:${await deadPort()}`
    const client = new RegistryClient({ insecureRegistries: [host] })
    const [first, second] = (await Promise.all(
      [`${host}/first/app:1`, `${host}/second/app:2`].map(image =>
        client.resolveDigest(parseImageReference(image)).catch(e => e)
      )
    )) as RegistryError[]
    expect(first.message).toMatch(new RegExp(`^${host}/first/app:1: .*unreachable`))
    expect(second.message).toMatch(new RegExp(`^${host}/second/app:2: .*unreachable`))
    expect(second.message).not.toContain('first/app')
  })
})
