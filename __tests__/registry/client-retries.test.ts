import { afterEach, describe, expect, it } from '@jest/globals'
import { parseImageReference } from '../../src/image/reference.js'
import { RegistryClient, RegistryError } from '../../src/registry/index.js'
import { backoffDelay, DEFAULT_RETRY, nextDelay, parseRetryAfter } from '../../src/registry/retry.js'
import { sendJson, startHttpServer, type TestServer } from '../helpers/registry/index.js'

// SYNTHETIC registry answers from a local HTTP server.
const MANIFEST = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: `sha256:${'a'.repeat(64)}`,
    size: 2
  },
  layers: []
}

let server: TestServer | undefined
afterEach(() => server?.stop())

function clientFor(host: string, options: ConstructorParameters<typeof RegistryClient>[0] = {}) {
  return new RegistryClient({ insecureRegistries: [host], retry: { baseDelayMs: 20 }, ...options })
}
const manifestRequests = () => server!.requests.filter(r => r.path.includes('/manifests/'))

describe('retries', () => {
  it('waits for Retry-After on 429, then succeeds', async () => {
    let calls = 0
    server = await startHttpServer((req, res) => {
      if (req.url === '/v2/') return sendJson(res, 200, {})
      if (calls++ === 0)
        return sendJson(res, 429, { errors: [{ code: 'TOOMANYREQUESTS' }] }, { 'Retry-After': '1' })
      sendJson(res, 200, MANIFEST)
    })
    const started = Date.now()
    const fetched = await clientFor(server.host).getManifest(parseImageReference(`${server.host}/app:1`))
    expect(fetched.manifest.kind).toBe('manifest')
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(manifestRequests()).toHaveLength(2)
  })

  it('retries a 503 and succeeds on the next answer', async () => {
    let calls = 0
    server = await startHttpServer((req, res) => {
      if (req.url === '/v2/') return sendJson(res, 200, {})
      if (calls++ === 0) return sendJson(res, 503, 'down')
      sendJson(res, 200, MANIFEST)
    })
    await clientFor(server.host).getManifest(parseImageReference(`${server.host}/app:1`))
    expect(manifestRequests()).toHaveLength(2)
  })

  it('gives up after the attempts with a 5xx message naming the image', async () => {
    server = await startHttpServer((req, res) => sendJson(res, req.url === '/v2/' ? 200 : 502, 'bad gateway'))
    const error = (await clientFor(server.host)
      .getManifest(parseImageReference(`${server.host}/app:1`))
      .catch(e => e)) as RegistryError
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.status).toBe(502)
    expect(error.message).toBe(
      `${server.host}/app:1: cannot fetch manifest: ${server.host} failed with HTTP 502; the registry is having problems; retry later`
    )
    expect(manifestRequests()).toHaveLength(DEFAULT_RETRY.attempts)
  })

  it('does not wait for a Retry-After beyond the budget: fails at once with the 429', async () => {
    server = await startHttpServer((req, res) =>
      req.url === '/v2/' ? sendJson(res, 200, {}) : sendJson(res, 429, {}, { 'Retry-After': '3600' })
    )
    const started = Date.now()
    const error = (await clientFor(server.host)
      .resolveDigest(parseImageReference(`${server.host}/app:1`))
      .catch(e => e)) as RegistryError
    expect(Date.now() - started).toBeLessThan(1000)
    expect(error.status).toBe(429)
    expect(error.message).toMatch(/rate limited .*authenticate to raise the limit/)
  })

  it('does not retry a 404', async () => {
    server = await startHttpServer((req, res) =>
      sendJson(res, req.url === '/v2/' ? 200 : 404, {
        errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }]
      })
    )
    const error = (await clientFor(server.host)
      .getManifest(parseImageReference(`${server.host}/app:1`))
      .catch(e => e)) as RegistryError
    expect(error.status).toBe(404)
    expect(error.message).toContain(`has no manifest for tag "1"`)
    expect(manifestRequests()).toHaveLength(1)
  })
})

describe('timeouts', () => {
  it('a hung registry fails within the timeout, once, without retrying', async () => {
    server = await startHttpServer(req => {
      if (req.url === '/v2/') return
    })
    const started = Date.now()
    const error = (await clientFor(server.host, { timeoutMs: 300 })
      .getManifest(parseImageReference(`${server.host}/app:1`))
      .catch(e => e)) as RegistryError
    expect(Date.now() - started).toBeLessThan(1500)
    expect(error.message).toContain(`${server.host} did not answer within 0.3 s`)
    expect(server.requests).toHaveLength(1)
  })

  it('a body that stalls halfway also times out', async () => {
    server = await startHttpServer((req, res) => {
      if (req.url === '/v2/') return sendJson(res, 200, {})
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
      res.write('{"schemaVersion": 2,')
    })
    const started = Date.now()
    const error = await clientFor(server.host, { timeoutMs: 400 })
      .getManifest(parseImageReference(`${server.host}/app:1`))
      .catch(e => e)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(String(error)).toContain('did not answer within 0.4 s')
  })
})

describe('retry arithmetic', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
  })

  it('backs off exponentially with jitter inside [ceiling/2, ceiling], capped', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 }
    expect(backoffDelay(0, policy, () => 0)).toBe(50)
    expect(backoffDelay(2, policy, () => 1)).toBe(400)
    expect(backoffDelay(10, policy, () => 1)).toBe(1000)
  })

  it('stops when the attempts or the budget run out', () => {
    expect(nextDelay(DEFAULT_RETRY.attempts - 1, undefined, 0, DEFAULT_RETRY)).toBeUndefined()
    expect(nextDelay(0, 5000, DEFAULT_RETRY.budgetMs - 1000, DEFAULT_RETRY)).toBeUndefined()
    expect(nextDelay(0, 500, 0, DEFAULT_RETRY)).toBe(500)
  })
})
