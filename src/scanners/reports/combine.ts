import type { ScannerMatch } from './types.js'
import type { VulnerabilityDetail } from '../../model/finding.js'
import { severityRank, type Severity } from '../../model/severity.js'

type FixState = VulnerabilityDetail['fixState']

/** Most specific wins: a known fix, then a decision not to fix, then "no fix yet", then no word. */
const FIX_STATE_RANK: Record<FixState, number> = { fixed: 3, 'wont-fix': 2, 'not-fixed': 1, unknown: 0 }

export function strongerFixState(a: FixState, b: FixState): FixState {
  return FIX_STATE_RANK[b] > FIX_STATE_RANK[a] ? b : a
}

export function higherSeverity(a: Severity, b: Severity): Severity {
  return severityRank(b) > severityRank(a) ? b : a
}

export function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Math.max(a, b)
}

/** KEV: listed by anyone wins; "checked and not listed" beats "not checked". */
export function eitherKnownExploited(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === true || b === true) return true
  if (a === false || b === false) return false
  return undefined
}

/** Appends the items of `more` that `into` lacks, keeping first-seen order. */
export function appendUnique(into: string[], more: readonly string[]): void {
  for (const item of more) if (!into.includes(item)) into.push(item)
}

/** What two matches of one vulnerability in one package pool, whoever reported them. */
export type MatchFacts = Pick<
  ScannerMatch,
  | 'fixedVersions'
  | 'fixState'
  | 'locations'
  | 'packageType'
  | 'title'
  | 'url'
  | 'cvss'
  | 'epss'
  | 'knownExploited'
>

/**
 * A copy to fold into, with its own arrays. Every field is set, even to undefined, so all copies
 * share one object shape and the fold over 40,000 of them stays fast.
 */
export function copyFacts(match: MatchFacts): MatchFacts {
  return {
    fixedVersions: match.fixedVersions.slice(),
    fixState: match.fixState,
    locations: match.locations.slice(),
    packageType: match.packageType,
    title: match.title,
    url: match.url,
    cvss: match.cvss,
    epss: match.epss,
    knownExploited: match.knownExploited
  }
}

/** Union of fixed versions and paths, the stronger fix state, the higher scores, the first text. */
export function foldFacts(into: MatchFacts, other: MatchFacts): void {
  appendUnique(into.fixedVersions, other.fixedVersions)
  appendUnique(into.locations, other.locations)
  into.fixState = strongerFixState(into.fixState, other.fixState)
  if (into.packageType === undefined && other.packageType !== undefined) into.packageType = other.packageType
  if (into.title === undefined && other.title !== undefined) into.title = other.title
  if (into.url === undefined && other.url !== undefined) into.url = other.url
  const cvss = maxDefined(into.cvss, other.cvss)
  if (cvss !== undefined) into.cvss = cvss
  const epss = maxDefined(into.epss, other.epss)
  if (epss !== undefined) into.epss = epss
  const knownExploited = eitherKnownExploited(into.knownExploited, other.knownExploited)
  if (knownExploited !== undefined) into.knownExploited = knownExploited
}

/** Leaves optional fields absent rather than present-and-undefined, so reports stay tidy. */
export function setIfDefined<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined
): void {
  if (value !== undefined) target[key] = value
}
