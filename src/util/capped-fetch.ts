/** A response body that grew past what the caller is willing to hold in memory. */
export class ResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the response is larger than ${maxBytes} bytes`)
    this.name = 'ResponseTooLargeError'
  }
}

/**
 * `fetch` whose response bodies stop with ResponseTooLargeError once they pass `maxBytes`, so an
 * answer from outside (a base policy) cannot fill memory; what arrives below the cap is untouched.
 * Usable as octokit's per-request `request.fetch`, and directly.
 */
export function cappedFetch(
  maxBytes: number,
  inner: typeof fetch = fetch,
  /** Told when a body is cut: a library may swallow the stream's error (octokit reads text with a catch). */
  onTooLarge: () => void = () => {}
): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init)
    const declared = Number(response.headers.get('content-length') ?? NaN)
    if (declared > maxBytes) {
      await response.body?.cancel()
      onTooLarge()
      throw new ResponseTooLargeError(maxBytes)
    }
    if (!response.body) return response
    let seen = 0
    const limit = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength
        if (seen > maxBytes) {
          onTooLarge()
          controller.error(new ResponseTooLargeError(maxBytes))
        } else controller.enqueue(chunk)
      }
    })
    return new Response(response.body.pipeThrough(limit), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
  }
}

/** The error itself, or the ResponseTooLargeError a library wrapped it in (octokit keeps `cause`). */
export function tooLargeCause(error: unknown): ResponseTooLargeError | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ResponseTooLargeError) return e
  }
  return undefined
}
