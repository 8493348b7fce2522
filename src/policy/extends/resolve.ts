import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { ConfigError, errorMessage, formatProblem } from '../../errors.js'
import { closestMatch } from '../suggest.js'
import { POLICY_SCHEMA } from '../schema.js'
import type { Problem } from '../problems.js'
import { lockablePaths } from './fields.js'
import type { PolicySourceFetcher, UrlFetcher } from './fetcher.js'
import { layerOf, LOCK_ALL, originAt, positionOf, type Layered, type PolicyDocument } from './layers.js'
import { overlay } from './merge.js'
import { parseBaseReference, type BaseReference } from './reference.js'
import { remoteFileProblems } from './remote-files.js'
import { sourceKey, type PolicySource } from './source.js'

export interface ResolveOptions {
  workingDirectory: string
  /** Parses and validates one document's text (the same schema for every base). */
  parse: (text: string, source: PolicySource) => PolicyDocument
  /** Reads `OWNER/REPO/PATH@REF`; created on first use, so a local-only policy needs no token. */
  github?: () => PolicySourceFetcher
  fetchUrl?: UrlFetcher
  now: Date
  /** How many `extends` deep a chain may go (default 5). */
  maxDepth?: number
}

const DEFAULT_MAX_DEPTH = 5
const LOCKABLE = lockablePaths(POLICY_SCHEMA)

/**
 * Resolves a document's `extends` chain and merges it: bases in order, each one's own bases first, then
 * the document. Cycles and chains deeper than the limit are errors, and so is every base that cannot be
 * read: nothing falls back to a weaker policy. Each base is fetched once per run (the cache lives in
 * this resolver).
 */
export class PolicyResolver {
  private readonly cache = new Map<string, Promise<PolicyDocument>>()
  private github?: PolicySourceFetcher

  constructor(private readonly options: ResolveOptions) {}

  async resolve(document: PolicyDocument): Promise<Layered> {
    return this.resolveAt(document, [sourceKey(document.source)])
  }

  private async resolveAt(document: PolicyDocument, chain: string[]): Promise<Layered> {
    const problems = [...lockProblems(document), ...remoteFileProblems(document)]
    const entries = extendsEntries(document)
    let lower: Layered | undefined
    for (const { entry, path } of entries) {
      const at = positionOf(originAt(document, path), 'extends')
      const maxDepth = this.options.maxDepth ?? DEFAULT_MAX_DEPTH
      if (chain.length > maxDepth) {
        problems.push({ message: `more than ${maxDepth} levels of extends; flatten the chain`, position: at })
        break
      }
      const reference = parseBaseReference(entry, document.source, this.options.workingDirectory)
      if (typeof reference === 'string') {
        problems.push({ message: `${reference} (got ${JSON.stringify(entry)})`, position: at })
        continue
      }
      const base = await this.read(reference, entry, at)
      const key = sourceKey(base.source)
      if (chain.includes(key)) {
        const names = [...chain.slice(chain.indexOf(key)), key].map(k => k.replace(/^[a-z]+:/, ''))
        problems.push({ message: `extends cycle: ${names.join(' → ')}`, position: at })
        continue
      }
      const resolved = await this.resolveAt(base, [...chain, key])
      const merged = lower ? overlay(lower, resolved, this.options.now) : { layered: resolved, problems: [] }
      problems.push(...merged.problems)
      lower = merged.layered
    }
    fail(problems)
    if (!lower) return layerOf(document)
    const merged = overlay(lower, layerOf(document), this.options.now)
    fail(merged.problems)
    return merged.layered
  }

  /** The base document, fetched and parsed once per run; a failure names the entry and the reason. */
  private read(reference: BaseReference, entry: string, at: Problem['position']): Promise<PolicyDocument> {
    const key = JSON.stringify(reference)
    let pending = this.cache.get(key)
    if (!pending) {
      pending = this.fetch(reference).then(
        ({ text, source }) => this.options.parse(text, source),
        (error: unknown) => {
          if (error instanceof ConfigError) throw error
          const message = `cannot read the base policy ${entry}: ${errorMessage(error)}`
          throw new ConfigError(formatProblem({ message, position: at }), [{ message, position: at }])
        }
      )
      this.cache.set(key, pending)
    }
    return pending
  }

  private async fetch(reference: BaseReference): Promise<{ text: string; source: PolicySource }> {
    switch (reference.kind) {
      case 'workspace': {
        const text = await readFile(reference.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new Error(error.code === 'ENOENT' ? `no such file ${reference.label}` : errorMessage(error))
        })
        return { text, source: { kind: 'workspace', path: reference.path, label: reference.label } }
      }
      case 'github': {
        const fetcher = (this.github ??= this.options.github?.())
        if (!fetcher) throw new Error('no GitHub token to read it with; set policy-token (or GITHUB_TOKEN)')
        const file = await fetcher.fetch(reference)
        return { text: file.text, source: { ...reference, commitSha: file.commitSha, htmlUrl: file.htmlUrl } }
      }
      case 'url': {
        if (!this.options.fetchUrl) throw new Error('fetching URLs is not available here')
        const body = await this.options.fetchUrl(reference.url)
        const actual = createHash('sha256').update(body).digest('hex')
        if (actual !== reference.sha256) {
          throw new Error(
            `its SHA-256 is ${actual}, not the pinned ${reference.sha256}; review the change, then update the pin`
          )
        }
        return { text: body.toString('utf8'), source: { kind: 'url', url: reference.url, sha256: actual } }
      }
    }
  }
}

/**
 * The `extends` entries as strings; `{url, sha256}` is the same entry as `url#sha256=HEX`, so both
 * forms go through one parser.
 */
function extendsEntries(document: PolicyDocument): Array<{ entry: string; path: string[] }> {
  const value = document.data.extends
  if (typeof value === 'string') return [{ entry: value, path: ['extends'] }]
  if (!Array.isArray(value)) return []
  return value.map((entry, i) => {
    const pinned = entry as { url?: unknown; sha256?: unknown }
    const text = typeof entry === 'string' ? entry : `${String(pinned.url)}#sha256=${String(pinned.sha256)}`
    return { entry: text, path: ['extends', String(i)] }
  })
}

/** A locked path that names no field would lock nothing, silently. */
function lockProblems(document: PolicyDocument): Problem[] {
  const locked = document.data.locked
  if (!Array.isArray(locked)) return []
  const problems: Problem[] = []
  locked.forEach((item, i) => {
    const path = String(item)
    if (
      path === LOCK_ALL ||
      LOCKABLE.includes(path) ||
      /^(dockerfile|imageConfig)\.rules\.[A-Z]+[0-9]+$/.test(path)
    )
      return
    const suggestion = closestMatch(path, LOCKABLE)
    const hint = suggestion
      ? `did you mean \`${suggestion}\`?`
      : 'write a dotted path such as vulnerabilities.failOn, or `all`'
    problems.push({
      message: `\`${path}\` names no policy field; ${hint}`,
      position: positionOf(originAt(document, ['locked', String(i)]), 'locked')
    })
  })
  return problems
}

function fail(problems: Problem[]): void {
  if (problems.length > 0) throw new ConfigError(problems.map(formatProblem).join('\n'), problems)
}
