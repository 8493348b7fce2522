import type { Finding } from '../model/finding.js'
import { isPastExpiryDay } from '../policy/date.js'
import type { PolicyException } from '../policy/types.js'

export interface SplitExceptions {
  active: PolicyException[]
  expired: PolicyException[]
}

/** An exception applies through the whole of its `expires` day (UTC), and not after. */
export function isExpired(exception: PolicyException, now: Date): boolean {
  return exception.expires ? isPastExpiryDay(exception.expires, now) : false
}

export function splitExceptions(exceptions: PolicyException[], now: Date): SplitExceptions {
  const active: PolicyException[] = []
  const expired: PolicyException[] = []
  for (const e of exceptions) (isExpired(e, now) ? expired : active).push(e)
  return { active, expired }
}

/**
 * The first active exception that covers a finding: same id (case-insensitive; a vulnerability's
 * aliases count, so `GHSA-…` covers the CVE both scanners merged it with), and where the
 * exception names a package or an image, the finding must match those too.
 */
export function findException(
  finding: Finding,
  active: PolicyException[],
  imageMatches: (pattern: string, image: string) => boolean
): PolicyException | undefined {
  if (active.length === 0) return undefined
  const ids = idsOf(finding)
  return active.find(e => {
    if (!ids.includes(e.id.toUpperCase())) return false
    if (e.package !== undefined && e.package !== finding.package?.name) return false
    if (e.image !== undefined && (finding.image === undefined || !imageMatches(e.image, finding.image)))
      return false
    return true
  })
}

function idsOf(finding: Finding): string[] {
  return [finding.rule, ...(finding.vulnerability?.aliases ?? [])].map(id => id.toUpperCase())
}
