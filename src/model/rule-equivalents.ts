/**
 * Rules of two checks that flag the same problem: where both fire at the same place (file, line and
 * column), the verdict keeps one finding, the `rule`'s, with the other id in its `aliases`. An exception
 * or an inline ignore pragma naming either id suppresses it. The one table of such pairs.
 */
export interface RuleEquivalence {
  /** The id the merged finding keeps: imagegate's own, whose check is gated by the image policy. */
  rule: string
  /** The id of the other check's rule for the same problem, e.g. hadolint's. */
  alias: string
}

export const RULE_EQUIVALENTS: readonly RuleEquivalence[] = [
  // `FROM debian:latest`: tag pinning's IG101 and hadolint's DL3007, on the image of the FROM.
  { rule: 'IG101', alias: 'DL3007' },
  // `FROM debian`: tag pinning's IG102 and hadolint's DL3006.
  { rule: 'IG102', alias: 'DL3006' }
]

/** The ids that name the same problem as `id` (without `id` itself); empty for most rules. */
export function equivalentIds(id: string): string[] {
  const upper = id.toUpperCase()
  return RULE_EQUIVALENTS.flatMap(pair =>
    pair.rule === upper ? [pair.alias] : pair.alias === upper ? [pair.rule] : []
  )
}
