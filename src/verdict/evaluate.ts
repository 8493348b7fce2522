import type { CheckRun } from '../model/check.js'
import type { EvaluatedFinding, Finding } from '../model/finding.js'
import type { CheckSummary, GateResult, Verdict } from '../model/result.js'
import { atOrAbove, compareSeverityDesc, emptyCounts } from '../model/severity.js'
import type { LoadedPolicy, PolicyException } from '../policy/types.js'
import { compareText, plural } from '../util/text.js'
import { mergeEquivalentFindings } from './equivalent-findings.js'
import { findException, splitExceptions } from './exceptions.js'
import { violatesThreshold } from './thresholds.js'
import { applyMaxCounts } from './vulnerability-gate.js'
import { compareWithBaselines, comparisonReasons, releaseUnchanged } from './compare.js'
import { summarizeImages } from './image-summaries.js'

export interface EvaluationInput {
  runs: CheckRun[]
  policy: LoadedPolicy
  images: string[]
  dockerfiles: string[]
  now: Date
  startedAt: Date
  durationMs: number
  toolVersion: string
  imageMatches: (pattern: string, image: string) => boolean
}

/** Applies the policy to what the checks found and decides pass, warn or fail. Pure. */
export function evaluate(input: EvaluationInput): GateResult {
  const { policy, source } = input.policy
  const { active, expired } = splitExceptions(policy.exceptions, input.now)

  const evaluateOne = (finding: Finding): EvaluatedFinding => {
    const exception =
      finding.check === 'policy' ? undefined : findException(finding, active, input.imageMatches)
    const suppressedBy = exception
      ? { id: exception.id, reason: exception.reason, expires: exception.expires }
      : finding.ignoredBy
    if (suppressedBy) return withVerdict(finding, false, suppressedBy)
    return withVerdict(finding, violatesThreshold(finding, policy), undefined)
  }
  const applied = [...input.runs.flatMap(r => r.findings), ...expired.map(expiredExceptionFinding)].map(
    evaluateOne
  )
  // One problem two checks flag at one place is one finding (IG101 with DL3007 as an alias).
  const evaluated = mergeEquivalentFindings(applied)
  const comparison = compareWithBaselines(
    evaluated,
    input.runs.flatMap(r => r.baselines ?? []),
    evaluateOne
  )
  const { gateOn } = policy.vulnerabilities
  const released = gateOn === 'new' ? releaseUnchanged(evaluated) : new Set<EvaluatedFinding>()
  applyMaxCounts(evaluated, policy.vulnerabilities)
  evaluated.sort(byImportance)

  const visible = evaluated.filter(f => !f.suppressedBy)
  const counts = emptyCounts()
  for (const f of visible) counts[f.severity]++
  const blocking = visible.filter(f => f.blocking)

  const checks = input.runs.map(run => summarizeCheck(run, evaluated))
  const notBlocking = visible.filter(f => !f.blocking && !released.has(f))
  const extraReasons = comparisonReasons(released)
  const { verdict, reasons } = decide(checks, blocking, notBlocking, expired, policy.mode, extraReasons)

  return {
    verdict,
    reasons,
    mode: policy.mode,
    policySource: source,
    ...(input.policy.provenance ? { policyProvenance: input.policy.provenance } : {}),
    checks,
    findings: evaluated,
    ...(comparison.bases.size > 0 ? { fixed: comparison.fixed.sort(byImportance) } : {}),
    counts,
    blockingCount: blocking.length,
    suppressedCount: evaluated.length - visible.length,
    images: input.images,
    imageSummaries: summarizeImages(input.images, evaluated, comparison.bases),
    dockerfiles: input.dockerfiles,
    startedAt: input.startedAt.toISOString(),
    durationMs: input.durationMs,
    toolVersion: input.toolVersion
  }
}

function decide(
  checks: CheckSummary[],
  blocking: EvaluatedFinding[],
  notBlocking: EvaluatedFinding[],
  expired: PolicyException[],
  mode: 'enforce' | 'warn',
  comparisonReasons: string[]
): { verdict: Verdict; reasons: string[] } {
  // Fail closed: a required check that could not run fails the gate even in warn mode.
  const broken = checks.filter(c => c.status === 'error' && c.required)
  const optionalBroken = checks.filter(c => c.status === 'error' && !c.required)
  const belowThreshold = notBlocking.filter(f => f.check !== 'policy' && atOrAbove(f.severity, 'medium'))

  const reasons = broken.map(c => `${c.title} could not run: ${c.detail}`)
  if (blocking.length > 0) {
    const one = blocking.length === 1
    const verb =
      mode === 'warn'
        ? 'would block (mode: warn reports without failing)'
        : one
          ? 'blocks the gate'
          : 'block the gate'
    reasons.push(`${plural(blocking.length, 'finding')} ${verb}`)
  }
  if (belowThreshold.length > 0)
    reasons.push(`${plural(belowThreshold.length, 'finding')} below the failure threshold`)
  reasons.push(...comparisonReasons)
  if (expired.length > 0) reasons.push(`${plural(expired.length, 'policy exception')} expired`)
  reasons.push(...optionalBroken.map(c => `${c.title} could not run: ${c.detail}`))
  // A check that ran carries a detail only as a warning (see CheckOutput.warning).
  const warned = checks.filter(c => (c.status === 'passed' || c.status === 'failed') && c.detail)
  reasons.push(...warned.map(c => `${c.title}: ${c.detail}`))

  if (broken.length > 0 || (blocking.length > 0 && mode === 'enforce')) return { verdict: 'fail', reasons }
  if (reasons.length > 0) return { verdict: 'warn', reasons }
  return { verdict: 'pass', reasons: ['no finding reaches the policy thresholds'] }
}

function summarizeCheck(run: CheckRun, evaluated: EvaluatedFinding[]): CheckSummary {
  const mine = evaluated.filter(f => f.check === run.id && !f.suppressedBy)
  const blockingCount = mine.filter(f => f.blocking).length
  const base = {
    id: run.id,
    title: run.title,
    required: run.required,
    durationMs: run.durationMs,
    findingCount: mine.length,
    blockingCount
  }
  switch (run.outcome.kind) {
    case 'error':
      return { ...base, status: 'error', detail: run.outcome.error }
    case 'skipped':
      return { ...base, status: 'skipped', detail: run.outcome.reason }
    case 'ran':
      return {
        ...base,
        status: blockingCount > 0 ? 'failed' : 'passed',
        ...(run.outcome.warning !== undefined ? { detail: run.outcome.warning } : {})
      }
  }
}

/** An expired exception is itself reported, pointing at where it is written. */
function expiredExceptionFinding(exception: PolicyException): Finding {
  const scope = [
    exception.package && `package ${exception.package}`,
    exception.image && `image ${exception.image}`
  ]
    .filter(Boolean)
    .join(', ')
  return {
    check: 'policy',
    rule: 'IG001',
    severity: 'medium',
    message:
      `Exception for ${exception.id}${scope ? ` (${scope})` : ''} expired on ${exception.expires} and no longer ` +
      `applies; fix the finding or renew the exception with a new reason and date`,
    location: exception.position
      ? { file: exception.position.file, line: exception.position.line }
      : undefined
  }
}

/**
 * Every evaluated finding gets the same keys in the same order, whatever check made it: with 40,000
 * findings, one object shape keeps property access in the reporters fast (V8 inline caches).
 */
function withVerdict(
  f: Finding,
  blocking: boolean,
  suppressedBy: EvaluatedFinding['suppressedBy']
): EvaluatedFinding {
  return {
    check: f.check,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    location: f.location,
    image: f.image,
    package: f.package,
    helpUri: f.helpUri,
    vulnerability: f.vulnerability,
    ignoredBy: f.ignoredBy,
    blocking,
    suppressedBy,
    comparison: undefined
  }
}

function byImportance(a: EvaluatedFinding, b: EvaluatedFinding): number {
  return (
    Number(b.blocking) - Number(a.blocking) ||
    Number(Boolean(a.suppressedBy)) - Number(Boolean(b.suppressedBy)) ||
    compareSeverityDesc(a.severity, b.severity) ||
    compareText(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    compareText(a.image ?? '', b.image ?? '') ||
    compareText(a.rule, b.rule)
  )
}
