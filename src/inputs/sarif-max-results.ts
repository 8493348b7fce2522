import { ConfigError } from '../errors.js'
import { SARIF_LIMITS } from '../report/sarif-limits.js'
import { formatCount } from '../util/text.js'

/**
 * `sarif-max-results` as a number: a whole number from 1 to GitHub's hard limit, where code scanning
 * would reject the whole upload. `option` names it as the user wrote it (input or CLI flag).
 */
export function parseSarifMaxResults(text: string, option: string): number {
  const trimmed = text.trim()
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN
  if (value >= 1 && value <= SARIF_LIMITS.resultsPerRun) return value
  throw new ConfigError(
    `${option} must be a whole number from 1 to ${formatCount(SARIF_LIMITS.resultsPerRun)}, ` +
      `the most results GitHub code scanning accepts per run (got "${text}")`
  )
}
