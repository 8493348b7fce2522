import type { ImageReference } from '../image/reference.js'
import { discardBody, Limits } from './body.js'
import { digestOf, isDigest } from './digest.js'
import { RegistryError, type RegistryOperation } from './errors.js'
import { statusError } from './http.js'
import { type Descriptor, type Manifest, parseManifest } from './manifest.js'
import { ACCEPT_ANY_MANIFEST } from './media-types.js'
import { oversized, parseOrFail, readBody, verifyDigest } from './responses.js'
import type { RegistryTransport } from './transport.js'

/** A manifest or index as received: its digest (verified over the bytes), the bytes and the parse. */
export interface FetchedManifest {
  digest: string
  bytes: Uint8Array
  manifest: Manifest
}

/**
 * GET a manifest (undefined on 404). The digest is computed over the bytes received: it must equal
 * the digest asked for, and the `Docker-Content-Digest` the registry announced.
 */
export function fetchManifest(
  transport: RegistryTransport,
  image: ImageReference,
  reference: string,
  operation: RegistryOperation
): Promise<FetchedManifest | undefined> {
  const context = { image: image.original, operation }
  const path = `manifests/${reference}`
  return transport.request(
    image,
    path,
    'GET',
    context,
    async response => {
      if (response.status === 404) return void (await discardBody(response))
      if (response.status !== 200) throw await transport.failure(response, image, context)
      const bytes = await readBody(response, Limits.manifest, context, 'manifest')
      const digest = isDigest(reference)
        ? verifyDigest(bytes, reference, context, 'manifest')
        : digestOf(bytes)
      const announced = response.headers.get('docker-content-digest')
      if (announced?.startsWith('sha256:') && isDigest(announced))
        verifyDigest(bytes, announced, context, 'manifest')
      const contentType = response.headers.get('content-type') ?? undefined
      const manifest = parseOrFail(() => parseManifest(bytes, contentType), context, 'manifest')
      return { digest, bytes, manifest }
    },
    ACCEPT_ANY_MANIFEST
  )
}

/** HEAD a manifest for its digest; undefined when the registry does not announce one. */
export function headDigest(
  transport: RegistryTransport,
  image: ImageReference,
  reference: string
): Promise<string | undefined> {
  const context = { image: image.original, operation: 'resolve digest' as const }
  return transport.request(
    image,
    `manifests/${reference}`,
    'HEAD',
    context,
    async response => {
      await discardBody(response)
      if (response.status === 404) throw notFound(image, 'resolve digest', reference)
      if (response.status !== 200) throw statusError(response.status, image.registry, context)
      const digest = response.headers.get('docker-content-digest')
      return digest && isDigest(digest) ? digest : undefined
    },
    ACCEPT_ANY_MANIFEST
  )
}

/** GET a blob, at most `limit` bytes (a larger declared size is refused unread), digest-verified. */
export async function fetchBlob(
  transport: RegistryTransport,
  image: ImageReference,
  descriptor: Descriptor,
  limit: number,
  operation: RegistryOperation
): Promise<Uint8Array> {
  const context = { image: image.original, operation }
  const what = operation === 'fetch config' ? 'config blob' : 'blob'
  if (descriptor.size > limit) throw oversized(context, what, limit, descriptor.size)
  return transport.request(image, `blobs/${descriptor.digest}`, 'GET', context, async response => {
    if (response.status !== 200) throw await transport.failure(response, image, context)
    const bytes = await readBody(response, limit, context, what)
    verifyDigest(bytes, descriptor.digest, context, what)
    return bytes
  })
}

export function notFound(
  image: ImageReference,
  operation: RegistryOperation,
  reference: string
): RegistryError {
  const what = isDigest(reference) ? `digest ${reference}` : `tag "${reference}"`
  return new RegistryError({
    image: image.original,
    operation,
    status: 404,
    reason: `${image.registry}/${image.repository} has no manifest for ${what} (HTTP 404)`,
    fix: 'check the image name and tag, and that it was pushed'
  })
}
