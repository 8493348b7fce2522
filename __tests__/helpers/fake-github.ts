// A local stand-in for the GitHub REST API (issue comments and GraphQL `viewer`), for tests that point
// GITHUB_API_URL at it. Every REST request is checked against GitHub's published OpenAPI description
// (@octokit/openapi): the path and method must exist, query parameters must be declared and valid, and
// the JSON body must match the operation's request body schema. Violations are collected, not thrown,
// so a test can assert there were none.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import { answerContents, type FakeRepository } from './fake-contents.js'

const require = createRequire(import.meta.url)
type Json = Record<string, unknown>
interface Operation {
  parameters?: Json[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> }
}
const spec = require('@octokit/openapi/generated/api.github.com.json') as {
  paths: Record<string, Record<string, Operation>>
  components: Json
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url: string
  created_at: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body?: unknown
}

export interface FakeGitHubOptions {
  /** GraphQL viewer login of the token; REST authors of its comments get `[bot]` when it is a bot. */
  viewer?: string
  commentAuthor?: string
  /** HTTP status for comment writes (POST/PATCH/DELETE), e.g. 403 for a fork's read-only token. */
  failWritesWith?: number
  /** The next N requests answer 502 (retried by plugin-retry). */
  failNext?: number
  /** Repositories whose refs and files the contents API serves (policy `extends`), by `owner/repo`. */
  repositories?: Record<string, FakeRepository>
  /** Answer base64 JSON even when raw is asked for, as some proxies do. */
  ignoreRawMediaType?: boolean
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  readonly comments = new Map<number, FakeComment[]>()
  /** Contents and commit reads with the media type asked for (raw, sha). */
  readonly contentReads: Array<{ path: string; accept: string }> = []
  private nextId = 1000
  private server: Server
  url = ''

  constructor(readonly options: FakeGitHubOptions = {}) {
    this.server = createServer((req, res) => void this.handle(req, res))
  }

  async start(): Promise<string> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** Comments on an issue by someone else, as a busy PR has. */
  seed(issue: number, count: number, author = 'octocat', body = (i: number) => `LGTM ${i}`): void {
    for (let i = 0; i < count; i++) this.add(issue, body(i), author)
  }

  add(issue: number, body: string, author: string): FakeComment {
    const id = this.nextId++
    const comment = {
      id,
      body,
      user: { login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${id}`,
      created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString()
    }
    const list = this.comments.get(issue) ?? []
    list.push(comment)
    this.comments.set(issue, list)
    return comment
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const text = await readBody(req)
    const body = text ? (JSON.parse(text) as unknown) : undefined
    const method = (req.method ?? 'GET').toUpperCase()
    this.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body })
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(data === undefined ? '' : JSON.stringify(data))
    }
    if (!/^(token|bearer) \S+$/i.test(req.headers.authorization ?? '')) this.violations.push('no token sent')
    if ((this.options.failNext ?? 0) > 0) {
      this.options.failNext = (this.options.failNext ?? 0) - 1
      return send(502, { message: 'Bad gateway' })
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      if (!/viewer\s*\{\s*login\s*\}/.test(String((body as Json)?.query)))
        this.violations.push('unexpected GraphQL')
      return send(200, { data: { viewer: { login: this.options.viewer ?? 'github-actions' } } })
    }
    const route = this.validate(method, url, body)
    if (!route) return send(404, { message: 'Not Found' })
    const contents = answerContents(
      this.options.repositories ?? {},
      {
        method,
        template: route.template,
        params: route.params,
        query: Object.fromEntries(url.searchParams),
        accept: req.headers.accept ?? '',
        token: /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
      },
      this.options
    )
    if (contents) {
      this.contentReads.push({ path: url.pathname, accept: req.headers.accept ?? '' })
      res.writeHead(contents.status, { 'content-type': contents.contentType })
      return void res.end(typeof contents.body === 'string' ? contents.body : JSON.stringify(contents.body))
    }
    const write = method !== 'GET'
    if (write && this.options.failWritesWith) {
      return send(this.options.failWritesWith, { message: 'Resource not accessible by integration' })
    }
    return this.answer(method, route, url, body as Json | undefined, send)
  }

  private answer(
    method: string,
    route: { template: string; params: Record<string, string> },
    url: URL,
    body: Json | undefined,
    send: (status: number, data?: unknown, headers?: Record<string, string>) => void
  ): void {
    const issue = Number(route.params.issue_number)
    if (route.template.endsWith('/issues/{issue_number}/comments') && method === 'GET') {
      const all = this.comments.get(issue) ?? []
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const pages = Math.max(1, Math.ceil(all.length / perPage))
      const headers: Record<string, string> = {}
      if (page < pages) {
        const next = new URL(url.href.replace('http://localhost', this.url))
        next.searchParams.set('page', String(page + 1))
        headers.link = `<${next.href}>; rel="next"`
      }
      return send(200, all.slice((page - 1) * perPage, page * perPage), headers)
    }
    if (route.template.endsWith('/issues/{issue_number}/comments') && method === 'POST') {
      const author = this.options.commentAuthor ?? 'github-actions[bot]'
      return send(201, this.add(issue, String(body?.body), author))
    }
    const id = Number(route.params.comment_id)
    for (const list of this.comments.values()) {
      const index = list.findIndex(c => c.id === id)
      if (index < 0) continue
      if (method === 'DELETE') {
        list.splice(index, 1)
        return send(204)
      }
      list[index].body = String(body?.body)
      return send(200, list[index])
    }
    return send(404, { message: 'Not Found' })
  }

  /** The OpenAPI operation for the request, with every violation recorded; undefined when none matches. */
  private validate(
    method: string,
    url: URL,
    body: unknown
  ): { template: string; params: Record<string, string> } | undefined {
    const where = `${method} ${url.pathname}`
    const match = matchPath(url.pathname)
    const operation = match && spec.paths[match.template][method.toLowerCase()]
    if (!match || !operation) {
      this.violations.push(`${where}: no such operation in the OpenAPI description`)
      return undefined
    }
    const parameters = (operation.parameters ?? []).map(p => resolve(p) as Json)
    for (const [name, value] of [...url.searchParams]) {
      const declared = parameters.find(p => p.in === 'query' && p.name === name)
      if (!declared) this.violations.push(`${where}: undeclared query parameter ${name}`)
      else if (!schemaValidator(declared.schema as Json)(coerce(value, declared.schema as Json))) {
        this.violations.push(`${where}: query ${name}=${value} does not match its schema`)
      }
    }
    for (const p of parameters.filter(p => p.in === 'path')) {
      const value = match.params[String(p.name)]
      if (!schemaValidator(p.schema as Json)(coerce(value, p.schema as Json))) {
        this.violations.push(`${where}: path parameter ${String(p.name)}=${value} does not match its schema`)
      }
    }
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema
    if (bodySchema) {
      const schema = resolve(bodySchema) as Json
      const validate = schemaValidator(schema)
      if (body === undefined && operation.requestBody?.required)
        this.violations.push(`${where}: body required`)
      else if (body !== undefined && !validate(body)) {
        this.violations.push(`${where}: body ${JSON.stringify(validate.errors)}`)
      }
      const known = Object.keys((schema.properties as Json | undefined) ?? {})
      for (const key of Object.keys((body as Json | undefined) ?? {})) {
        if (!known.includes(key)) this.violations.push(`${where}: body field ${key} is not in the schema`)
      }
    } else if (body !== undefined && method !== 'GET') {
      this.violations.push(`${where}: a body where the operation takes none`)
    }
    return match
  }
}

const templates = Object.keys(spec.paths).map(template => ({
  template,
  names: [...template.matchAll(/\{([^}]+)\}/g)].map(m => m[1]),
  regex: new RegExp(
    `^${template
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      // A file path in the contents API spans several segments.
      .replace(/\{path\}$/, '(.+)')
      .replace(/\\?\{[^}]+\\?\}/g, '([^/]+)')}$`
  )
}))

function matchPath(path: string): { template: string; params: Record<string, string> } | undefined {
  for (const t of templates) {
    const m = t.regex.exec(path)
    if (m)
      return {
        template: t.template,
        params: Object.fromEntries(t.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))
      }
  }
  return undefined
}

function resolve(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(v => resolve(v, depth + 1))
  const ref = (value as Json).$ref
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Json)[key], spec)
    return resolve(target, depth + 1)
  }
  return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, resolve(v, depth + 1)]))
}

// OpenAPI 3.0 schemas: `nullable`, `example` and friends are not JSON Schema keywords, so not strict.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
const cache = new Map<string, ValidateFunction>()
function schemaValidator(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema)
  let validate = cache.get(key)
  if (!validate) cache.set(key, (validate = ajv.compile(schema)))
  return validate
}

function coerce(value: string | undefined, schema: Json): unknown {
  if (
    value !== undefined &&
    (schema?.type === 'integer' || schema?.type === 'number') &&
    /^-?\d+(\.\d+)?$/.test(value)
  ) {
    return Number(value)
  }
  return value
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
