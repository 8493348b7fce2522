import { formatCount } from '../util/text.js'

/**
 * GitHub code scanning rejects the whole upload past these, and of an accepted run it stores only
 * `storedResultsPerRun` results, picked by its own rules (docs: "SARIF results exceed limit").
 */
export const SARIF_LIMITS = {
  runs: 20,
  resultsPerRun: 25_000,
  storedResultsPerRun: 5_000,
  locationsPerResult: 1_000
} as const

/** The cap actually applied: the asked one, within 1 and GitHub's hard limit. */
export function sarifResultCap(maxResults: number | undefined): number {
  if (maxResults === undefined || Number.isNaN(maxResults)) return SARIF_LIMITS.storedResultsPerRun
  return Math.max(1, Math.min(SARIF_LIMITS.resultsPerRun, Math.floor(maxResults)))
}

/** What the SARIF log leaves out of `findings` under the cap, in words; undefined when it has them all. */
export function sarifCapNote(findings: number, maxResults: number | undefined): string | undefined {
  const cap = sarifResultCap(maxResults)
  if (findings <= cap) return undefined
  const why =
    cap === SARIF_LIMITS.resultsPerRun
      ? `GitHub code scanning rejects a run of more than ${formatCount(cap)} results`
      : cap === SARIF_LIMITS.storedResultsPerRun
        ? `GitHub code scanning stores at most ${formatCount(cap)} results per run (sarif-max-results)`
        : `sarif-max-results is ${formatCount(cap)}`
  return (
    `The SARIF log has the ${formatCount(cap)} most severe of ${formatCount(findings)} findings, blocking ` +
    `ones first, as ${why}; ${formatCount(findings - cap)} were left out. The JSON report has all of them.`
  )
}
