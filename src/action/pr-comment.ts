import { ACTIONS_BOT_LOGIN, tokenLogin } from '../github/identity.js'
import { apiStatus, createGitHubClient } from '../github/client.js'
import { readRunContext, type RunContext } from '../github/run-context.js'
import { commentMarker, upsertStickyComment } from '../github/sticky-comment.js'
import type { GateResult } from '../model/result.js'
import type { CommentPolicy } from '../policy/types.js'
import { renderCommentMarkdown } from '../report/markdown.js'
import type { SourceLinks } from '../report/markdown-parts.js'
import { errorMessage } from '../errors.js'
import type { Logger } from '../util/logger.js'

export interface CommentRequest {
  /** The `comment` input when set, else the policy's `report.comment`. */
  policy: CommentPolicy
  commentKey?: string
  token?: string
  pathPrefix: string
  logger: Logger
  env?: NodeJS.ProcessEnv
  now?: Date
  /** Tests shorten the backoff between retries. */
  retryAfterBaseMs?: number
}

/** Create a comment, only update one that exists, or leave the PR alone. */
export function commentAction(policy: CommentPolicy, result: GateResult): 'upsert' | 'update-only' | 'skip' {
  if (policy === 'never') return 'skip'
  if (policy === 'always') return 'upsert'
  if (policy === 'update-only') return 'update-only'
  // on-failure: a PR that turns green still gets its old comment updated to say so.
  return result.verdict === 'fail' ? 'upsert' : 'update-only'
}

/**
 * One sticky comment per image on the pull request. Whatever the API answers, this only warns: the
 * verdict and exit code were decided before and never depend on the comment.
 */
export async function publishPullRequestComments(result: GateResult, request: CommentRequest): Promise<void> {
  const { logger } = request
  const action = commentAction(request.policy, result)
  if (action === 'skip') return logger.info(`Pull request comment: off (comment: ${request.policy})`)
  const context = readRunContext(request.env)
  if (!context?.pullRequest) {
    return logger.info(
      `Pull request comment: none for a ${context?.eventName || 'non-PR'} event (no pull request)`
    )
  }
  if (!request.token) {
    return logger.warning('imagegate could not comment on the pull request: the github-token input is empty.')
  }
  const pr = context.pullRequest
  const client = await createGitHubClient({
    token: request.token,
    baseUrl: context.apiUrl,
    logger,
    retryAfterBaseMs: request.retryAfterBaseMs
  })
  const links = sourceLinks(context, request.pathPrefix)
  let login = ACTIONS_BOT_LOGIN
  try {
    login = await tokenLogin(client, logger.debug)
    for (const image of result.images.length > 0 ? result.images : [undefined]) {
      const marker = commentMarker(commentKey(context, request.commentKey, image))
      const body = renderCommentMarkdown(result, {
        marker,
        image,
        links,
        runUrl: context.runUrl,
        now: request.now ?? new Date()
      })
      const target = { owner: context.owner, repo: context.repo, issueNumber: pr.number }
      const outcome = await upsertStickyComment(client, target, marker, body, {
        updateOnly: action === 'update-only',
        login
      })
      const what = image === undefined ? 'Dockerfiles' : image
      if (outcome.action === 'not-found')
        logger.info(`Pull request comment for ${what}: none to update (comment: ${request.policy})`)
      else logger.info(`Pull request comment for ${what}: ${outcome.action} ${outcome.url ?? ''}`.trim())
      if (outcome.removedDuplicates > 0)
        logger.info(`Removed ${outcome.removedDuplicates} duplicate comment(s) of a concurrent run`)
    }
  } catch (error) {
    logger.warning(apiFailureMessage(error, pr.number))
  }
}

/**
 * Where finding lines link to, for the comment and the summary alike: the PR's head commit (GITHUB_SHA is
 * the test merge commit there, which has no page of its own), else the commit the run checked.
 */
export function sourceLinks(context: RunContext | undefined, pathPrefix: string): SourceLinks | undefined {
  const sha = context?.pullRequest ? context.pullRequest.headSha : context?.sha
  if (!context || !sha || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined
  return { repositoryUrl: `${context.serverUrl}/${context.owner}/${context.repo}`, sha, pathPrefix }
}

/** Workflow, job and image, or the `comment-key` input and image: matrix legs and monorepos keep apart. */
function commentKey(context: RunContext, key: string | undefined, image: string | undefined): string {
  return `${key ?? `${context.workflow}/${context.job}`}/${image ?? 'dockerfiles'}`
}

function apiFailureMessage(error: unknown, pr: number): string {
  const status = apiStatus(error)
  const grant =
    'Grant the job `permissions: pull-requests: write`; on pull requests from forks the token is read-only, ' +
    'so the results are in the job summary only. The verdict is unchanged.'
  const what = `imagegate could not write its comment on pull request #${pr}`
  if (status === 403 || status === 404) return `${what} (HTTP ${status}: ${shortMessage(error)}). ${grant}`
  const answer =
    status === undefined ? shortMessage(error) : `HTTP ${status} after retries: ${shortMessage(error)}`
  return `${what} (${answer}). If this repeats, check the GitHub API status and the token. ${grant}`
}

/** API error text is untrusted and can be long: one line, capped. */
function shortMessage(error: unknown): string {
  return errorMessage(error).replace(/\s+/g, ' ').slice(0, 200)
}
