import * as path from 'node:path'
import type { PolicySource } from './source.js'

/** A base policy as an `extends` entry names it, before it is fetched. */
export type BaseReference =
  | { kind: 'workspace'; path: string; label: string }
  | { kind: 'github'; owner: string; repo: string; path: string; ref: string }
  | { kind: 'url'; url: string; sha256: string }

/** `OWNER/REPO/PATH@REF`, as GitHub names owners and repositories. */
const GITHUB_FILE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@\s]+)$/
const URL_PIN = /^sha256=([0-9a-f]{64})$/

/**
 * What one `extends` entry refers to, seen from the document that contains it; a string is a mistake
 * to report at the entry. A relative path is relative to that document: inside the workspace for a
 * workspace file, in the same repository and commit for a file fetched from GitHub.
 */
export function parseBaseReference(
  entry: string,
  from: PolicySource,
  workingDirectory: string
): BaseReference | string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(entry)) return parseUrl(entry)
  const remote = GITHUB_FILE.exec(entry)
  if (remote) {
    const [, owner, repo, file, ref] = remote
    const problem = repoPathProblem(file)
    if (problem) return problem
    return { kind: 'github', owner, repo, path: file, ref }
  }
  if (entry.includes('@')) {
    return 'not OWNER/REPO/PATH@REF (e.g. acme/security-policies/imagegate.yml@v3), nor a path in this repository'
  }
  return relativeReference(entry, from, workingDirectory)
}

function parseUrl(entry: string): BaseReference | string {
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    return 'not a valid URL'
  }
  if (url.protocol !== 'https:') return 'a base policy URL must use https://'
  if (url.username || url.password) return 'a base policy URL must not contain credentials'
  const pin = URL_PIN.exec(url.hash.slice(1))
  // An unpinned URL could change under every repository that extends it, without review.
  if (!pin) return 'pin the URL to its content: append #sha256=<64 lowercase hex digits> (sha256sum FILE)'
  url.hash = ''
  return { kind: 'url', url: url.href, sha256: pin[1] }
}

function relativeReference(
  entry: string,
  from: PolicySource,
  workingDirectory: string
): BaseReference | string {
  if (from.kind === 'workspace') {
    if (path.isAbsolute(entry)) return 'write the path relative to this policy file, not absolute'
    const absolute = path.resolve(path.dirname(from.path), entry)
    const label = path.relative(workingDirectory, absolute)
    if (label.startsWith('..') || path.isAbsolute(label)) return 'the path leaves the working directory'
    return { kind: 'workspace', path: absolute, label: label.split(path.sep).join('/') }
  }
  if (from.kind === 'github') {
    // A relative base of a fetched file is read from the same commit, so the pair cannot drift apart.
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from.path), entry))
    const problem = repoPathProblem(file)
    if (problem) return problem
    return { kind: 'github', owner: from.owner, repo: from.repo, path: file, ref: from.commitSha }
  }
  return 'a policy fetched from a URL can only extend OWNER/REPO/PATH@REF or pinned URLs, not relative paths'
}

function repoPathProblem(file: string): string | undefined {
  if (file.startsWith('/') || file.split('/').some(segment => segment === '..' || segment === '')) {
    return 'the path inside the repository must be relative, without `..` or empty segments'
  }
  return undefined
}
