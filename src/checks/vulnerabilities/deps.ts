import type { ImageTarget } from '../../image/source.js'
import type { Finding, ScannerName } from '../../model/finding.js'
import type { Logger } from '../../util/logger.js'

/** A scanner ready to run: where it is and what the database step wants added to each scan. */
export interface PreparedScanner {
  name: ScannerName
  path: string
  version: string
  env: Record<string, string>
  scanArgs: string[]
  /** Stores an updated database in the cache; called once every scan has finished, pass or fail. */
  save(): Promise<void>
}

/** Ignore-file matching, as the vulnerability check needs it. */
export interface IgnoreFiles {
  files: string[]
  /** The ignore entry that covers a finding, described for reports; undefined when none does. */
  match(finding: Finding): { id: string; reason: string; expires?: string } | undefined
  /** Expired entries, as findings pointing at the line where each is written. */
  expired: Finding[]
  /** Warnings worth showing: rules that can never match, files that were not read. */
  notes: string[]
}

/** What the check calls out to; tests replace any of these. `R` is the parsed report type. */
export interface VulnerabilityDeps<R extends ParsedScan = ParsedScan> {
  prepareScanner(
    name: ScannerName,
    options: {
      version?: string
      mirror?: string
      useActionsCache: boolean
      logger: Logger
      /** Where the install and the database download say, live, that they start and end. */
      progress?: Logger
    }
  ): Promise<PreparedScanner>
  /** Runs one scanner against one image and returns its JSON report text. */
  scan(scanner: PreparedScanner, image: string, target: ImageTarget, timeoutSeconds: number): Promise<string>
  /** Parses a report; throws a message that names `source` when the report is malformed. */
  parse(scanner: ScannerName, text: string, source: string): R
  merge(reports: R[], options: { image: string; severitySource: 'highest' | 'trivy' | 'grype' }): Finding[]
  loadIgnoreFiles(workingDirectory: string, now: Date): Promise<IgnoreFiles>
  now(): Date
}

/** The slice of a parsed report the check reads itself; the rest goes to `merge` untouched. */
export interface ParsedScan {
  scanner: ScannerName
  matches: readonly unknown[]
  secrets: readonly unknown[]
}
