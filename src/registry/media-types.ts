/** Media types the client reads (OCI image spec and Docker's schema 2). */
export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  sigstoreBundleV03: 'application/vnd.dev.sigstore.bundle.v0.3+json'
} as const

export const MANIFEST_TYPES: readonly string[] = [MediaType.ociManifest, MediaType.dockerManifest]
export const INDEX_TYPES: readonly string[] = [MediaType.ociIndex, MediaType.dockerManifestList]

/** Accept for a manifest GET/HEAD: every manifest and index type we can read. */
export const ACCEPT_ANY_MANIFEST = [...MANIFEST_TYPES, ...INDEX_TYPES].join(', ')

/** Bundle media types: v0.3 has its own type, v0.1 and v0.2 a version parameter. */
export function isSigstoreBundleType(mediaType: string | undefined): boolean {
  if (!mediaType) return false
  return (
    mediaType === MediaType.sigstoreBundleV03 ||
    /^application\/vnd\.dev\.sigstore\.bundle(?:\.v0\.\d+)?\+json(?:;\s*version=0\.\d+)?$/.test(mediaType)
  )
}

/** Cosign's legacy layer annotations (signing.md §1a). */
export const CosignAnnotation = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
} as const
