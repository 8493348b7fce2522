// The GitHub contents API as a test stand-in answers it: a ref resolved to a commit
// (GET /repos/{owner}/{repo}/commits/{ref}, `application/vnd.github.sha` gives the bare SHA) and a file at
// a commit (GET /repos/{owner}/{repo}/contents/{path}?ref=, raw with `application/vnd.github.raw`, else
// base64 JSON). A private repository answers 404 to any other token, as GitHub does; `forbidden` answers 403.

export interface FakeRepository {
  /** Branch or tag → commit SHA. */
  refs: Record<string, string>
  /** Commit SHA → path → text. */
  commits: Record<string, Record<string, string>>
  /** Only this token may read it; anyone else gets 404. */
  privateToken?: string
  /** Every request answers 403 (a token without contents: read, or an exhausted rate limit). */
  forbidden?: boolean
}

export interface ContentsAnswer {
  status: number
  body: unknown
  contentType: string
}

export interface ContentsRequest {
  method: string
  /** The OpenAPI path template the request matched, e.g. `/repos/{owner}/{repo}/contents/{path}`. */
  template: string
  params: Record<string, string>
  query: Record<string, string>
  accept: string
  token?: string
}

export const CONTENTS_TEMPLATES = [
  '/repos/{owner}/{repo}/commits/{ref}',
  '/repos/{owner}/{repo}/contents/{path}'
]

const json = (status: number, body: unknown): ContentsAnswer => ({
  status,
  body,
  contentType: 'application/json; charset=utf-8'
})
const NOT_FOUND = json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })

/** The answer to a contents or commit request, or undefined when it is neither. */
export function answerContents(
  repositories: Record<string, FakeRepository>,
  request: ContentsRequest,
  options: { ignoreRawMediaType?: boolean } = {}
): ContentsAnswer | undefined {
  if (request.method !== 'GET' || !CONTENTS_TEMPLATES.includes(request.template)) return undefined
  const repository = repositories[`${request.params.owner}/${request.params.repo}`]
  if (!repository) return NOT_FOUND
  if (repository.privateToken !== undefined && request.token !== repository.privateToken) return NOT_FOUND
  if (repository.forbidden) return json(403, { message: 'Resource not accessible by integration' })
  if (request.template.endsWith('/commits/{ref}')) {
    const ref = request.params.ref
    const sha = repository.refs[ref] ?? (repository.commits[ref] ? ref : undefined)
    if (!sha) return json(422, { message: `No commit found for SHA: ${ref}` })
    if (request.accept.includes('application/vnd.github.sha')) {
      return { status: 200, body: sha, contentType: 'application/vnd.github.sha; charset=utf-8' }
    }
    return json(200, { sha, commit: { message: 'synthetic' } })
  }
  const ref = request.query.ref ?? 'main'
  const sha = repository.refs[ref] ?? ref
  const text = repository.commits[sha]?.[request.params.path]
  if (text === undefined) return NOT_FOUND
  if (request.accept.includes('application/vnd.github.raw') && !options.ignoreRawMediaType) {
    return { status: 200, body: text, contentType: 'application/vnd.github.raw; charset=utf-8' }
  }
  const base64 = Buffer.from(text).toString('base64')
  return json(200, {
    type: 'file',
    encoding: 'base64',
    // GitHub wraps the base64 text at 60 characters.
    content: base64.replace(/.{60}/g, '$&\n'),
    size: Buffer.byteLength(text),
    name: request.params.path.split('/').pop(),
    path: request.params.path,
    sha: 'f'.repeat(40)
  })
}
