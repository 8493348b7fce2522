import { afterEach, describe, expect, it } from '@jest/globals'
import { parseImageReference } from '../../src/image/reference.js'
import { RegistryClient } from '../../src/registry/index.js'
import { sendJson, startHttpServer, type TestServer } from '../helpers/registry/index.js'

// SYNTHETIC referrers answers from a local HTTP server.
const SUBJECT = `sha256:${'1'.repeat(64)}`
const OTHER = `sha256:${'2'.repeat(64)}`
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const entry = (digest: string, artifactType: string) => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest,
  size: 10,
  artifactType
})
const REFERRERS = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    entry(`sha256:${'a'.repeat(64)}`, BUNDLE),
    entry(`sha256:${'b'.repeat(64)}`, 'application/spdx+json')
  ]
}

let server: TestServer | undefined
afterEach(() => server?.stop())

describe('referrers API', () => {
  it('uses the API when the registry has it, filtering by artifactType when the registry did not', async () => {
    server = await startHttpServer((req, res) => {
      if (req.url === '/v2/') return sendJson(res, 200, {})
      if (req.url?.startsWith('/v2/app/referrers/')) return sendJson(res, 200, REFERRERS)
      sendJson(res, 404, {})
    })
    const client = new RegistryClient({ insecureRegistries: [server.host] })
    const image = parseImageReference(`${server.host}/app:1`)
    const all = await client.listReferrers(image, SUBJECT)
    expect(all).toMatchObject({ source: 'api', descriptors: REFERRERS.manifests })
    const bundles = await client.listReferrers(image, SUBJECT, BUNDLE)
    expect(bundles.descriptors.map(d => d.artifactType)).toEqual([BUNDLE])
    expect(server.requests.map(r => r.path)).toContain(
      `/v2/app/referrers/${SUBJECT}?artifactType=${encodeURIComponent(BUNDLE)}`
    )
  })

  it('trusts OCI-Filters-Applied: a filtered answer is taken as is', async () => {
    server = await startHttpServer((req, res) =>
      req.url === '/v2/'
        ? sendJson(res, 200, {})
        : sendJson(res, 200, REFERRERS, { 'OCI-Filters-Applied': 'artifactType' })
    )
    const client = new RegistryClient({ insecureRegistries: [server.host] })
    const listed = await client.listReferrers(parseImageReference(`${server.host}/app:1`), SUBJECT, BUNDLE)
    expect(listed.descriptors).toHaveLength(2)
  })

  it('after one 404 from the API, later lookups on that registry go straight to the fallback tag', async () => {
    server = await startHttpServer((req, res) => {
      if (req.url === '/v2/') return sendJson(res, 200, {})
      if (req.url === `/v2/app/manifests/${OTHER.replace(':', '-')}`) return sendJson(res, 200, REFERRERS)
      sendJson(res, 404, '404 page not found')
    })
    const client = new RegistryClient({ insecureRegistries: [server.host] })
    const image = parseImageReference(`${server.host}/app:1`)
    const [first, second] = await Promise.all([
      client.listReferrers(image, SUBJECT),
      client.listReferrers(image, OTHER)
    ])
    expect(first).toEqual({ source: 'tag', descriptors: [] })
    expect(second.descriptors).toHaveLength(2)
    expect(server.requests.filter(r => r.path.includes('/referrers/'))).toHaveLength(1)
  })

  it('a fallback tag that holds an image manifest is malformed', async () => {
    const manifest = { schemaVersion: 2, config: REFERRERS.manifests[0], layers: [] }
    server = await startHttpServer((req, res) =>
      req.url?.includes('/manifests/')
        ? sendJson(res, 200, manifest)
        : sendJson(res, req.url === '/v2/' ? 200 : 404, {})
    )
    const client = new RegistryClient({ insecureRegistries: [server.host] })
    await expect(client.listReferrers(parseImageReference(`${server.host}/app:1`), SUBJECT)).rejects.toThrow(
      /cannot list referrers: malformed referrers: the tag sha256-1+ holds an image manifest, not an index/
    )
  })
})
