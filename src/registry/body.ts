/** Thrown when a response body is larger than what the caller agreed to read. */
export class BodyTooLarge extends Error {
  constructor(
    readonly limit: number,
    readonly offered: number | undefined
  ) {
    super(`body exceeds ${limit} bytes`)
  }
}

/** Caps on what the client reads from the network, by kind of content. */
export const Limits = {
  manifest: 4 * 1024 * 1024,
  config: 8 * 1024 * 1024,
  signatureLayer: 1024 * 1024,
  token: 1024 * 1024,
  errorBody: 64 * 1024
} as const

/**
 * Reads at most `limit` bytes of a response body as a stream. A declared Content-Length over the limit
 * fails before reading anything; a body that lies about its length (or has none) is cut as soon as it
 * passes the limit, and the connection is cancelled so the rest is never downloaded.
 */
export async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined)
    throw new BodyTooLarge(limit, declared)
  }
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLarge(limit, Number.isFinite(declared) ? declared : undefined)
    }
    chunks.push(value)
  }
  return concat(chunks, total)
}

/** Drains nothing: releases a body we do not want (keeps the connection pool healthy). */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined)
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
