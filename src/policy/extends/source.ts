import { BUILTIN_POLICY_LABEL } from '../builtin.js'

/** Where one policy document came from. */
export type PolicySource =
  | { kind: 'builtin' }
  /** A file in the workspace: `path` is absolute, `label` how the user wrote it (relative). */
  | { kind: 'workspace'; path: string; label: string }
  /** A file in a GitHub repository, at the commit its ref resolved to when it was fetched. */
  | {
      kind: 'github'
      owner: string
      repo: string
      path: string
      ref: string
      commitSha: string
      htmlUrl: string
    }
  /** An https URL, accepted only because its content had the pinned SHA-256. */
  | { kind: 'url'; url: string; sha256: string }

/**
 * How messages and `explain` name a document: the workspace path as written, `built-in default`, or a
 * remote document in full (`acme/policies/imagegate.yml@v3`, the URL without its pin).
 */
export function sourceLabel(source: PolicySource): string {
  switch (source.kind) {
    case 'builtin':
      return BUILTIN_POLICY_LABEL
    case 'workspace':
      return source.label
    case 'github':
      return `${source.owner}/${source.repo}/${source.path}@${source.ref}`
    case 'url':
      return source.url
  }
}

/** A longer description for the document list: the commit a ref resolved to, the pinned hash. */
export function sourceDetail(source: PolicySource): string | undefined {
  if (source.kind === 'github') return `commit ${source.commitSha}, ${source.htmlUrl}`
  if (source.kind === 'url') return `sha256 ${source.sha256}`
  return undefined
}

/** Only workspace files can carry annotations; everything else is named in full in the message. */
export function isExternal(source: PolicySource): boolean {
  return source.kind !== 'workspace'
}

/** Identity for cycle detection and the run's cache: the same bytes have the same key. */
export function sourceKey(source: PolicySource): string {
  switch (source.kind) {
    case 'builtin':
      return 'builtin'
    case 'workspace':
      return `file:${source.path}`
    case 'github':
      return `github:${source.owner.toLowerCase()}/${source.repo.toLowerCase()}/${source.path}@${source.commitSha}`
    case 'url':
      return `url:${source.url}`
  }
}
