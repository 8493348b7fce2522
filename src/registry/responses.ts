import { BodyTooLarge, Limits, readCapped } from './body.js'
import { digestOf } from './digest.js'
import { shortLine } from '../util/untrusted.js'
import { RegistryError } from './errors.js'
import type { RequestContext } from './http.js'
import { isObject, MalformedContent } from './manifest.js'

/** The registry's own explanation from an error body (`{"errors":[{"code","message"}]}`), sanitized. */
export async function remoteErrorText(response: Response): Promise<string | undefined> {
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(await readCapped(response, Limits.errorBody)))
    const first = isObject(json) && Array.isArray(json.errors) ? json.errors[0] : undefined
    if (!isObject(first)) return undefined
    const text = [first.code, first.message].filter(v => typeof v === 'string' && v !== '').join(': ')
    return text === '' ? undefined : shortLine(text)
  } catch {
    return undefined
  }
}

/** Reads a body up to `limit`, turning an oversized one into a RegistryError that names the cap. */
export async function readBody(
  response: Response,
  limit: number,
  context: RequestContext,
  what: string
): Promise<Uint8Array> {
  try {
    return await readCapped(response, limit)
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error
    throw oversized(context, what, limit, error.offered)
  }
}

export function oversized(
  context: RequestContext,
  what: string,
  limit: number,
  offered?: number
): RegistryError {
  const size = offered !== undefined ? ` (${offered} bytes offered)` : ''
  return new RegistryError({
    ...context,
    kind: 'content',
    reason: `the ${what} is larger than the ${formatBytes(limit)} imagegate reads${size}`,
    fix: 'a registry should never serve this; check the registry and the reference'
  })
}

/** The bytes must hash to `expected`; a registry (or proxy) that serves other bytes is not trusted. */
export function verifyDigest(
  bytes: Uint8Array,
  expected: string,
  context: RequestContext,
  what: string
): string {
  const actual = digestOf(bytes, expected)
  if (actual !== expected) {
    throw new RegistryError({
      ...context,
      kind: 'content',
      reason: `digest mismatch: the ${what} received hashes to ${actual}, not ${expected}`,
      fix: 'the registry or a proxy altered the content; do not trust this image until it is resolved'
    })
  }
  return actual
}

/** Parses registry content, naming the image and the problem when it is malformed. */
export function parseOrFail<T>(parse: () => T, context: RequestContext, what: string): T {
  try {
    return parse()
  } catch (error) {
    if (!(error instanceof MalformedContent)) throw error
    throw new RegistryError({
      ...context,
      kind: 'content',
      reason: `malformed ${what}: ${error.message}`,
      fix: 'the registry returned content that is not a valid OCI or Docker document'
    })
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`
}
