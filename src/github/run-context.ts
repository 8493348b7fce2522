import { readFileSync } from 'node:fs'

/** What the workflow run tells us about where it runs, read from the runner's GITHUB_* variables. */
export interface RunContext {
  eventName: string
  owner: string
  repo: string
  /** Set only when the event is about a pull request (`payload.pull_request.number`). */
  pullRequest?: { number: number; headSha: string }
  /** The branch a pull request or merge queue entry merges into (`main`), for compare-to's {base_ref}. */
  baseRef?: string
  serverUrl: string
  apiUrl: string
  workflow: string
  job: string
  runUrl?: string
  sha?: string
}

/**
 * `pull_request` and `pull_request_target` carry the PR; `merge_group`, `push`, `workflow_dispatch` and
 * `schedule` do not, so they get no comment (the summary is written for every event).
 */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return undefined
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const runId = env.GITHUB_RUN_ID
  const attempt = env.GITHUB_RUN_ATTEMPT
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    pullRequest: pullRequestOf(payload),
    baseRef: baseRefOf(payload),
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runUrl: runId
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
      : undefined,
    sha: env.GITHUB_SHA
  }
}

function readPayload(file: string | undefined): unknown {
  if (!file) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

function pullRequestOf(payload: unknown): RunContext['pullRequest'] {
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } } | undefined)
    ?.pull_request
  if (!pr || typeof pr.number !== 'number' || !Number.isSafeInteger(pr.number) || pr.number < 1)
    return undefined
  const headSha = typeof pr.head?.sha === 'string' && /^[0-9a-f]{40,64}$/.test(pr.head.sha) ? pr.head.sha : ''
  return { number: pr.number, headSha }
}

/** `pull_request.base.ref`, or a merge group's `base_ref` (`refs/heads/main`); untrusted, so only a string. */
function baseRefOf(payload: unknown): string | undefined {
  const event = payload as
    { pull_request?: { base?: { ref?: unknown } }; merge_group?: { base_ref?: unknown } } | undefined
  const ref = event?.pull_request?.base?.ref ?? event?.merge_group?.base_ref
  return typeof ref === 'string' && ref.trim() !== '' ? ref.replace(/^refs\/heads\//, '') : undefined
}
