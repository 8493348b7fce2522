import type { CheckId, Finding, ScannerName } from './finding.js'
import type { Policy } from '../policy/types.js'

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'error'

/** What a check needs to know about the run; checks never read action inputs or env themselves. */
export interface CheckContext {
  policy: Policy
  /** Absolute working directory; finding paths are made relative to it. */
  workingDirectory: string
  /** Dockerfile paths relative to the working directory, already expanded from globs. */
  dockerfiles: string[]
  /** Image references as the user wrote them. */
  images: string[]
  /** How scanners are found, installed and cached; defaults apply when absent (tests, CLI without flags). */
  scanners?: ScannerSettings
}

/** Action inputs / CLI flags for the scanners, as opposed to the policy, which says what to gate on. */
export interface ScannerSettings {
  /** Overrides of the pinned versions, e.g. `{ trivy: '0.71.0' }`. */
  versions: Partial<Record<ScannerName, string>>
  /** Base URL that replaces the GitHub releases download URL (air-gapped runners, GHES). */
  mirror?: string
  /** Keep vulnerability databases in the Actions cache (only works inside GitHub Actions). */
  useActionsCache: boolean
}

/** What a check returns when it ran. Throwing instead means it could not run (status `error`). */
export interface CheckOutput {
  findings: Finding[]
  /** Set when the check decided there was nothing to do, e.g. no images given. */
  skippedReason?: string
  /** Short notes for the reports, e.g. which files were read. */
  notes?: string[]
  /**
   * Set when part of the check could not run (one scanner failed): the check is `error` and fails
   * closed, but the findings it did get are still reported.
   */
  error?: string
  /**
   * Set when part of an optional piece of the check could not run (ShellCheck gave up on a script and
   * the policy makes ShellCheck optional): the check keeps its status, and the warning is in the
   * reports and the verdict reasons, and makes a pass a warn.
   */
  warning?: string
}

/** One check behind one small interface: the runner times it and turns exceptions into `error`. */
export interface Check {
  id: CheckId
  title: string
  /** Required checks fail the verdict when they cannot run (fail closed). */
  isRequired(context: CheckContext): boolean
  run(context: CheckContext): Promise<CheckOutput>
}

/** The runner's record of one check, before the verdict engine sets `status` to passed/failed. */
export interface CheckRun {
  id: CheckId
  title: string
  required: boolean
  durationMs: number
  findings: Finding[]
  outcome:
    | { kind: 'ran'; notes: string[]; warning?: string }
    | { kind: 'skipped'; reason: string }
    | { kind: 'error'; error: string }
}
