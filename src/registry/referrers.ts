import type { ImageReference } from '../image/reference.js'
import { discardBody, Limits } from './body.js'
import { digestTag } from './digest.js'
import { RegistryError } from './errors.js'
import type { FetchedManifest } from './fetchers.js'
import { type Descriptor, parseManifest } from './manifest.js'
import { MediaType } from './media-types.js'
import { parseOrFail, readBody } from './responses.js'
import type { RegistryTransport } from './transport.js'

export interface Referrers {
  /** `api` when the registry implements OCI 1.1 referrers, `tag` for the `sha256-<hex>` fallback index. */
  source: 'api' | 'tag'
  descriptors: Descriptor[]
}

/** Registries without the referrers API answer 404 (the spec), some 400 or 405. */
const UNSUPPORTED = new Set([400, 404, 405, 406])

/**
 * The artifacts that refer to `digest`: the referrers API, else the fallback tag index (distribution
 * 2.8, ghcr.io). With `artifactType`, the API's answer is filtered (by the registry or here); the
 * fallback index is not, because some writers put `application/vnd.oci.empty.v1+json` there instead of
 * the real type: callers must look at each referrer manifest's own artifactType.
 */
export async function fetchReferrers(
  transport: RegistryTransport,
  findManifest: (reference: string) => Promise<FetchedManifest | undefined>,
  image: ImageReference,
  digest: string,
  artifactType: string | undefined,
  useApi: boolean
): Promise<Referrers> {
  const context = { image: image.original, operation: 'list referrers' as const }
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
  const fromApi = !useApi
    ? undefined
    : await transport.request(
        image,
        `referrers/${digest}${query}`,
        'GET',
        context,
        async response => {
          if (UNSUPPORTED.has(response.status)) return void (await discardBody(response))
          if (response.status !== 200) throw await transport.failure(response, image, context)
          const bytes = await readBody(response, Limits.manifest, context, 'referrers index')
          const index = parseOrFail(
            () => parseManifest(bytes, MediaType.ociIndex),
            context,
            'referrers index'
          )
          if (index.kind !== 'index') throw notAnIndex(image, 'the referrers API')
          const filtered = (response.headers.get('oci-filters-applied') ?? '').includes('artifactType')
          const keep = (d: Descriptor) => !artifactType || filtered || d.artifactType === artifactType
          return index.manifests.filter(keep)
        },
        MediaType.ociIndex
      )
  if (fromApi) return { source: 'api', descriptors: fromApi }
  const fallback = await findManifest(digestTag(digest))
  if (!fallback) return { source: 'tag', descriptors: [] }
  if (fallback.manifest.kind !== 'index') throw notAnIndex(image, `the tag ${digestTag(digest)}`)
  return { source: 'tag', descriptors: fallback.manifest.manifests }
}

function notAnIndex(image: ImageReference, where: string): RegistryError {
  return new RegistryError({
    image: image.original,
    operation: 'list referrers',
    reason: `malformed referrers: ${where} holds an image manifest, not an index`
  })
}
