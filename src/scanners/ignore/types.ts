/** Which file format a rule was written in. */
export type IgnoreFormat = 'trivyignore' | 'trivyignore-yaml' | 'grype'

export type FixState = 'fixed' | 'not-fixed' | 'wont-fix' | 'unknown'

/**
 * One rule from `.trivyignore`, `.trivyignore.yaml` or `.grype.yaml`, in one shape for all three.
 * A rule applies only when every field it sets matches the finding (Grype's rule, and Trivy's).
 */
export interface IgnoreRule {
  /** Where it is written, for reports: `.trivyignore:12`. `file` is relative to the working directory. */
  source: { file: string; line?: number }
  format: IgnoreFormat
  /** `any` for `.trivyignore` lines, which Trivy applies to every kind of finding. */
  kind: 'vulnerability' | 'secret' | 'any'
  /** Vulnerability id, or a Trivy secret rule id; compared case-insensitively. */
  id?: string
  /**
   * Match every alias of the finding too: Grype's `include-aliases: true`. Otherwise (Trivy rules,
   * Grype's default) only the finding's id and its GHSA aliases count; see `findIgnoreRule`.
   */
  includeAliases: boolean
  /** Grype `package`: `name` is an anchored regular expression as in Grype, `location` a glob. */
  package?: { name?: string; version?: string; type?: string; language?: string; location?: string }
  /** Trivy YAML `paths`: globs over the paths where the package or secret was found. */
  paths?: string[]
  /** Trivy YAML `purls`, as written; validated when loaded. */
  purls?: string[]
  fixState?: FixState
  /** Grype `reason`, Trivy `statement`, or the `#` comment on or just above a `.trivyignore` line. */
  reason?: string
  /** `YYYY-MM-DD` (valid through that UTC day) or an ISO timestamp in UTC (valid until that instant). */
  expires?: string
  /**
   * Grype keys imagegate cannot evaluate (namespace, match-type, upstream-name, VEX keys). A rule
   * that sets any of them never matches, so it can never hide more than Grype would.
   */
  unsupported?: string[]
}

export interface LoadedIgnoreFiles {
  rules: IgnoreRule[]
  /** The files that were read, relative to the working directory, in reading order. */
  files: string[]
  /** Things worth a warning that are not errors: rules that cannot match, files not read. */
  notes: string[]
}
