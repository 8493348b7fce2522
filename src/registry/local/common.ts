import type { FetchedConfig, ResolvedImage } from '../client.js'
import { parseImageConfig } from '../config.js'
import { RegistryError } from '../errors.js'
import { MalformedContent } from '../manifest.js'

/** A local image, in the same shape as a registry image resolved for one platform, with its config. */
export interface LocalImage extends ResolvedImage {
  /** As written: `oci-layout:PATH[:tag]` or `docker-archive:PATH[:name:tag]`. */
  source: string
  config: FetchedConfig
}

export function localError(source: string, reason: string, fix?: string): RegistryError {
  return new RegistryError({ image: source, operation: 'read local image', reason, fix, kind: 'content' })
}

/** Runs a parse of local bytes, turning MalformedContent into a RegistryError naming the file. */
export function parseLocal<T>(source: string, file: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof MalformedContent) throw localError(source, `${file}: ${error.message}`)
    throw error
  }
}

export function configOf(source: string, file: string, digest: string, bytes: Uint8Array): FetchedConfig {
  return { digest, bytes, config: parseLocal(source, file, () => parseImageConfig(bytes)) }
}
