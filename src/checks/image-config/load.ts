import type { ImageTarget } from '../../image/source.js'
import {
  type ImageConfig,
  type ImageManifest,
  RegistryError,
  type LocalImageSource,
  type Platform,
  type RegistryClient,
  parseLocalImageSource,
  readLocalImage
} from '../../registry/index.js'

/** One image's configuration and the digest it was read at (an index digest for multi-platform images). */
export interface LoadedConfig {
  digest: string
  config: ImageConfig
}

/** What the gate already resolved for a registry image: its digest, and the platform manifest's. */
export interface ResolvedDigests {
  digest: string
  manifestDigest: string
}

/**
 * Reads a target's config: registry images through the run's shared client, by the digest the gate
 * resolved when it did (so the bytes read are the bytes scanned, and the client's cache serves the
 * manifest it already fetched), local layouts and archives from disk.
 */
export async function loadImageConfig(
  target: ImageTarget,
  registry: () => RegistryClient,
  platform: Platform | undefined,
  resolved?: ResolvedDigests
): Promise<LoadedConfig> {
  if (target.kind === 'reference') {
    const client = registry()
    const { digest, manifest } = resolved
      ? await manifestAt(client, target, resolved)
      : await client.resolveImage(target.reference, platform)
    const fetched = await client.getConfig(target.reference, manifest)
    return { digest, config: fetched.config }
  }
  const local = await readLocalImage(localSource(target), platform)
  return { digest: local.digest, config: local.config.config }
}

async function manifestAt(
  client: RegistryClient,
  target: Extract<ImageTarget, { kind: 'reference' }>,
  resolved: ResolvedDigests
): Promise<{ digest: string; manifest: ImageManifest }> {
  const fetched = await client.getManifest(target.reference, resolved.manifestDigest)
  if (fetched.manifest.kind !== 'manifest') {
    throw new RegistryError({
      image: target.image,
      operation: 'fetch manifest',
      reason: `${resolved.manifestDigest} is an index, not an image manifest`
    })
  }
  return { digest: resolved.digest, manifest: fetched.manifest }
}

function localSource(target: Exclude<ImageTarget, { kind: 'reference' }>): LocalImageSource {
  if (target.kind === 'oci-layout') {
    return { kind: target.kind, path: target.path, reference: target.tag, text: target.image }
  }
  // An archive path may still end in `:NAME:TAG`; the registry's parser splits it off by what exists.
  const parsed = parseLocalImageSource(`docker-archive:${target.path}`)
  return { kind: 'docker-archive', path: target.path, ...parsed, text: target.image }
}
