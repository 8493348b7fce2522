import { getOctokit } from '@actions/github'
import type { PolicySourceFetcher } from '../policy/extends/fetcher.js'
import { MAX_POLICY_BYTES } from '../policy/extends/fetcher.js'
import { readRepositoryFile } from './policy-contents.js'

/**
 * The fetcher `extends: OWNER/REPO/PATH@REF` uses, through the GitHub API at `GITHUB_API_URL` (GHES)
 * with `token`; links name `GITHUB_SERVER_URL`. Without a token, a remote base fails closed.
 */
export function policyFetcher(
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): PolicySourceFetcher {
  if (!token) {
    throw new Error(
      'no token is set to read it with: set the policy-token or github-token input (CLI: IMAGEGATE_POLICY_TOKEN or GITHUB_TOKEN)'
    )
  }
  const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com' })
  return {
    fetch: file =>
      readRepositoryFile(octokit, file, { maxBytes: MAX_POLICY_BYTES, serverUrl: env.GITHUB_SERVER_URL })
  }
}
