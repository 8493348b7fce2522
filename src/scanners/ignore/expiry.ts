import { isCalendarDate, isPastExpiryDay } from '../../policy/date.js'
import type { IgnoreRule } from './types.js'

// What Go's yaml.v3 decodes into time.Time (Trivy's `expired_at`), minus the zone-less forms.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|z|[+-]\d{2}:\d{2})$/

/**
 * An expiry as imagegate stores it: a `YYYY-MM-DD` date stays as it is, a timestamp becomes UTC ISO.
 * Returns an error message for anything else.
 */
export function normalizeExpiry(text: string): { expires: string } | { error: string } {
  if (isCalendarDate(text)) return { expires: text }
  const match = TIMESTAMP.exec(text)
  if (match && isCalendarDate(match[1])) {
    const [, day, hours, minutes, seconds, fraction = '', zone] = match
    const instant = Date.parse(`${day}T${hours}:${minutes}:${seconds}${fraction}${zone.toUpperCase()}`)
    if (!Number.isNaN(instant)) return { expires: new Date(instant).toISOString() }
  }
  return {
    error: `must be a real date written YYYY-MM-DD, e.g. 2027-01-31, or a timestamp with a zone, e.g. 2027-01-31T12:00:00Z (got ${JSON.stringify(text)})`
  }
}

/**
 * A date applies through the whole of that UTC day, as policy exceptions do (Trivy stops at the
 * start of it); a timestamp applies until that instant.
 */
export function isIgnoreRuleExpired(rule: IgnoreRule, now: Date): boolean {
  const { expires } = rule
  if (!expires) return false
  // One day rule for policy exceptions and ignore files.
  if (isCalendarDate(expires)) return isPastExpiryDay(expires, now)
  // An expiry that is neither form (a rule built by hand) counts as expired, never as forever.
  const end = Date.parse(expires)
  return Number.isNaN(end) || now.getTime() > end
}

export function splitIgnoreRules(
  rules: IgnoreRule[],
  now: Date
): { active: IgnoreRule[]; expired: IgnoreRule[] } {
  const active: IgnoreRule[] = []
  const expired: IgnoreRule[] = []
  for (const rule of rules) (isIgnoreRuleExpired(rule, now) ? expired : active).push(rule)
  return { active, expired }
}
