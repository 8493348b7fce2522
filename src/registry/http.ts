import { BodyTooLarge, discardBody } from './body.js'
import { RegistryError, type RegistryOperation } from './errors.js'
import {
  DEFAULT_RETRY,
  isRetryableStatus,
  nextDelay,
  parseRetryAfter,
  type RetryPolicy,
  sleep
} from './retry.js'
import { Semaphore } from './semaphore.js'
import { describeNetworkError, isTimeout } from './network-errors.js'
import { describeStatus } from './errors.js'

export interface HttpOptions {
  /** Per attempt, headers and body included. */
  timeoutMs: number
  retry: RetryPolicy
  /** Shared by every request of one client. */
  semaphore: Semaphore
  /** HOST:PORT entries that are spoken to over plain HTTP. */
  insecure: ReadonlySet<string>
  /** Called for every request sent (each attempt and each redirect hop), for statistics. */
  observe?: (method: string, url: URL) => void
}

export const DEFAULT_HTTP = { timeoutMs: 30_000, retry: DEFAULT_RETRY, concurrency: 8 }

/** Who is asking, for messages: the image as written and what was being done. */
export interface RequestContext {
  image: string
  operation: RegistryOperation
}

export interface HttpRequest {
  url: string
  method: 'GET' | 'HEAD'
  headers: Record<string, string>
}

type Attempt<T> = { done: T } | { retry: RegistryError; retryAfterMs?: number }

const MAX_REDIRECTS = 5

/**
 * One HTTP exchange with the registry: bounded concurrency, a timeout per attempt, retries with
 * backoff on 429/5xx and network failures (Retry-After honoured, total wait bounded). `handle` reads
 * the response inside the concurrency slot and the timeout. A timeout is not retried: a registry that
 * hung once for the whole timeout would most likely make the user wait for it again.
 */
export async function exchange<T>(
  request: HttpRequest,
  context: RequestContext,
  options: HttpOptions,
  handle: (response: Response) => Promise<T>
): Promise<T> {
  const started = Date.now()
  const host = new URL(request.url).host
  for (let attempt = 0; ; attempt++) {
    const outcome: Attempt<T> = await options.semaphore.run(async () => {
      try {
        const response = await fetchFollowing(request, context, options)
        if (!isRetryableStatus(response.status)) return { done: await handle(response) }
        await discardBody(response)
        return {
          retry: statusError(response.status, host, context),
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after'))
        }
      } catch (error) {
        if (error instanceof RegistryError || error instanceof BodyTooLarge) throw error
        if (isTimeout(error)) {
          throw new RegistryError({
            ...context,
            reason: `${host} did not answer within ${options.timeoutMs / 1000} s`,
            fix: 'the registry is slow or hung; retry later or raise the timeout'
          })
        }
        const { retryable, ...described } = describeNetworkError(error, host)
        const failure = new RegistryError({ ...context, ...described })
        if (!retryable) throw failure
        return { retry: failure }
      }
    })
    if ('done' in outcome) return outcome.done
    const delay = nextDelay(attempt, outcome.retryAfterMs, Date.now() - started, options.retry)
    if (delay === undefined) throw outcome.retry
    await sleep(delay)
  }
}

/** Follows redirects by hand: credentials never go to another origin, and https never drops to http. */
async function fetchFollowing(
  request: HttpRequest,
  context: RequestContext,
  options: HttpOptions
): Promise<Response> {
  const signal = AbortSignal.timeout(options.timeoutMs)
  let url = new URL(request.url)
  const headers = { ...request.headers }
  for (let hop = 0; ; hop++) {
    options.observe?.(request.method, url)
    const response = await fetch(url, { method: request.method, headers, redirect: 'manual', signal })
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || location === null) return response
    await discardBody(response)
    const next = new URL(location, url)
    if (hop >= MAX_REDIRECTS) {
      throw new RegistryError({
        ...context,
        reason: `${url.host} redirected more than ${MAX_REDIRECTS} times`
      })
    }
    if (next.protocol !== 'https:' && !(next.protocol === 'http:' && options.insecure.has(next.host))) {
      throw new RegistryError({
        ...context,
        reason: `${url.host} redirected to a non-HTTPS location on ${next.host}`,
        fix: `list ${next.host} as an insecure registry if plain HTTP is intended`
      })
    }
    if (next.origin !== url.origin) delete headers.Authorization
    url = next
  }
}

export function statusError(
  status: number,
  host: string,
  context: RequestContext,
  remote?: string
): RegistryError {
  return new RegistryError({ ...context, status, ...describeStatus(status, host, remote) })
}

/** `https://HOST` or, for a listed insecure registry, `http://HOST`. Docker Hub's API lives elsewhere. */
export function registryBaseUrl(registry: string, insecure: ReadonlySet<string>): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry
  return `${insecure.has(registry) ? 'http' : 'https'}://${host}`
}
