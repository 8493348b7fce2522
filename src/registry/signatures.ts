import { errorMessage } from '../errors.js'
import type { ImageReference } from '../image/reference.js'
import { Limits } from './body.js'
import type { RegistryClient } from './client.js'
import { digestTag } from './digest.js'
import { RegistryError } from './errors.js'
import type { Descriptor, ImageManifest } from './manifest.js'
import { CosignAnnotation, isSigstoreBundleType, MediaType } from './media-types.js'

/** One layer of a cosign `sha256-<hex>.sig` manifest: the signed payload and its annotations. */
export interface LegacySignature {
  format: 'legacy'
  /** Where it came from, for reports: `sha256-ab12….sig layer 1`. */
  source: string
  sigManifestDigest: string
  layer: Descriptor
  /** The simple-signing payload, exactly as stored (the signature is over these bytes). */
  payload: Uint8Array
  /** Base64 DER signature, PEM certificate and chain, Rekor bundle JSON, RFC 3161 JSON: as annotated. */
  signature?: string
  certificate?: string
  chain?: string
  rekorBundle?: string
  rfc3161Timestamp?: string
  annotations: Record<string, string>
}

/** A Sigstore bundle stored as an OCI referrer of the image. */
export interface BundleSignature {
  format: 'bundle'
  /** Where it came from, for reports: `referrer sha256:ab12…`. */
  source: string
  referrerDigest: string
  artifactType?: string
  layer: Descriptor
  /** The bundle JSON, exactly as stored. */
  bundle: Uint8Array
  /** The referrer manifest's annotations (`dev.sigstore.bundle.predicateType`, …). */
  annotations: Record<string, string>
}

/** What was found, and what was skipped with the reason (for the report's "why none verified"). */
export interface SignatureListing<T> {
  signatures: T[]
  skipped: Array<{ digest: string; reason: string }>
}

/** At most this many signature layers or referrers are read per image; more is not a real image. */
export const MAX_SIGNATURES = 32

/** The legacy `.sig` tag's layers; an image without the tag has no legacy signatures. */
export async function listLegacySignatures(
  client: RegistryClient,
  image: ImageReference,
  digest: string
): Promise<SignatureListing<LegacySignature>> {
  const listing: SignatureListing<LegacySignature> = { signatures: [], skipped: [] }
  const tag = digestTag(digest, '.sig')
  const found = await client.findManifest(image, tag, 'list signatures')
  if (!found) return listing
  if (found.manifest.kind !== 'manifest') {
    throw new RegistryError({
      image: image.original,
      operation: 'list signatures',
      reason: `malformed signature: the tag ${tag} holds an index, not a signature manifest`
    })
  }
  for (const [i, layer] of capped(found.manifest.layers, listing).entries()) {
    if (layer.mediaType !== MediaType.cosignSimpleSigning) {
      listing.skipped.push({
        digest: layer.digest,
        reason: `layer media type ${layer.mediaType} is not simple signing`
      })
      continue
    }
    try {
      const payload = await client.getBlob(image, layer, Limits.signatureLayer, 'list signatures')
      const a = layer.annotations ?? {}
      listing.signatures.push({
        format: 'legacy',
        source: `${tag} layer ${i + 1}`,
        sigManifestDigest: found.digest,
        layer,
        payload,
        signature: a[CosignAnnotation.signature],
        certificate: a[CosignAnnotation.certificate],
        chain: a[CosignAnnotation.chain],
        rekorBundle: a[CosignAnnotation.bundle],
        rfc3161Timestamp: a[CosignAnnotation.rfc3161timestamp],
        annotations: a
      })
    } catch (error) {
      skipOrThrow(error, layer.digest, listing)
    }
  }
  return listing
}

/** Sigstore bundles among the image's referrers; other referrers (SBOMs, attestations of other kinds) are skipped. */
export async function listBundleSignatures(
  client: RegistryClient,
  image: ImageReference,
  digest: string
): Promise<SignatureListing<BundleSignature>> {
  const listing: SignatureListing<BundleSignature> = { signatures: [], skipped: [] }
  const referrers = await client.listReferrers(image, digest)
  for (const descriptor of capped(referrers.descriptors, listing)) {
    try {
      const { manifest } = await client.getManifest(image, descriptor.digest)
      const problem = manifest.kind === 'manifest' ? notABundle(manifest, digest) : 'it is an index'
      if (problem) {
        listing.skipped.push({ digest: descriptor.digest, reason: problem })
        continue
      }
      const m = manifest as ImageManifest
      const layer = m.layers.find(l => isSigstoreBundleType(l.mediaType)) ?? m.layers[0]
      const bundle = await client.getBlob(image, layer, Limits.signatureLayer, 'list signatures')
      const signature = { referrerDigest: descriptor.digest, artifactType: m.artifactType, layer, bundle }
      const source = `referrer ${descriptor.digest}`
      listing.signatures.push({ format: 'bundle', source, ...signature, annotations: m.annotations ?? {} })
    } catch (error) {
      skipOrThrow(error, descriptor.digest, listing)
    }
  }
  return listing
}

/** Why a referrer manifest is not a bundle signature of this image, or undefined when it is. */
function notABundle(manifest: ImageManifest, digest: string): string | undefined {
  if (manifest.subject?.digest !== digest)
    return `its subject is ${manifest.subject?.digest ?? 'missing'}, not ${digest}`
  const types = [manifest.artifactType, manifest.config.mediaType, ...manifest.layers.map(l => l.mediaType)]
  if (!types.some(isSigstoreBundleType))
    return `artifact type ${manifest.artifactType ?? 'none'} is not a Sigstore bundle`
  if (manifest.layers.length === 0) return 'it has no layer'
  return undefined
}

function capped<T>(items: T[], listing: SignatureListing<unknown>): T[] {
  if (items.length > MAX_SIGNATURES) {
    listing.skipped.push({
      digest: '',
      reason: `${items.length - MAX_SIGNATURES} more beyond the first ${MAX_SIGNATURES} were not read`
    })
  }
  return items.slice(0, MAX_SIGNATURES)
}

/**
 * One unreadable signature (oversized, digest mismatch, malformed, gone) must not hide the others, so
 * content problems are skipped with their reason; the registry being unreachable or refusing access
 * stops the listing.
 */
function skipOrThrow(error: unknown, digest: string, listing: SignatureListing<unknown>): void {
  if (!(error instanceof RegistryError) || (error.kind !== 'content' && error.status !== 404)) throw error
  listing.skipped.push({ digest, reason: errorMessage(error) })
}
