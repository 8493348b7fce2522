import type { GitHubClient } from './client.js'

/** The Actions GITHUB_TOKEN's comment author, assumed when the API cannot tell us who the token is. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Who the token writes comments as. GraphQL's `viewer` answers for every kind of token: a PAT's user, and
 * for installation tokens (GITHUB_TOKEN, GitHub Apps) the app's bot, as marocchino/sticky-pull-request-
 * comment does. REST `GET /user` cannot: installation tokens get 403 there. When GraphQL fails too
 * (a proxy, an old GHES), the GITHUB_TOKEN's bot is the best guess.
 */
export async function tokenLogin(client: GitHubClient, debug: (message: string) => void): Promise<string> {
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
    const login = answer.viewer?.login
    if (typeof login === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(login)) return login
  } catch (error) {
    debug(
      `GraphQL viewer lookup failed (${String((error as { status?: unknown })?.status ?? error)}); assuming ${ACTIONS_BOT_LOGIN}`
    )
  }
  return ACTIONS_BOT_LOGIN
}
