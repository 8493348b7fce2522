import type { getOctokit } from '@actions/github'
import type { Logger } from '../util/logger.js'

/** The one GitHub API client: nothing else in imagegate talks to the API. */
export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** `GITHUB_API_URL` (GHES: `https://HOST/api/v3`); api.github.com when unset. */
  baseUrl?: string
  logger: Logger
  /** Retries of a 5xx answer or a rate-limited request before giving up. */
  retries?: number
  /** The backoff unit: waits are 1, 4, 9 … units (plugin-retry). Tests shorten it. */
  retryAfterBaseMs?: number
}

/**
 * Octokit from @actions/github (proxy settings, user agent) with plugin-retry (5xx with backoff) and
 * plugin-throttling (primary and secondary rate limits, waiting as GitHub asks). The token never reaches
 * a log: the action masks it when it reads the input, and the client only sends it in a header.
 */
export async function createGitHubClient(options: ClientOptions): Promise<GitHubClient> {
  // Loaded on first use: octokit and its plugins are the largest part of the bundle, and most runs
  // (no pull request, no remote policy) never call the API.
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ])
  const retries = options.retries ?? 3
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const again = retryCount < retries
      options.logger.warning(
        `GitHub API ${kind} rate limit hit on ${request.method} ${request.url}; ` +
          (again ? `retrying in ${retryAfter} s` : 'giving up')
      )
      return again
    }
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      retry: { retries, retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: {
        debug: () => {},
        info: () => {},
        warn: message => options.logger.debug(message),
        error: message => options.logger.debug(message)
      }
    },
    retry,
    throttling
  )
}

/** The HTTP status of a failed API call, when it was one. */
export function apiStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
