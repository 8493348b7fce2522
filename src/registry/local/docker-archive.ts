import { open } from 'node:fs/promises'
import { Limits } from '../body.js'
import { digestOf } from '../digest.js'
import { isObject, MalformedContent, parseJsonObject, type ImageManifest } from '../manifest.js'
import { MediaType } from '../media-types.js'
import { configOf, type LocalImage, localError, parseLocal } from './common.js'
import { listTar, normalize, readBody, type TarEntry } from './tar.js'

interface ArchiveImage {
  Config: string
  RepoTags: string[]
}

/**
 * An image from a `docker save` / `skopeo copy … docker-archive:` tarball: manifest.json → config.
 * Such archives have no registry manifest, so the digest is the config's (docker's image ID) and the
 * manifest is made up of the config descriptor alone.
 */
export async function readDockerArchive(
  source: string,
  file: string,
  reference: string | undefined
): Promise<LocalImage> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch {
    throw localError(source, `${file} does not exist or cannot be read`, 'check the path to the archive')
  }
  try {
    const entries = await listTar(handle).catch(error => {
      throw localError(source, `${file}: ${error instanceof Error ? error.message : String(error)}`)
    })
    const read = async (name: string, limit: number): Promise<Uint8Array> => {
      const entry = resolveLink(entries, normalize(name))
      if (!entry) throw localError(source, `the archive has no ${name}`)
      if (entry.size > limit)
        throw localError(source, `${name} in the archive is larger than ${limit / (1024 * 1024)} MiB`)
      return readBody(handle, entry.offset, entry.size)
    }
    const manifestBytes = await read('manifest.json', Limits.manifest)
    const images = parseLocal(source, 'manifest.json', () => parseArchiveManifest(manifestBytes))
    const image = pickImage(source, images, reference)
    const configBytes = await read(image.Config, Limits.config)
    const digest = digestOf(configBytes)
    const manifest: ImageManifest = {
      kind: 'manifest',
      mediaType: MediaType.dockerManifest,
      config: { mediaType: MediaType.dockerConfig, digest, size: configBytes.length },
      layers: []
    }
    const config = configOf(source, image.Config, digest, configBytes)
    return { source, digest, manifestDigest: digest, manifest, config }
  } finally {
    await handle.close()
  }
}

/** docker save ≥ 25 stores legacy paths as symlinks into blobs/; one hop is all it uses. */
function resolveLink(entries: Map<string, TarEntry>, name: string): TarEntry | undefined {
  const entry = entries.get(name)
  if (entry?.type !== '2') return entry
  const base = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : ''
  const target = entry.linkname.startsWith('/') ? entry.linkname.slice(1) : base + entry.linkname
  const resolved = entries.get(normalize(target.replace(/[^/]+\/\.\.\//g, '')))
  return resolved?.type === '2' ? undefined : resolved
}

function parseArchiveManifest(bytes: Uint8Array): ArchiveImage[] {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    parseJsonObject(bytes, 'manifest.json') // throws the precise JSON error
  }
  if (!Array.isArray(json) || json.length === 0)
    throw new MalformedContent('is not a non-empty array of images')
  return json.map((entry, i) => {
    if (!isObject(entry) || typeof entry.Config !== 'string')
      throw new MalformedContent(`[${i}].Config is missing`)
    const tags = Array.isArray(entry.RepoTags)
      ? entry.RepoTags.filter((t): t is string => typeof t === 'string')
      : []
    return { Config: entry.Config, RepoTags: tags }
  })
}

function pickImage(source: string, images: ArchiveImage[], reference: string | undefined): ArchiveImage {
  const tags = images.flatMap(i => i.RepoTags)
  if (reference !== undefined) {
    const found = images.find(i => i.RepoTags.includes(reference))
    if (found) return found
    throw localError(
      source,
      `the archive has no image "${reference}" (it has: ${tags.join(', ') || 'no tags'})`
    )
  }
  if (images.length === 1) return images[0]
  throw localError(
    source,
    `the archive holds ${images.length} images; name one with docker-archive:PATH:NAME:TAG (${tags.join(', ')})`
  )
}
