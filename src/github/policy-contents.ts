import type { getOctokit } from '@actions/github'
import { cappedFetch, ResponseTooLargeError, tooLargeCause } from '../util/capped-fetch.js'
import { errorMessage } from '../errors.js'

type Octokit = Pick<ReturnType<typeof getOctokit>, 'rest'>

export interface RepositoryFile {
  owner: string
  repo: string
  path: string
  ref: string
}

export interface ContentsOptions {
  maxBytes: number
  /** `GITHUB_SERVER_URL` (GHES), for the link to the file; github.com when unset. */
  serverUrl?: string
}

/**
 * Reads one file at the commit its ref resolves to, through the contents API: first the ref to a commit
 * SHA (so the file and the SHA the report names cannot differ), then the file at that SHA, asked for as
 * raw bytes (base64 JSON is decoded too, for servers that ignore the media type). Failures are thrown
 * with a message that says which request failed and why.
 */
export async function readRepositoryFile(
  octokit: Octokit,
  file: RepositoryFile,
  options: ContentsOptions
): Promise<{ text: string; commitSha: string; htmlUrl: string }> {
  const repo = `${file.owner}/${file.repo}`
  let tooLarge = false
  const request = { fetch: cappedFetch(options.maxBytes, fetch, () => (tooLarge = true)) }
  let commitSha: string
  try {
    const { data }: { data: unknown } = await octokit.rest.repos.getCommit({
      owner: file.owner,
      repo: file.repo,
      ref: file.ref,
      mediaType: { format: 'sha' },
      request
    })
    commitSha = typeof data === 'string' ? data.trim() : String((data as { sha?: unknown }).sha ?? '')
  } catch (error) {
    throw new Error(refFailure(error, repo, file.ref))
  }
  if (!/^[0-9a-f]{40}$/.test(commitSha))
    throw new Error(`GitHub answered no commit SHA for ref ${file.ref} of ${repo}`)
  let data: unknown
  try {
    ;({ data } = await octokit.rest.repos.getContent({
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: commitSha,
      mediaType: { format: 'raw' },
      request
    }))
  } catch (error) {
    throw new Error(fileFailure(error, repo, file, commitSha, options.maxBytes))
  }
  if (tooLarge)
    throw new Error(
      fileFailure(new ResponseTooLargeError(options.maxBytes), repo, file, commitSha, options.maxBytes)
    )
  const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  return {
    text: decodeContent(data, file.path),
    commitSha,
    htmlUrl: `${server}/${repo}/blob/${commitSha}/${file.path.split('/').map(encodeURIComponent).join('/')}`
  }
}

function decodeContent(data: unknown, path: string): string {
  if (typeof data === 'string') return data
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8')
  const entry = data as { type?: unknown; encoding?: unknown; content?: unknown } | null
  if (Array.isArray(data) || entry?.type === 'dir')
    throw new Error(`${path} is a directory, not a policy file`)
  if (entry?.encoding === 'base64' && typeof entry.content === 'string') {
    return Buffer.from(entry.content, 'base64').toString('utf8')
  }
  throw new Error(`GitHub answered ${path} with neither raw text nor base64 content`)
}

function refFailure(error: unknown, repo: string, ref: string): string {
  const status = statusOf(error)
  if (status === 404) {
    return `HTTP 404 resolving ${ref}: ${repo} does not exist, or it is private and the token (policy-token) cannot read it`
  }
  if (status === 422) return `HTTP 422: ${repo} has no branch, tag or commit named ${ref}`
  return common(error, repo)
}

function fileFailure(
  error: unknown,
  repo: string,
  file: RepositoryFile,
  sha: string,
  maxBytes: number
): string {
  if (tooLargeCause(error)) return `${file.path} is larger than ${maxBytes} bytes; a policy is a few kB`
  if (statusOf(error) === 404)
    return `HTTP 404: ${repo} has no file ${file.path} at ${file.ref} (commit ${sha})`
  return common(error, repo)
}

function common(error: unknown, repo: string): string {
  const status = statusOf(error)
  if (status === 401) return 'HTTP 401: the token was rejected (expired or revoked?)'
  if (status === 403) {
    return `HTTP 403: access to ${repo} denied; give policy-token contents: read on it (or the API rate limit is exhausted)`
  }
  if (status !== undefined) return `HTTP ${status}: ${oneLineMessage(error)}`
  return `could not reach the GitHub API: ${oneLineMessage(error)}`
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

function oneLineMessage(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause
  const text = cause ? `${errorMessage(error)} (${errorMessage(cause)})` : errorMessage(error)
  return text.replace(/\s+/g, ' ').slice(0, 300)
}
