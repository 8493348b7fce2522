import type { EvaluatedFinding, SourceLocation, VulnerabilityDetail } from '../model/finding.js'
import { SEVERITIES, severityRank } from '../model/severity.js'

/**
 * The order every reporter shows findings in: blocking first, then other unsuppressed findings, then
 * suppressed ones; each group most severe first, ties kept in input order. A bucket sort, so linear.
 */
export function rankFindings(findings: readonly EvaluatedFinding[]): EvaluatedFinding[] {
  const buckets: EvaluatedFinding[][] = Array.from({ length: 3 * SEVERITIES.length }, () => [])
  const top = SEVERITIES.length - 1
  for (const finding of findings) {
    const group = finding.suppressedBy ? 2 : finding.blocking ? 0 : 1
    buckets[group * SEVERITIES.length + top - severityRank(finding.severity)]!.push(finding)
  }
  return buckets.flat()
}

/** The rule id as reports show it: `IG101 (also DL3007)` when equivalent rules were merged into it. */
export function ruleLabel(finding: Pick<EvaluatedFinding, 'rule' | 'aliases'>): string {
  return finding.aliases?.length ? `${finding.rule} (also ${finding.aliases.join(', ')})` : finding.rule
}

/*
 * Copies of a finding's parts for a report, field by field, so that whatever else an object carries
 * never leaks into a report; optional fields are left out when unset. Written out rather than looped
 * over key lists: these run for every one of tens of thousands of findings.
 */
type Package = NonNullable<EvaluatedFinding['package']>
type Suppression = NonNullable<EvaluatedFinding['suppressedBy']>

export function copyLocation(from: SourceLocation): SourceLocation {
  const out: SourceLocation = { file: from.file }
  if (from.line !== undefined) out.line = from.line
  if (from.column !== undefined) out.column = from.column
  if (from.endLine !== undefined) out.endLine = from.endLine
  if (from.endColumn !== undefined) out.endColumn = from.endColumn
  return out
}

export function copyPackage(from: Package): Package {
  const out: Package = { name: from.name }
  if (from.version !== undefined) out.version = from.version
  if (from.fixedVersion !== undefined) out.fixedVersion = from.fixedVersion
  if (from.type !== undefined) out.type = from.type
  return out
}

export function copySuppression(from: Suppression): Suppression {
  const out: Suppression = { id: from.id, reason: from.reason }
  if (from.expires !== undefined) out.expires = from.expires
  return out
}

export function copyVulnerability(from: VulnerabilityDetail): VulnerabilityDetail {
  const out: VulnerabilityDetail = {
    kind: from.kind,
    aliases: from.aliases,
    foundBy: from.foundBy,
    severityBySource: from.severityBySource,
    fixedVersions: from.fixedVersions,
    fixState: from.fixState,
    locations: from.locations
  }
  if (from.cvss !== undefined) out.cvss = from.cvss
  if (from.knownExploited !== undefined) out.knownExploited = from.knownExploited
  if (from.epss !== undefined) out.epss = from.epss
  if (from.title !== undefined) out.title = from.title
  return out
}

/** `file:line:col`, or just `file` / `file:line` when that is all there is. */
export function locationLabel(location: SourceLocation): string {
  if (location.line === undefined) return location.file
  return location.column === undefined
    ? `${location.file}:${location.line}`
    : `${location.file}:${location.line}:${location.column}`
}

/** A workspace-relative path with forward slashes; absolute paths and `..` escapes are not. */
export function isWorkspacePath(file: string): boolean {
  if (file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.includes('\\')) return false
  return !file.split('/').includes('..')
}

/** `850 ms`, `1.2 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}
