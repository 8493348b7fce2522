import type { Severity } from '../../model/severity.js'
import { at, type FieldReader, type JsonObject, type JsonPath } from './json-reader.js'

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

/** The spellings scanners write (`HIGH`, `High`), looked up before any case folding, which allocates. */
const AS_WRITTEN = new Map<string, Severity>(
  Object.entries(SCANNER_SEVERITIES).flatMap(([word, severity]) => [
    [word, severity],
    [word.toUpperCase(), severity],
    [word.charAt(0).toUpperCase() + word.slice(1), severity]
  ])
)

export function readSeverity(reader: FieldReader, parent: JsonObject, key: string, path: JsonPath): Severity {
  const raw = reader.optString(parent, key, path)
  if (raw === undefined) return 'info'
  const severity = AS_WRITTEN.get(raw) ?? AS_WRITTEN.get(raw.trim().toLowerCase())
  if (severity === undefined) reader.fail(at(path, key), `unknown severity ${JSON.stringify(raw)}`)
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
