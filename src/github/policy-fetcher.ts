import type { PolicySourceFetcher } from '../policy/extends/fetcher.js'
import { MAX_POLICY_BYTES } from '../policy/extends/fetcher.js'
import { silentLogger, type Logger } from '../util/logger.js'
import { createGitHubClient } from './client.js'
import { readRepositoryFile } from './policy-contents.js'

/**
 * The fetcher `extends: OWNER/REPO/PATH@REF` uses: the one GitHub client (retries, rate limits,
 * `GITHUB_API_URL` for GHES) with `token`; links name `GITHUB_SERVER_URL`. Without a token a remote base
 * fails closed, naming what to set.
 */
export function policyFetcher(
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  logger: Logger = silentLogger
): PolicySourceFetcher {
  if (!token) {
    throw new Error(
      'no token is set to read it with: set the policy-token or github-token input (CLI: IMAGEGATE_POLICY_TOKEN or GITHUB_TOKEN)'
    )
  }
  let client: ReturnType<typeof createGitHubClient> | undefined
  return {
    fetch: async file => {
      client ??= createGitHubClient({ token, baseUrl: env.GITHUB_API_URL, logger })
      return readRepositoryFile(await client, file, {
        maxBytes: MAX_POLICY_BYTES,
        serverUrl: env.GITHUB_SERVER_URL
      })
    }
  }
}
