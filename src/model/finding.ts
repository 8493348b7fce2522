import type { Severity } from './severity.js'

/** Which check produced a finding; `policy` marks the verdict engine's own reports (expired exceptions). */
export type CheckId = 'pinning' | 'lint' | 'vulnerabilities' | 'signatures' | 'image-config' | 'policy'

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
  /**
   * Ids of other checks' rules that flagged the same problem at the same place, merged into this finding
   * by the verdict (`RULE_EQUIVALENTS`), e.g. `['DL3007']` on an IG101 finding.
   */
  aliases?: string[]
  /**
   * Set by a check when a scanner ignore file (`.trivyignore`, `.grype.yaml`) covers this finding, or, for
   * a lint rule with an equivalent in another check, an inline ignore pragma does.
   */
  ignoredBy?: { id: string; reason: string; expires?: string }
  /** Scanner facts the verdict engine gates on; set on vulnerability and image-secret findings only. */
  vulnerability?: VulnerabilityDetail
}

export type ScannerName = 'trivy' | 'grype'

/** What Trivy and/or Grype said about one (vulnerability, package, installed version). */
export interface VulnerabilityDetail {
  /** `vulnerability` for CVE-style matches; `secret` for Trivy's secret findings inside the image. */
  kind: 'vulnerability' | 'secret'
  /** Other ids of the same vulnerability (CVE ↔ GHSA ↔ distro ids), without the primary `rule`. */
  aliases: string[]
  /** Which scanners reported it, sorted. */
  foundBy: ScannerName[]
  /** Each scanner's own severity, kept when they disagree; `severity` on the finding is the gated one. */
  severityBySource: Partial<Record<ScannerName, Severity>>
  /** Union of fixed versions from every scanner; empty when no fix is known. */
  fixedVersions: string[]
  /** Grype's `fix.state` or Trivy's `Status`, normalized. */
  fixState: 'fixed' | 'not-fixed' | 'wont-fix' | 'unknown'
  /** Highest CVSS base score any source gave (0-10), when the report carries one. */
  cvss?: number
  /** Listed in CISA's Known Exploited Vulnerabilities catalogue, when the report says so. */
  knownExploited?: boolean
  /** EPSS probability 0-1, when the report carries it. */
  epss?: number
  /** Paths inside the image where the package was found (lock files, jars, package db). */
  locations: string[]
  /** Advisory title, untrusted text. */
  title?: string
}

/**
 * How a finding relates to the base image it was compared with (`compare-to`): `new` in this image only,
 * `unchanged` in both, `fixed` in the base only (listed apart, never blocking).
 */
export type ComparisonClass = 'new' | 'unchanged' | 'fixed'

/** A finding after the verdict engine applied the policy to it. */
export interface EvaluatedFinding extends Finding {
  /** Counts towards a `fail` verdict. False for suppressed findings and those below the threshold. */
  blocking: boolean
  /** Set when an active exception suppressed this finding. */
  suppressedBy?: { id: string; reason: string; expires?: string }
  /** Set on an image's vulnerability findings when the image was compared with a base image. */
  comparison?: ComparisonClass
}
