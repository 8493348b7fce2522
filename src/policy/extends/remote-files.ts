import type { Problem } from '../problems.js'
import { originAt, positionOf, type PolicyDocument } from './layers.js'

/**
 * Fields that name a file relative to the policy file. A base read from another repository or a URL has
 * no files next to it in this workspace, so such a path would read whatever the repository being gated
 * put there: refused, so a repository cannot swap the org's signing key for its own.
 */
export function remoteFileProblems(document: PolicyDocument): Problem[] {
  if (document.source.kind === 'workspace' || document.source.kind === 'builtin') return []
  const signatures = document.data.signatures as
    | {
        trustedRoot?: unknown
        authorities?: Array<{ key?: { path?: unknown }; keyless?: { trustedRoot?: unknown } }>
      }
    | undefined
  const paths: string[][] = []
  if (signatures?.trustedRoot !== undefined) paths.push(['signatures', 'trustedRoot'])
  signatures?.authorities?.forEach((authority, i) => {
    if (authority.key?.path !== undefined) paths.push(['signatures', 'authorities', String(i), 'key', 'path'])
    if (authority.keyless?.trustedRoot !== undefined) {
      paths.push(['signatures', 'authorities', String(i), 'keyless', 'trustedRoot'])
    }
  })
  return paths.map(path => ({
    message:
      'a base policy from another repository or a URL cannot name a file (it would be read from the repository being gated); ' +
      'write the key inline with key.data, or keep the file-based setting in the repository policy',
    position: positionOf(originAt(document, path), path.join('.'))
  }))
}
