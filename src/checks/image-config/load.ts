import type { ImageTarget } from '../../image/source.js'
import {
  type ImageConfig,
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

/**
 * Reads a target's config: registry images through the run's shared client (its manifest cache means
 * the manifest another check resolved is not fetched again), local layouts and archives from disk.
 */
export async function loadImageConfig(
  target: ImageTarget,
  registry: () => RegistryClient,
  platform: Platform | undefined
): Promise<LoadedConfig> {
  if (target.kind === 'reference') {
    const resolved = await registry().resolveImage(target.reference, platform)
    const fetched = await registry().getConfig(target.reference, resolved.manifest)
    return { digest: resolved.digest, config: fetched.config }
  }
  const local = await readLocalImage(localSource(target), platform)
  return { digest: local.digest, config: local.config.config }
}

function localSource(target: Exclude<ImageTarget, { kind: 'reference' }>): LocalImageSource {
  if (target.kind === 'oci-layout') {
    return { kind: target.kind, path: target.path, reference: target.tag, text: target.image }
  }
  // An archive path may still end in `:NAME:TAG`; the registry's parser splits it off by what exists.
  const parsed = parseLocalImageSource(`docker-archive:${target.path}`)
  return { kind: 'docker-archive', path: target.path, ...parsed, text: target.image }
}
