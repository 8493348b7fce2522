import { imageRepository } from '../image/repository.js'
import type { BaselineScan } from '../model/baseline.js'
import type { EvaluatedFinding, Finding } from '../model/finding.js'
import { findingFingerprint } from '../model/identity.js'
import type { BaseComparison } from '../model/result.js'
import { emptyCounts } from '../model/severity.js'
import { plural } from '../util/text.js'

/** Which head findings the base image also has; the base findings the head no longer has are `fixed`. */
export interface Classification<T> {
  unchanged: Set<T>
  fixed: T[]
}

/**
 * Classifies one image's findings against its base image's, by identity (model/identity.ts: rule,
 * package name and type, image repository; never tag, digest or installed version), so a finding whose
 * package moved to another still-vulnerable version is `unchanged`, not new. Identities can repeat (one
 * CVE in two copies of a library): they are matched one to one, the same installed version first.
 */
export function classifyAgainstBase<T extends Finding>(
  head: readonly T[],
  base: readonly T[]
): Classification<T> {
  const repositories = new Map<string, string>()
  const repositoryOf = (image: string): string => {
    let repository = repositories.get(image)
    if (repository === undefined) repositories.set(image, (repository = imageRepository(image)))
    return repository
  }
  const waiting = new Map<string, T[]>()
  for (const f of base) {
    const key = findingFingerprint(f, repositoryOf)
    const group = waiting.get(key)
    if (group) group.push(f)
    else waiting.set(key, [f])
  }
  const matched = new Set<T>()
  const unchanged = new Set<T>()
  const take = (f: T, group: T[] | undefined, index: number): boolean => {
    if (!group || index < 0 || index >= group.length) return false
    matched.add(group[index]!)
    group.splice(index, 1)
    unchanged.add(f)
    return true
  }
  const otherVersion: Array<[T, string]> = []
  for (const f of head) {
    const key = findingFingerprint(f, repositoryOf)
    const group = waiting.get(key)
    const same = group?.findIndex(b => b.package?.version === f.package?.version) ?? -1
    if (!take(f, group, same)) otherVersion.push([f, key])
  }
  for (const [f, key] of otherVersion) take(f, waiting.get(key), 0)
  return { unchanged, fixed: base.filter(f => !matched.has(f)) }
}

export interface ComparisonOutcome {
  /** The base findings the images no longer have, evaluated like the images' own (never blocking). */
  fixed: EvaluatedFinding[]
  /** Per compared image. */
  bases: Map<string, BaseComparison>
}

/**
 * Sets `comparison` on each compared image's vulnerability findings (mutating them) and collects what
 * the bases had that the images do not. `evaluateBase` applies the policy's exceptions to a base finding
 * as to the image's own, so the base's counts are comparable.
 */
export function compareWithBaselines(
  evaluated: EvaluatedFinding[],
  baselines: readonly BaselineScan[],
  evaluateBase: (finding: Finding) => EvaluatedFinding
): ComparisonOutcome {
  const fixed: EvaluatedFinding[] = []
  const bases = new Map<string, BaseComparison>()
  for (const baseline of baselines) {
    if (!baseline.scanned) {
      bases.set(baseline.image, { image: baseline.base, scanned: false, error: baseline.error })
      continue
    }
    const head = evaluated.filter(f => f.check === 'vulnerabilities' && f.image === baseline.image)
    const base = baseline.findings.map(evaluateBase)
    const { unchanged, fixed: gone } = classifyAgainstBase(head, base)
    for (const f of head) f.comparison = unchanged.has(f) ? 'unchanged' : 'new'
    for (const f of gone) fixed.push({ ...f, blocking: false, comparison: 'fixed' })
    const counts = emptyCounts()
    for (const f of base) if (!f.suppressedBy) counts[f.severity]++
    const visible = head.filter(f => !f.suppressedBy)
    bases.set(baseline.image, {
      image: baseline.base,
      scanned: true,
      counts,
      newCount: visible.filter(f => f.comparison === 'new').length,
      unchangedCount: visible.filter(f => f.comparison === 'unchanged').length,
      fixedCount: gone.length
    })
  }
  return { fixed, bases }
}

/**
 * `gateOn: new`: a vulnerability the base image already has does not block on its own (maxCount, applied
 * after, leaves it out too). Secrets found in the image always gate: a leaked key is urgent wherever it
 * came from. Returns the findings that blocked before, for the verdict's reasons.
 */
export function releaseUnchanged(evaluated: readonly EvaluatedFinding[]): Set<EvaluatedFinding> {
  const released = new Set<EvaluatedFinding>()
  for (const f of evaluated) {
    if (!isReleasable(f) || !f.blocking) continue
    released.add(f)
    f.blocking = false
  }
  return released
}

/** An unchanged vulnerability, which `gateOn: new` does not gate on. */
export function isReleasable(f: EvaluatedFinding): boolean {
  return f.comparison === 'unchanged' && f.vulnerability?.kind !== 'secret'
}

/**
 * What the comparison adds to the verdict's reasons; it makes a passing gate `warn`. (A base that could not
 * be scanned is the check's own warning, or with `gateOn: new` its error.)
 */
export function comparisonReasons(released: ReadonlySet<EvaluatedFinding>): string[] {
  if (released.size === 0) return []
  return [`${plural(released.size, 'finding')} already in the base image, not blocking (gateOn: new)`]
}
