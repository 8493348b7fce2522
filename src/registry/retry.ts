/** How hard the client tries before giving up on one request. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** First backoff; doubles each time, with full jitter. */
  baseDelayMs: number
  maxDelayMs: number
  /** Total time one request may spend waiting between attempts (Retry-After included). */
  budgetMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  budgetMs: 20_000
}

/** 429 and 5xx may succeed later; 501 (not implemented) and 505 will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505)
}

/** Seconds or an HTTP date, as milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Exponential backoff with full jitter (so clients that failed together do not retry together). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/**
 * The wait before the next attempt, or undefined to stop: attempts used up, or the wait (a server's
 * Retry-After wins over our backoff) would overrun the remaining budget.
 */
export function nextDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  spentMs: number,
  policy: RetryPolicy
): number | undefined {
  if (attempt + 1 >= policy.attempts) return undefined
  const delay = retryAfterMs ?? backoffDelay(attempt, policy)
  return spentMs + delay > policy.budgetMs ? undefined : delay
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
