import {
  appendUnique,
  eitherKnownExploited,
  higherSeverity,
  maxDefined,
  strongerFixState
} from './combine.js'
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
  appendUnique(into.fixedVersions, other.fixedVersions)
  appendUnique(into.locations, other.locations)
  into.severity = higherSeverity(into.severity, other.severity)
  into.fixState = strongerFixState(into.fixState, other.fixState)
  into.packageType ??= other.packageType
  into.title ??= other.title
  into.url ??= other.url
  setIfDefined(into, 'cvss', maxDefined(into.cvss, other.cvss))
  setIfDefined(into, 'epss', maxDefined(into.epss, other.epss))
  setIfDefined(into, 'knownExploited', eitherKnownExploited(into.knownExploited, other.knownExploited))
}

/** Leaves optional fields absent rather than present-and-undefined, so reports stay tidy. */
export function setIfDefined<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined
): void {
  if (value !== undefined) target[key] = value
}
