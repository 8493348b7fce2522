import type { ScannerName } from '../../model/finding.js'

/** One database download command, run with retries. */
export interface DbStep {
  label: string
  args: string[]
}

/** How one scanner keeps its databases: what to download, what to cache, how scans find them. */
export interface DbLayout {
  scanner: ScannerName
  /** Directories saved to and restored from @actions/cache. */
  cachePaths: string[]
  steps: DbStep[]
  /** Added to the environment of the download steps and of every scan. */
  env: Record<string, string>
  /** Added to every scan's arguments. */
  scanArgs: string[]
  /**
   * What identifies the databases now on disk (build times), or undefined when there are none.
   * Comparing it before and after the download tells whether a newer database arrived.
   */
  stamp(): Promise<DbStamp | undefined>
  /** What to tell people when the download finally fails, beyond the scanner's own words. */
  fixHint: string
}

export interface DbStamp {
  /** When the main database was built, ISO 8601; orders cache keys. */
  builtAt: string
  /** Everything that changes when any cached database changes. */
  fingerprint: string
}
