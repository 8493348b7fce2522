import { createHash } from 'node:crypto'
import type { ScannerName } from '../../model/finding.js'
import type { DbStamp } from './layout.js'

/**
 * Cache keys that let a newer database be saved. GitHub cache entries cannot be overwritten, so a
 * fixed key per scanner version (anchore/scan-action's) is saved once and then never refreshed.
 * Here every database build gets its own key, `<prefix><built time>-<fingerprint hash>`, and restores
 * match on the prefix, which returns the most recently saved entry.
 */
export function cacheKeyPrefix(scanner: ScannerName, platform: NodeJS.Platform = process.platform): string {
  return `imagegate-${scanner}-db-${platform}-`
}

/** Prefers a database built today (UTC), then any. */
export function restoreKeys(prefix: string, now: Date): { primaryKey: string; restoreKeys: string[] } {
  return { primaryKey: `${prefix}${compactDate(now.toISOString()).slice(0, 8)}`, restoreKeys: [prefix] }
}

export function saveKey(prefix: string, stamp: DbStamp): string {
  const hash = createHash('sha256').update(stamp.fingerprint).digest('hex').slice(0, 12)
  return `${prefix}${compactDate(stamp.builtAt)}-${hash}`
}

/** `2026-12-01T06:12:34.5Z` → `20261201061234`; anything unparseable keeps only its digits. */
function compactDate(text: string): string {
  const date = new Date(text)
  const iso = Number.isNaN(date.getTime()) ? text : date.toISOString()
  return iso.replace(/\D/g, '').slice(0, 14)
}
