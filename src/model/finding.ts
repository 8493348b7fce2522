import type { Severity } from './severity.js'

/** Which check produced a finding; `policy` marks the verdict engine's own reports (expired exceptions). */
export type CheckId = 'pinning' | 'lint' | 'vulnerabilities' | 'signatures' | 'policy'

export interface SourceLocation {
  /** Path relative to the working directory, with forward slashes. */
  file: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** What a check reports: plain data, no policy decisions yet. */
export interface Finding {
  check: CheckId
  /** Stable rule id: a hadolint DL code, a CVE id, or an imagegate IG code. */
  rule: string
  severity: Severity
  /** One sentence for people; built from untrusted text, so reporters escape it. */
  message: string
  location?: SourceLocation
  /** The image reference the finding is about, as the user wrote it. */
  image?: string
  package?: { name: string; version?: string; fixedVersion?: string; type?: string }
  /** A link for more detail (rule docs, advisory). */
  helpUri?: string
}

/** A finding after the verdict engine applied the policy to it. */
export interface EvaluatedFinding extends Finding {
  /** Counts towards a `fail` verdict. False for suppressed findings and those below the threshold. */
  blocking: boolean
  /** Set when an active exception suppressed this finding. */
  suppressedBy?: { id: string; reason: string; expires?: string }
}
