import { cappedFetch, tooLargeCause } from '../../util/capped-fetch.js'
import { errorMessage } from '../../errors.js'
import { MAX_POLICY_BYTES, type UrlFetcher } from './fetcher.js'

export interface UrlFetchOptions {
  timeoutMs?: number
  maxBytes?: number
  /** Injected for tests (a local server stands in for the https host). */
  fetch?: typeof fetch
}

/**
 * GET with a time limit and a size cap. Redirects are followed: the pinned SHA-256, checked by the
 * loader, is what is trusted, not the host.
 */
export function createUrlFetcher(options: UrlFetchOptions = {}): UrlFetcher {
  const maxBytes = options.maxBytes ?? MAX_POLICY_BYTES
  const timeoutMs = options.timeoutMs ?? 15_000
  const get = cappedFetch(maxBytes, options.fetch)
  return async url => {
    let response: Response
    try {
      response = await get(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: '*/*' } })
      if (!response.ok) {
        await response.body?.cancel()
        throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
      }
      return Buffer.from(await response.arrayBuffer())
    } catch (error) {
      if (tooLargeCause(error))
        throw new Error(`the file is larger than ${maxBytes} bytes; a policy is a few kB`)
      if ((error as Error)?.name === 'TimeoutError')
        throw new Error(`no complete answer within ${timeoutMs / 1000} s`)
      const cause = (error as { cause?: unknown })?.cause
      throw new Error(cause ? `${errorMessage(error)} (${errorMessage(cause)})` : errorMessage(error))
    }
  }
}
