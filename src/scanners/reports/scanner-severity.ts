import type { Severity } from '../../model/severity.js'
import type { FieldReader, JsonObject } from './json-reader.js'

/**
 * Trivy (CRITICAL…LOW, UNKNOWN) and Grype (Critical…Low, Negligible, Unknown) on our scale.
 * UNKNOWN, Negligible and a missing severity become `info`: the scanner gives no rating to gate on,
 * and CVSS/KEV/EPSS gates still apply. Any other word is an error, so a new scanner level cannot
 * slip through as `info` unnoticed.
 */
const SCANNER_SEVERITIES: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  moderate: 'medium',
  low: 'low',
  negligible: 'info',
  unknown: 'info',
  none: 'info',
  '': 'info'
}

export function readSeverity(reader: FieldReader, parent: JsonObject, key: string, path: string): Severity {
  const raw = reader.optString(parent, key, path)
  if (raw === undefined) return 'info'
  const severity = SCANNER_SEVERITIES[raw.trim().toLowerCase()]
  if (severity === undefined) reader.fail(`${path}.${key}`, `unknown severity ${JSON.stringify(raw)}`)
  return severity
}

/** One CVSS score as a report states it; `version` like "3.1" or "4.0". */
export interface CvssScore {
  source: string
  version: number
  score: number
}

/**
 * The highest base score over sources, taking each source's newest CVSS version (a v2 score is
 * not allowed to outbid the same source's v3 score). Undefined when there is none.
 */
export function highestCvss(scores: CvssScore[]): number | undefined {
  const newest = new Map<string, CvssScore>()
  for (const s of scores) {
    const seen = newest.get(s.source)
    if (!seen || s.version > seen.version || (s.version === seen.version && s.score > seen.score))
      newest.set(s.source, s)
  }
  let best: number | undefined
  for (const s of newest.values()) if (best === undefined || s.score > best) best = s.score
  return best
}
