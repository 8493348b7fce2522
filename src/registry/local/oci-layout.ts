import { readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { Limits } from '../body.js'
import { digestOf, isDigest } from '../digest.js'
import { type Descriptor, type Manifest, parseManifest, type Platform } from '../manifest.js'
import { MediaType } from '../media-types.js'
import { availablePlatforms, formatPlatform, selectPlatform } from '../platform.js'
import { configOf, type LocalImage, localError, parseLocal } from './common.js'

const REF_NAME = 'org.opencontainers.image.ref.name'

/**
 * An image from an OCI image layout directory (umoci, `skopeo copy … oci:`, buildx `type=oci`):
 * index.json → (platform index →) manifest → config, each blob size-capped and digest-verified, as
 * from a registry.
 */
export function readOciLayout(
  source: string,
  dir: string,
  tag: string | undefined,
  platform: Platform
): LocalImage {
  const indexBytes = readFileCapped(source, path.join(dir, 'index.json'), Limits.manifest)
  const top = parseLocal(source, 'index.json', () => parseManifest(indexBytes, MediaType.ociIndex))
  if (top.kind !== 'index') throw localError(source, 'index.json is not an image index')
  const entry = pickEntry(source, top.manifests, tag)
  const first = readManifest(source, dir, entry)
  let chosen = entry
  if (first.kind === 'index') {
    const match = selectPlatform(first, platform)
    if (!match) {
      const offered = availablePlatforms(first).join(', ') || 'none'
      throw localError(source, `the image has no ${formatPlatform(platform)} variant (it has: ${offered})`)
    }
    chosen = match
  }
  const manifest = chosen === entry ? first : readManifest(source, dir, chosen)
  if (manifest.kind !== 'manifest')
    throw localError(source, `${chosen.digest} is an index, not an image manifest`)
  const configBytes = readBlob(source, dir, manifest.config, Limits.config)
  const index = first.kind === 'index' ? first : undefined
  return {
    source,
    digest: entry.digest,
    manifestDigest: chosen.digest,
    manifest,
    index,
    platform: index ? platform : undefined,
    config: configOf(source, `config ${manifest.config.digest}`, manifest.config.digest, configBytes)
  }
}

function pickEntry(source: string, entries: Descriptor[], tag: string | undefined): Descriptor {
  const tags = entries.flatMap(e => (e.annotations?.[REF_NAME] ? [e.annotations[REF_NAME]] : []))
  if (tag !== undefined) {
    const found = entries.find(e => e.annotations?.[REF_NAME] === tag)
    if (found) return found
    throw localError(
      source,
      `the layout has no image tagged "${tag}" (it has: ${tags.join(', ') || 'no tags'})`
    )
  }
  if (entries.length === 1) return entries[0]
  const listed = tags.join(', ') || 'none'
  throw localError(
    source,
    `the layout holds ${entries.length} images; name one with oci-layout:PATH:TAG (tags: ${listed})`
  )
}

function readManifest(source: string, dir: string, descriptor: Descriptor): Manifest {
  const bytes = readBlob(source, dir, descriptor, Limits.manifest)
  return parseLocal(source, `manifest ${descriptor.digest}`, () => parseManifest(bytes, descriptor.mediaType))
}

/** `blobs/<alg>/<hex>`; the digest is validated first, so the path cannot leave the layout. */
function readBlob(source: string, dir: string, descriptor: Descriptor, limit: number): Uint8Array {
  if (!isDigest(descriptor.digest)) throw localError(source, `invalid digest ${descriptor.digest}`)
  const [algorithm, hex] = descriptor.digest.split(':')
  const bytes = readFileCapped(source, path.join(dir, 'blobs', algorithm, hex), limit)
  if (digestOf(bytes, descriptor.digest) !== descriptor.digest) {
    throw localError(source, `digest mismatch: blob ${descriptor.digest} does not hash to its name`)
  }
  return bytes
}

/** Reads a local file of at most `limit` bytes; a missing or larger file is a clear error. */
export function readFileCapped(source: string, file: string, limit: number): Uint8Array {
  let size: number
  try {
    size = statSync(file).size
  } catch {
    throw localError(source, `${file} does not exist`, 'check the path to the image')
  }
  if (size > limit)
    throw localError(source, `${file} is larger than the ${limit / (1024 * 1024)} MiB imagegate reads`)
  return readFileSync(file)
}
