import type { GitHubClient } from './client.js'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export type StickyAction = 'created' | 'updated' | 'unchanged' | 'not-found'

export interface StickyOutcome {
  action: StickyAction
  url?: string
  /** Later copies of the same key, by the same identity, removed (concurrent runs). */
  removedDuplicates: number
}

interface Comment {
  id: number
  body?: string
  user: { login: string } | null
  html_url: string
}

/**
 * The hidden first line a comment is found by. The key is URI-encoded: injective, and it can hold no
 * `-->`, space or line break, so no key can end the HTML comment or be a prefix of another marker.
 */
export function commentMarker(key: string): string {
  return `<!-- imagegate:${encodeURIComponent(key)} -->`
}

/**
 * Creates or updates the one comment of `marker`. It looks only at comments written by the token's own
 * identity whose body starts with the marker (text quoted further down a body never matches), pages
 * through all comments, and after creating lists again: when concurrent runs of the same key both
 * created one, every later copy is deleted and the oldest is kept with this run's body.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
  options: { updateOnly: boolean; login: string }
): Promise<StickyOutcome> {
  const mine = (): Promise<Comment[]> => listOwnComments(client, target, marker, options.login)
  const found = await mine()
  if (found.length === 0) {
    if (options.updateOnly) return { action: 'not-found', removedDuplicates: 0 }
    await client.rest.issues.createComment({ ...issue(target), body })
    const after = await mine()
    const removed = await removeDuplicates(client, target, after)
    const kept = after[0]
    // The kept one may be another run's: give it this run's body, the last word of the newest run.
    if (kept && kept.body !== body) await update(client, target, kept.id, body)
    return { action: 'created', url: kept?.html_url, removedDuplicates: removed }
  }
  const removed = await removeDuplicates(client, target, found)
  const [oldest] = found
  if (oldest.body === body) return { action: 'unchanged', url: oldest.html_url, removedDuplicates: removed }
  await update(client, target, oldest.id, body)
  return { action: 'updated', url: oldest.html_url, removedDuplicates: removed }
}

async function listOwnComments(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  login: string
): Promise<Comment[]> {
  const own = sameIdentity(login)
  const comments: Comment[] = await client.paginate(client.rest.issues.listComments, {
    ...issue(target),
    per_page: 100
  })
  return comments
    .filter(c => own(c.user?.login) && (c.body ?? '').startsWith(`${marker}\n`))
    .sort((a, b) => a.id - b.id)
}

/** `github-actions` (GraphQL's viewer) and `github-actions[bot]` (REST's author) are one identity. */
function sameIdentity(login: string): (author: string | undefined) => boolean {
  const bare = (name: string): string => name.toLowerCase().replace(/\[bot\]$/, '')
  const own = bare(login)
  return author => author !== undefined && bare(author) === own
}

async function removeDuplicates(
  client: GitHubClient,
  target: CommentTarget,
  sorted: Comment[]
): Promise<number> {
  for (const duplicate of sorted.slice(1)) {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: duplicate.id
    })
  }
  return Math.max(0, sorted.length - 1)
}

async function update(client: GitHubClient, target: CommentTarget, id: number, body: string): Promise<void> {
  await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: id, body })
}

function issue(target: CommentTarget): { owner: string; repo: string; issue_number: number } {
  return { owner: target.owner, repo: target.repo, issue_number: target.issueNumber }
}
