import type { CheckId, EvaluatedFinding } from '../model/finding.js'
import type { CheckSummary, GateResult, ImageSummary, Verdict } from '../model/result.js'
import { emptyCounts } from '../model/severity.js'
import type { CheckStatus } from '../model/check.js'
import type { JsonReport, JsonReportFinding } from '../report/json-report.js'
import { rankFindings } from '../report/common.js'

/** One report that could be read, named as the user gave it. */
export interface NamedReport {
  label: string
  report: JsonReport
}

/** Reports that could not be read, or patterns that found none: each fails the merged verdict closed. */
export interface ReportProblem {
  label: string
  message: string
}

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 }
const STATUS_RANK: Record<CheckStatus, number> = { skipped: 0, passed: 1, failed: 2, error: 3 }
export const AGGREGATE_CHECK_TITLE = 'Reports to aggregate'

/**
 * Several JSON reports (matrix legs, monorepo folders) as one result: the worst verdict, every finding
 * once (same fingerprint and image → one, blocking if any leg blocked it), checks merged by id. A report
 * that is missing or malformed becomes a required check in error, so the verdict fails closed (exit 2)
 * while the reports that could be read are still summarised.
 */
export function mergeReports(
  reports: readonly NamedReport[],
  problems: readonly ReportProblem[],
  toolVersion: string
): GateResult {
  const findings = rankFindings(mergeFindings(reports.map(r => r.report.findings)))
  const fixed = reports.some(r => r.report.fixed)
    ? rankFindings(mergeFindings(reports.map(r => r.report.fixed ?? [])))
    : undefined
  const counts = emptyCounts()
  let blockingCount = 0
  let suppressedCount = 0
  for (const f of findings) {
    if (f.suppressedBy) suppressedCount++
    else counts[f.severity]++
    if (f.blocking) blockingCount++
  }
  const checks = mergeChecks(reports)
  if (problems.length > 0 || reports.length === 0) checks.unshift(problemCheck(problems))
  const failedClosed = checks.some(c => c.required && c.status === 'error')
  const verdict = failedClosed ? 'fail' : worstVerdict(reports.map(r => r.report.verdict))
  const reasons = [
    ...problems.map(p => `${p.label}: ${p.message}`),
    ...(reports.length === 0 ? ['no report to aggregate'] : []),
    ...reports.flatMap(r => r.report.reasons.map(reason => `${r.label}: ${reason}`))
  ]
  const started = reports.map(r => r.report.startedAt).sort()[0]
  return {
    verdict,
    reasons,
    mode: reports.some(r => r.report.mode === 'enforce') || reports.length === 0 ? 'enforce' : 'warn',
    policySource: unique(reports.map(r => r.report.policy.source)).join(', ') || 'none',
    checks,
    findings,
    ...(fixed ? { fixed } : {}),
    counts,
    blockingCount,
    suppressedCount,
    images: unique(reports.flatMap(r => r.report.images)),
    imageSummaries: uniqueBy(
      reports.flatMap(r => r.report.imageSummaries),
      (s: ImageSummary) => s.image
    ),
    dockerfiles: unique(reports.flatMap(r => r.report.dockerfiles)),
    startedAt: started ?? new Date().toISOString(),
    durationMs: Math.max(0, ...reports.map(r => r.report.durationMs)),
    toolVersion
  }
}

function mergeFindings(lists: ReadonlyArray<readonly JsonReportFinding[]>): EvaluatedFinding[] {
  const byKey = new Map<string, EvaluatedFinding>()
  for (const list of lists) {
    for (const f of list) {
      const key = `${f.fingerprint}\u0000${f.image ?? ''}`
      const seen = byKey.get(key)
      if (seen) seen.blocking ||= f.blocking
      else byKey.set(key, toFinding(f))
    }
  }
  return [...byKey.values()]
}

/** The report's finding back as the model's, field by field (the report's extra fields stay behind). */
function toFinding(f: JsonReportFinding): EvaluatedFinding {
  const out: EvaluatedFinding = {
    check: f.check as CheckId,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    blocking: f.blocking
  }
  if (f.location) out.location = f.location
  if (f.image !== undefined) out.image = f.image
  if (f.package) out.package = f.package
  if (f.helpUri !== undefined) out.helpUri = f.helpUri
  if (f.suppressedBy) out.suppressedBy = f.suppressedBy
  if (f.comparison) out.comparison = f.comparison
  if (f.vulnerability) out.vulnerability = f.vulnerability
  return out
}

function mergeChecks(reports: readonly NamedReport[]): CheckSummary[] {
  const byId = new Map<string, CheckSummary>()
  for (const { report } of reports) {
    for (const c of report.checks) {
      const seen = byId.get(c.id)
      if (!seen) {
        byId.set(c.id, { ...c })
        continue
      }
      if (STATUS_RANK[c.status] > STATUS_RANK[seen.status]) seen.status = c.status
      seen.required ||= c.required
      seen.durationMs = Math.max(seen.durationMs, c.durationMs)
      seen.findingCount += c.findingCount
      seen.blockingCount += c.blockingCount
      if (c.detail && c.detail !== seen.detail)
        seen.detail = seen.detail ? `${seen.detail}; ${c.detail}` : c.detail
    }
  }
  return [...byId.values()]
}

function problemCheck(problems: readonly ReportProblem[]): CheckSummary {
  const detail =
    problems.length > 0
      ? problems.map(p => `${p.label}: ${p.message}`).join('; ')
      : 'no report to aggregate; check the paths and that every matrix leg uploaded its report'
  return {
    id: 'policy',
    title: AGGREGATE_CHECK_TITLE,
    status: 'error',
    required: true,
    durationMs: 0,
    findingCount: 0,
    blockingCount: 0,
    detail
  }
}

function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (VERDICT_RANK[v] > VERDICT_RANK[worst] ? v : worst), 'pass')
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter(item => !seen.has(key(item)) && (seen.add(key(item)), true))
}
