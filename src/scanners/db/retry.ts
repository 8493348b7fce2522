import { runProcess, type RunResult } from '../../util/exec.js'
import type { Logger } from '../../util/logger.js'

export interface RetryPolicy {
  /** Extra attempts after the first one. */
  retries: number
  /** The first wait; each further wait doubles it. */
  baseDelayMs: number
  sleep: (ms: number) => Promise<void>
}

export const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Rate limits and server errors are worth waiting out; anything else (bad flag, disk full, auth) is
 * not, and retrying it would only delay the error. Registries say `TOOMANYREQUESTS` or `429`.
 */
const RETRYABLE =
  /\b429\b|TOOMANYREQUESTS|too many requests|rate limit|\b50[0-4]\b|internal server error|bad gateway|service unavailable|gateway time-?out/i

export function isRetryable(result: RunResult): boolean {
  if (result.exitCode === 0 || result.spawnError) return false
  return result.stderrTail.some(line => RETRYABLE.test(line))
}

export interface Attempted {
  result: RunResult
  attempts: number
}

/** Runs a command, retrying with exponential backoff while it fails with a retryable error. */
export async function runWithRetry(
  what: string,
  file: string,
  args: string[],
  options: { env: Record<string, string>; timeoutMs: number },
  policy: RetryPolicy,
  logger: Logger
): Promise<Attempted> {
  for (let attempt = 1; ; attempt++) {
    const result = await runProcess(file, args, { env: options.env, timeoutMs: options.timeoutMs })
    if (result.exitCode === 0 || attempt > policy.retries || !isRetryable(result)) {
      return { result, attempts: attempt }
    }
    const delay = policy.baseDelayMs * 2 ** (attempt - 1)
    logger.warning(
      `${what} failed with a rate limit or server error (attempt ${attempt} of ${policy.retries + 1}); ` +
        `retrying in ${Math.round(delay / 1000)} s: ${lastLine(result)}`
    )
    await policy.sleep(delay)
  }
}

export function lastLine(result: RunResult): string {
  return result.stderrTail.at(-1) ?? `exit code ${result.exitCode}`
}
