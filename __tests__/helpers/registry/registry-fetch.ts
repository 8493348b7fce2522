import type { RunningRegistry } from './start-registry.js'

/**
 * The test side's own minimal authenticated fetch (push and pull as the test account), independent of
 * the client under test: Basic for htpasswd, a token from the realm for token auth.
 */
export async function registryFetch(
  registry: RunningRegistry,
  name: string,
  path: string,
  init: RequestInit = {}
): Promise<Response> {
  const headers = new Headers(init.headers)
  const basic = Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
  if (registry.auth === 'basic') headers.set('Authorization', `Basic ${basic}`)
  if (registry.auth === 'token' && registry.tokenServer) {
    const realm = new URL(registry.tokenServer.realm)
    realm.searchParams.set('service', registry.tokenServer.service)
    realm.searchParams.set('scope', `repository:${name}:pull,push`)
    const answer = await fetch(realm, { headers: { Authorization: `Basic ${basic}` } })
    const { token } = (await answer.json()) as { token: string }
    headers.set('Authorization', `Bearer ${token}`)
  }
  const url = path.startsWith('http') ? path : `http://${registry.host}/v2/${name}/${path}`
  return fetch(url, { ...init, headers })
}

/** Uploads a blob (monolithic POST then PUT) and returns its descriptor parts. */
export async function putBlob(
  registry: RunningRegistry,
  name: string,
  bytes: Uint8Array
): Promise<{ digest: string; size: number }> {
  const { createHash } = await import('node:crypto')
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  const start = await registryFetch(registry, name, 'blobs/uploads/', { method: 'POST' })
  await start.body?.cancel()
  const location = start.headers.get('location')
  if (start.status !== 202 || !location) throw new Error(`blob upload start: HTTP ${start.status}`)
  const url = new URL(location, `http://${registry.host}`)
  url.searchParams.set('digest', digest)
  const put = await registryFetch(registry, name, url.href, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: Buffer.from(bytes)
  })
  await put.body?.cancel()
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`)
  return { digest, size: bytes.length }
}

/** PUTs a manifest or index (object or exact bytes) at a tag or digest; returns its digest. */
export async function putManifest(
  registry: RunningRegistry,
  name: string,
  reference: string,
  manifest: object | Uint8Array,
  mediaType: string
): Promise<string> {
  const body = manifest instanceof Uint8Array ? manifest : Buffer.from(JSON.stringify(manifest))
  const response = await registryFetch(registry, name, `manifests/${reference}`, {
    method: 'PUT',
    headers: { 'Content-Type': mediaType },
    body: Buffer.from(body)
  })
  const text = await response.text()
  if (response.status !== 201) throw new Error(`manifest PUT ${reference}: HTTP ${response.status} ${text}`)
  return response.headers.get('docker-content-digest') ?? ''
}
