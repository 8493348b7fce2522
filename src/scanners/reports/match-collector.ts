import { appendUnique, foldFacts, higherSeverity } from './combine.js'
import { packageKey } from './package-key.js'
import type { ScannerMatch } from './types.js'

/**
 * Folds one report's entries into distinct matches. The same vulnerability in the same package
 * version listed twice (two lock files, a library copied to two paths) is one match whose
 * `locations` holds both paths: one thing to fix, counted once, and no path lost.
 */
export class MatchCollector {
  private readonly byKey = new Map<string, ScannerMatch>()
  entryCount = 0

  add(match: ScannerMatch): void {
    this.entryCount++
    const key = `${match.id.toUpperCase()}\u0000${packageKey(match.packageName, match.installedVersion, match.packageType)}`
    const seen = this.byKey.get(key)
    if (seen) foldMatch(seen, match)
    else this.byKey.set(key, match)
  }

  matches(): ScannerMatch[] {
    return [...this.byKey.values()]
  }
}

function foldMatch(into: ScannerMatch, other: ScannerMatch): void {
  appendUnique(into.aliases, other.aliases)
  into.severity = higherSeverity(into.severity, other.severity)
  foldFacts(into, other)
}
