import type { EvaluatedFinding } from '../model/finding.js'
import { RULE_EQUIVALENTS } from '../model/rule-equivalents.js'
import { severityRank } from '../model/severity.js'

/**
 * One problem, one finding: where two checks' equivalent rules (`RULE_EQUIVALENTS`) fired at the same
 * file, line and column, keeps the finding of the table's `rule` with the other id in `aliases`. Runs
 * after exceptions are applied, so either finding's suppression (a policy exception or an inline ignore
 * of either id) suppresses the merged one; otherwise it blocks when either would have. Pure; order kept.
 */
export function mergeEquivalentFindings(findings: EvaluatedFinding[]): EvaluatedFinding[] {
  if (findings.length < 2) return findings
  const aliasRules = new Set(RULE_EQUIVALENTS.map(pair => pair.alias))
  const byPlace = new Map<string, EvaluatedFinding[]>()
  for (const finding of findings) {
    if (!aliasRules.has(finding.rule)) continue
    const key = placeKey(finding)
    if (key !== undefined) byPlace.set(key, [...(byPlace.get(key) ?? []), finding])
  }
  if (byPlace.size === 0) return findings

  const merged = new Set<EvaluatedFinding>()
  const result = findings.map(finding => {
    const key = placeKey(finding)
    const aliases = RULE_EQUIVALENTS.filter(pair => pair.rule === finding.rule).map(pair => pair.alias)
    if (key === undefined || aliases.length === 0) return finding
    const same = (byPlace.get(key) ?? []).filter(other => aliases.includes(other.rule) && !merged.has(other))
    if (same.length === 0) return finding
    same.forEach(other => merged.add(other))
    return same.reduce(mergeTwo, finding)
  })
  return result.filter(finding => !merged.has(finding))
}

function mergeTwo(kept: EvaluatedFinding, other: EvaluatedFinding): EvaluatedFinding {
  const suppressedBy = kept.suppressedBy ?? other.suppressedBy
  const merged: EvaluatedFinding = {
    ...kept,
    aliases: [...(kept.aliases ?? []), other.rule],
    severity: severityRank(other.severity) > severityRank(kept.severity) ? other.severity : kept.severity,
    blocking: suppressedBy === undefined && (kept.blocking || other.blocking)
  }
  if (suppressedBy !== undefined) merged.suppressedBy = suppressedBy
  return merged
}

/** Findings without a line and column are about an image or a whole file: never merged. */
function placeKey(finding: EvaluatedFinding): string | undefined {
  const location = finding.location
  if (location?.line === undefined || location.column === undefined) return undefined
  return `${location.file}\u0000${location.line}\u0000${location.column}`
}
