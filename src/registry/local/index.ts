import { existsSync } from 'node:fs'
import { DEFAULT_PLATFORM } from '../platform.js'
import type { Platform } from '../manifest.js'
import type { LocalImage } from './common.js'
import { readDockerArchive } from './docker-archive.js'
import { readOciLayout } from './oci-layout.js'

export type { LocalImage } from './common.js'

export interface LocalImageSource {
  kind: 'oci-layout' | 'docker-archive'
  path: string
  /** The tag in an OCI layout, or the `name:tag` in a docker archive. */
  reference?: string
  /** As written. */
  text: string
}

/**
 * `oci-layout:PATH[:TAG]` or `docker-archive:PATH[:NAME:TAG]` (skopeo's transports), else undefined.
 * The path is the longest prefix before a colon that exists on disk, so paths with colons work and a
 * reference may hold colons and slashes (`docker-archive:a.tar:ghcr.io/org/app:1.0`).
 */
export function parseLocalImageSource(text: string): LocalImageSource | undefined {
  const match = /^(oci-layout|docker-archive):(.+)$/.exec(text)
  if (!match) return undefined
  const kind = match[1] as LocalImageSource['kind']
  const rest = match[2]
  if (existsSync(rest)) return { kind, path: rest, text }
  for (let colon = rest.lastIndexOf(':'); colon > 0; colon = rest.lastIndexOf(':', colon - 1)) {
    if (existsSync(rest.slice(0, colon)))
      return { kind, path: rest.slice(0, colon), reference: rest.slice(colon + 1), text }
  }
  // Nothing exists: keep the whole text as the path, so the error names what was written.
  return { kind, path: rest, text }
}

/** Reads a local image for one platform (an OCI layout's index may hold several). */
export async function readLocalImage(
  source: LocalImageSource,
  platform: Platform = DEFAULT_PLATFORM
): Promise<LocalImage> {
  return source.kind === 'oci-layout'
    ? readOciLayout(source.text, source.path, source.reference, platform)
    : readDockerArchive(source.text, source.path, source.reference)
}
