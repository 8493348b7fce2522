import type { Finding } from './finding.js'
import { hash64Fields } from '../util/hash.js'

/**
 * A finding's stable identity across runs, the key that SARIF fingerprints, JSON reports, base
 * comparison and aggregation share. It leaves out what changes on every build or scanner update: the
 * image's tag and digest (`repositoryOf` reduces a reference to its repository), the package version and
 * the message text. Two findings with the same rule, place, image repository and package are one.
 */
export function findingFingerprint(finding: Finding, repositoryOf: (image: string) => string): string {
  const line = finding.location?.line
  return hash64Fields([
    finding.rule,
    finding.location?.file ?? '',
    line === undefined ? '' : String(line),
    finding.image ? repositoryOf(finding.image) : '',
    finding.package?.name ?? '',
    finding.package?.type ?? ''
  ])
}
