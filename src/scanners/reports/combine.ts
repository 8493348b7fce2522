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
