// Why no library: the npm OCI clients do not fit. @sigstore/oci exposes no manifest or referrers reads
// and brings make-fetch-happen; @snyk/docker-registry-v2-client is built on needle, has no referrers
// API, no streamed size caps and no Retry-After handling; docker-registry-client is unmaintained. The
// distribution API we need is a handful of GETs, so it sits on Node's fetch with the caps, retries and
// masking this gate needs in one place.
import type { ImageReference } from '../image/reference.js'
import { Limits } from './body.js'
import { type ImageConfig, parseImageConfig } from './config.js'
import { isDigest } from './digest.js'
import { RegistryError, type RegistryOperation } from './errors.js'
import { fetchBlob, type FetchedManifest, fetchManifest, headDigest, notFound } from './fetchers.js'
import type { Descriptor, ImageIndex, ImageManifest, Platform } from './manifest.js'
import { availablePlatforms, DEFAULT_PLATFORM, formatPlatform, selectPlatform } from './platform.js'
import { fetchReferrers, type Referrers } from './referrers.js'
import { parseOrFail } from './responses.js'
import type { RequestStats } from './stats.js'
import { type RegistryClientOptions, RegistryTransport } from './transport.js'

/** An image resolved for one platform: what the reference points to, and the platform's manifest. */
export interface ResolvedImage {
  /** The digest the reference resolves to (an index digest for multi-platform images): what to pin. */
  digest: string
  /** The platform manifest's digest (equals `digest` for a single-platform image). */
  manifestDigest: string
  manifest: ImageManifest
  index?: ImageIndex
  platform?: Platform
}

export interface FetchedConfig {
  digest: string
  bytes: Uint8Array
  config: ImageConfig
}

/**
 * An OCI distribution v2 client for one run, shared by every check. Each manifest (by name and
 * reference; the Accept list is always the same) and each blob is fetched once and shared: concurrent
 * callers get the same promise, failures included, so a dead registry is not asked again and again.
 */
export class RegistryClient {
  readonly transport: RegistryTransport
  private readonly manifests = new Map<string, Promise<FetchedManifest | undefined>>()
  private readonly digests = new Map<string, Promise<string>>()
  private readonly blobs = new Map<string, Promise<Uint8Array>>()
  private readonly referrers = new Map<string, Promise<Referrers>>()
  private readonly referrersApi = new Map<string, Promise<boolean>>()

  constructor(options: RegistryClientOptions = {}) {
    this.transport = new RegistryTransport(options)
  }

  get stats(): RequestStats {
    return this.transport.stats
  }

  /** The manifest or index at `reference` (default: the image's digest, else its tag, else latest). */
  async getManifest(image: ImageReference, reference = defaultReference(image)): Promise<FetchedManifest> {
    const found = await this.findManifest(image, reference)
    if (found) return found
    throw notFound(image, 'fetch manifest', reference)
  }

  /**
   * Like getManifest, but a 404 is `undefined` (a missing `.sig` or fallback tag is not an error). A
   * tag already resolved by resolveDigest is fetched by that digest, so every check sees the same bytes.
   */
  async findManifest(
    image: ImageReference,
    reference: string,
    operation: RegistryOperation = 'fetch manifest'
  ): Promise<FetchedManifest | undefined> {
    const resolved = isDigest(reference) ? reference : await this.digests.get(cacheKey(image, reference))
    const key = cacheKey(image, resolved ?? reference)
    const cached = this.manifests.get(key)
    if (cached) return cached
    const pending = fetchManifest(this.transport, image, resolved ?? reference, operation)
    this.manifests.set(key, pending)
    if (!resolved) {
      // Once the tag's digest is known, a later lookup by that digest shares this fetch.
      pending.then(
        found => found && this.manifests.set(cacheKey(image, found.digest), pending),
        () => undefined
      )
    }
    return pending
  }

  /** Tag → digest: from a manifest already fetched, else one HEAD (Docker Hub does not count it as a pull). */
  async resolveDigest(image: ImageReference): Promise<string> {
    if (image.digest) return image.digest
    const reference = defaultReference(image)
    const key = cacheKey(image, reference)
    if (this.manifests.has(key)) return (await this.getManifest(image, reference)).digest
    let pending = this.digests.get(key)
    if (!pending) {
      pending = headDigest(this.transport, image, reference).then(
        async digest => digest ?? (await this.getManifest(image, reference)).digest
      )
      this.digests.set(key, pending)
    }
    return pending
  }

  /** The image for one platform: an index is resolved to its platform's manifest (default linux/amd64). */
  async resolveImage(image: ImageReference, platform: Platform = DEFAULT_PLATFORM): Promise<ResolvedImage> {
    const top = await this.getManifest(image)
    if (top.manifest.kind === 'manifest') {
      return { digest: top.digest, manifestDigest: top.digest, manifest: top.manifest }
    }
    const context = { image: image.original, operation: 'fetch manifest' as const }
    const entry = selectPlatform(top.manifest, platform)
    if (!entry) {
      const offered = availablePlatforms(top.manifest).join(', ') || 'none'
      throw new RegistryError({
        ...context,
        reason: `the image has no ${formatPlatform(platform)} variant (it has: ${offered})`,
        fix: 'set the platform to one the image is built for'
      })
    }
    const child = await this.getManifest(image, entry.digest)
    if (child.manifest.kind !== 'manifest') {
      throw new RegistryError({
        ...context,
        reason: `malformed index: its ${formatPlatform(platform)} entry is an index, not an image manifest`
      })
    }
    const resolved = { digest: top.digest, manifestDigest: entry.digest, manifest: child.manifest }
    return { ...resolved, index: top.manifest, platform }
  }

  /** The configuration blob a manifest names: at most 8 MiB, digest-verified, parsed. */
  async getConfig(image: ImageReference, manifest: ImageManifest): Promise<FetchedConfig> {
    const bytes = await this.getBlob(image, manifest.config, Limits.config, 'fetch config')
    const context = { image: image.original, operation: 'fetch config' as const }
    const config = parseOrFail(() => parseImageConfig(bytes), context, 'image config')
    return { digest: manifest.config.digest, bytes, config }
  }

  /** A blob, at most `limit` bytes, verified against the descriptor's digest; shared by digest. */
  getBlob(
    image: ImageReference,
    descriptor: Descriptor,
    limit: number,
    operation: RegistryOperation = 'fetch blob'
  ): Promise<Uint8Array> {
    const key = cacheKey(image, descriptor.digest)
    let pending = this.blobs.get(key)
    if (!pending) {
      pending = fetchBlob(this.transport, image, descriptor, limit, operation)
      this.blobs.set(key, pending)
    }
    return pending
  }

  /** The artifacts referring to `digest` (referrers API, else the `sha256-<hex>` tag); shared per digest. */
  listReferrers(image: ImageReference, digest: string, artifactType?: string): Promise<Referrers> {
    const key = `${cacheKey(image, digest)} ${artifactType ?? ''}`
    let pending = this.referrers.get(key)
    if (!pending) {
      pending = this.fetchReferrers(image, digest, artifactType)
      this.referrers.set(key, pending)
    }
    return pending
  }

  /**
   * A registry that answered "no referrers API" once is not asked again: the first lookup per registry
   * decides, the others wait for it. Sound because digests are listed only once they resolved, and a
   * registry with the API answers 200 for a known digest even when nothing refers to it.
   */
  private async fetchReferrers(
    image: ImageReference,
    digest: string,
    artifactType?: string
  ): Promise<Referrers> {
    const find = (reference: string) => this.findManifest(image, reference, 'list referrers')
    const known = this.referrersApi.get(image.registry)
    if (known) return fetchReferrers(this.transport, find, image, digest, artifactType, await known)
    const first = fetchReferrers(this.transport, find, image, digest, artifactType, true)
    this.referrersApi.set(
      image.registry,
      first.then(
        r => r.source === 'api',
        () => true
      )
    )
    return first
  }
}

function defaultReference(image: ImageReference): string {
  return image.digest ?? image.tag ?? 'latest'
}

function cacheKey(image: ImageReference, reference: string): string {
  return `${image.registry}/${image.repository}@${reference}`
}
