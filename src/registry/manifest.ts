import { isDigest } from './digest.js'
import { INDEX_TYPES, MANIFEST_TYPES, MediaType } from './media-types.js'

/** Registry content that is not what it claims to be; the client turns it into a RegistryError. */
export class MalformedContent extends Error {}

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
  platform?: Platform
}

interface ManifestCommon {
  mediaType: string
  artifactType?: string
  subject?: Descriptor
  annotations?: Record<string, string>
}

export interface ImageManifest extends ManifestCommon {
  kind: 'manifest'
  config: Descriptor
  layers: Descriptor[]
}

export interface ImageIndex extends ManifestCommon {
  kind: 'index'
  manifests: Descriptor[]
}

export type Manifest = ImageManifest | ImageIndex

/** Parses untrusted JSON bytes; throws MalformedContent naming the bad field. */
export function parseJsonObject(bytes: Uint8Array, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'it is not valid UTF-8'
    throw new MalformedContent(`the ${what} is not valid JSON (${detail.slice(0, 120)})`)
  }
  if (!isObject(value)) throw new MalformedContent(`the ${what} is not a JSON object`)
  return value
}

/**
 * A manifest or index from its bytes. The media type comes from the document, then the Content-Type,
 * then the shape (an image-spec manifest may omit `mediaType`).
 */
export function parseManifest(bytes: Uint8Array, contentType?: string): Manifest {
  const json = parseJsonObject(bytes, 'manifest')
  if (json.schemaVersion !== 2) {
    throw new MalformedContent(
      `schemaVersion is ${JSON.stringify(json.schemaVersion) ?? 'missing'}, expected 2 (schema 1 manifests are not supported)`
    )
  }
  const declared = optionalString(json, 'mediaType', 'manifest')
  const header = contentType?.split(';')[0].trim().toLowerCase()
  const mediaType =
    declared ??
    ([...MANIFEST_TYPES, ...INDEX_TYPES].includes(header ?? '') ? header! : undefined) ??
    (Array.isArray(json.manifests) ? MediaType.ociIndex : MediaType.ociManifest)
  const common: ManifestCommon = {
    mediaType,
    artifactType: optionalString(json, 'artifactType', 'manifest'),
    subject: json.subject === undefined ? undefined : parseDescriptor(json.subject, 'subject'),
    annotations: parseAnnotations(json.annotations, 'annotations')
  }
  if (INDEX_TYPES.includes(mediaType)) {
    if (!Array.isArray(json.manifests)) throw new MalformedContent('the index has no "manifests" array')
    const manifests = json.manifests.map((d, i) => parseDescriptor(d, `manifests[${i}]`))
    return { kind: 'index', ...common, manifests }
  }
  if (!MANIFEST_TYPES.includes(mediaType)) {
    throw new MalformedContent(`unsupported manifest media type "${mediaType.slice(0, 100)}"`)
  }
  if (!Array.isArray(json.layers)) throw new MalformedContent('the manifest has no "layers" array')
  return {
    kind: 'manifest',
    ...common,
    config: parseDescriptor(json.config, 'config'),
    layers: json.layers.map((d, i) => parseDescriptor(d, `layers[${i}]`))
  }
}

export function parseDescriptor(value: unknown, field: string): Descriptor {
  if (!isObject(value)) throw new MalformedContent(`${field} is not a descriptor object`)
  const mediaType = value.mediaType
  if (typeof mediaType !== 'string' || mediaType === '') {
    throw new MalformedContent(`${field}.mediaType is missing or not a string`)
  }
  if (typeof value.digest !== 'string' || !isDigest(value.digest)) {
    throw new MalformedContent(`${field}.digest is not a valid digest`)
  }
  const size = value.size
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw new MalformedContent(`${field}.size is not a non-negative integer`)
  }
  return {
    mediaType,
    digest: value.digest,
    size,
    artifactType: optionalString(value, 'artifactType', field),
    annotations: parseAnnotations(value.annotations, `${field}.annotations`),
    platform: value.platform === undefined ? undefined : parsePlatform(value.platform, `${field}.platform`)
  }
}

function parsePlatform(value: unknown, field: string): Platform {
  if (!isObject(value)) throw new MalformedContent(`${field} is not an object`)
  const { os, architecture } = value
  if (typeof os !== 'string' || typeof architecture !== 'string') {
    throw new MalformedContent(`${field} needs string "os" and "architecture"`)
  }
  return { os, architecture, variant: optionalString(value, 'variant', field) }
}

/** OCI annotations are string → string; anything else is a malformed document, not something to guess at. */
function parseAnnotations(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined
  if (!isObject(value)) throw new MalformedContent(`${field} is not an object of strings`)
  const result: Record<string, string> = {}
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== 'string')
      throw new MalformedContent(`${field}["${key.slice(0, 80)}"] is not a string`)
    result[key] = text
  }
  return result
}

export function optionalString(
  json: Record<string, unknown>,
  key: string,
  where: string
): string | undefined {
  const value = json[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new MalformedContent(`${where}.${key} is not a string`)
  return value
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
