import { createHash } from 'node:crypto'
import { putBlob, putManifest, registryFetch } from './registry-fetch.js'
import type { RunningRegistry } from './start-registry.js'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const EMPTY = 'application/vnd.oci.empty.v1+json'
export const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json'
export const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json'

export interface LegacyLayer {
  /** The simple-signing payload bytes (or text). */
  payload: Uint8Array | string
  /** The cosign annotations: `dev.cosignproject.cosign/signature`, certificate, chain, bundle. */
  annotations: Record<string, string>
  mediaType?: string
}

/**
 * A cosign ≤ 2 signature: an OCI manifest at tag `sha256-<hex>.sig` in the image's repository, one
 * layer per signature (signing.md §1a). Returns the `.sig` manifest's digest.
 */
export async function pushLegacySignature(
  registry: RunningRegistry,
  name: string,
  imageDigest: string,
  layers: LegacyLayer[]
): Promise<string> {
  const config = Buffer.from(
    JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: [] } })
  )
  const configDescriptor = {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    ...(await putBlob(registry, name, config))
  }
  const layerDescriptors = []
  for (const layer of layers) {
    const bytes = typeof layer.payload === 'string' ? Buffer.from(layer.payload) : layer.payload
    const blob = await putBlob(registry, name, bytes)
    layerDescriptors.push({
      mediaType: layer.mediaType ?? SIMPLE_SIGNING,
      ...blob,
      annotations: layer.annotations
    })
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: configDescriptor,
    layers: layerDescriptors
  }
  return putManifest(registry, name, `${imageDigest.replace(':', '-')}.sig`, manifest, OCI_MANIFEST)
}

export interface BundleReferrerOptions {
  /** The manifest's artifactType (default the v0.3 bundle type). */
  artifactType?: string
  /** What the fallback index entry claims (default the same; ghcr.io-style writers put the empty type). */
  indexArtifactType?: string
  layerMediaType?: string
  annotations?: Record<string, string>
  /** The subject the referrer names (default the image itself). */
  subjectDigest?: string
}

/**
 * A cosign v3 signature: an OCI manifest with `subject` and artifactType whose layer is the bundle
 * JSON, PUT by digest, listed in the referrers fallback index at tag `sha256-<hex>` (what
 * go-containerregistry writes when the registry has no referrers API, as distribution 2.8).
 */
export async function pushBundleReferrer(
  registry: RunningRegistry,
  name: string,
  imageDigest: string,
  bundle: Uint8Array | string,
  options: BundleReferrerOptions = {}
): Promise<string> {
  const artifactType = options.artifactType ?? BUNDLE_V03
  const subject = await describeManifest(registry, name, options.subjectDigest ?? imageDigest)
  const empty = { mediaType: EMPTY, artifactType, ...(await putBlob(registry, name, Buffer.from('{}'))) }
  const bytes = typeof bundle === 'string' ? Buffer.from(bundle) : bundle
  const layer = { mediaType: options.layerMediaType ?? BUNDLE_V03, ...(await putBlob(registry, name, bytes)) }
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
    ...options.annotations
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType,
    config: empty,
    layers: [layer],
    subject,
    annotations
  }
  const body = Buffer.from(JSON.stringify(manifest))
  const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
  await putManifest(registry, name, digest, body, OCI_MANIFEST)
  await appendToFallbackIndex(registry, name, imageDigest, {
    mediaType: OCI_MANIFEST,
    digest,
    size: body.length,
    artifactType: options.indexArtifactType ?? artifactType
  })
  return digest
}

/** Adds an entry to the `sha256-<hex>` referrers index, creating it when absent. */
export async function appendToFallbackIndex(
  registry: RunningRegistry,
  name: string,
  imageDigest: string,
  entry: object
): Promise<void> {
  const tag = imageDigest.replace(':', '-')
  const existing = await registryFetch(registry, name, `manifests/${tag}`, { headers: { Accept: OCI_INDEX } })
  const index =
    existing.status === 200
      ? ((await existing.json()) as { manifests: object[] })
      : (await existing.body?.cancel(), { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] as object[] })
  index.manifests.push(entry)
  await putManifest(registry, name, tag, index, OCI_INDEX)
}

async function describeManifest(registry: RunningRegistry, name: string, digest: string) {
  const accept = [OCI_MANIFEST, OCI_INDEX, 'application/vnd.docker.distribution.manifest.v2+json'].join(', ')
  const response = await registryFetch(registry, name, `manifests/${digest}`, {
    method: 'HEAD',
    headers: { Accept: accept }
  })
  await response.body?.cancel()
  const size = Number(response.headers.get('content-length'))
  return { mediaType: response.headers.get('content-type') ?? OCI_MANIFEST, digest, size }
}
