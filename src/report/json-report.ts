import type {
  ComparisonClass,
  EvaluatedFinding,
  ScannerName,
  SourceLocation,
  VulnerabilityDetail
} from '../model/finding.js'
import type { CheckSummary, GateResult, ImageDetail, ImageSummary, Verdict } from '../model/result.js'
import type { Severity, SeverityCounts } from '../model/severity.js'
import { TOOL_NAME } from '../model/rule.js'
import { copyLocation, copyPackage, copySuppression, copyVulnerability } from './common.js'
import { findingFingerprint } from '../model/identity.js'
import { imageRepository } from '../image/repository.js'
import { memo } from './sarif-locations.js'
import type { PolicyProvenance } from '../policy/types.js'

/** Bump when a field is removed or changes meaning; schemas/report.schema.json follows it. */
export const REPORT_SCHEMA_VERSION = 1

/** A check's entry: the result's own summary, which is already plain data. */
export type JsonReportCheck = CheckSummary

export interface JsonReportFinding {
  /** The finding's stable identity across runs (model/identity.ts), the same as its SARIF fingerprint. */
  fingerprint: string
  check: string
  rule: string
  severity: Severity
  blocking: boolean
  message: string
  location?: SourceLocation
  image?: string
  package?: { name: string; version?: string; fixedVersion?: string; type?: string }
  helpUri?: string
  /** Other checks' rule ids merged into this finding, e.g. `["DL3007"]` on IG101. */
  aliases?: string[]
  suppressedBy?: { id: string; reason: string; expires?: string }
  /** Set when the finding's image was compared with a base image (compare-to). */
  comparison?: ComparisonClass
  /** Vulnerability findings only: the package's installed version, the fix, and which scanners saw it. */
  installedVersion?: string
  fixedVersion?: string
  foundBy?: ScannerName[]
  vulnerability?: VulnerabilityDetail
}

export interface JsonReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  tool: { name: string; version: string }
  verdict: Verdict
  reasons: string[]
  mode: 'enforce' | 'warn'
  policy: {
    source: string
    /** The documents merged, bases first, and where each value of the effective policy is written. */
    documents?: PolicyProvenance['documents']
    sources?: PolicyProvenance['sources']
  }
  startedAt: string
  durationMs: number
  counts: SeverityCounts
  blockingCount: number
  suppressedCount: number
  images: string[]
  imageSummaries: ImageSummary[]
  /** Digest and signature status per image, when the run resolved images or checked signatures. */
  imageDetails?: ImageDetail[]
  dockerfiles: string[]
  checks: JsonReportCheck[]
  findings: JsonReportFinding[]
  /** Base image findings the images no longer have; present when images were compared (compare-to). */
  fixed?: JsonReportFinding[]
}

/** The machine-readable report: every finding, suppressed ones included, in the result's order. */
export function buildJsonReport(result: GateResult): JsonReport {
  const toJson = jsonFinding()
  const report: JsonReport = { ...reportHead(result), findings: result.findings.map(f => toJson(f)) }
  if (result.fixed) report.fixed = result.fixed.map(f => toJson(f))
  return report
}

/** Everything but the findings, in the report's field order (findings come last). */
function reportHead(result: GateResult): Omit<JsonReport, 'findings'> {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: result.toolVersion },
    verdict: result.verdict,
    reasons: [...result.reasons],
    mode: result.mode,
    policy: {
      source: result.policySource,
      ...(result.policyProvenance
        ? { documents: result.policyProvenance.documents, sources: result.policyProvenance.sources }
        : {})
    },
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    counts: { ...result.counts },
    blockingCount: result.blockingCount,
    suppressedCount: result.suppressedCount,
    images: [...result.images],
    imageSummaries: result.imageSummaries.map(s => ({
      ...s,
      counts: { ...s.counts },
      ...(s.base ? { base: { ...s.base, ...(s.base.counts ? { counts: { ...s.base.counts } } : {}) } } : {})
    })),
    ...(result.imageDetails ? { imageDetails: result.imageDetails.map(copyImageDetail) } : {}),
    dockerfiles: [...result.dockerfiles],
    checks: result.checks.map(c => {
      const check: JsonReportCheck = {
        id: c.id,
        title: c.title,
        status: c.status,
        required: c.required,
        durationMs: c.durationMs,
        findingCount: c.findingCount,
        blockingCount: c.blockingCount
      }
      if (c.detail !== undefined) check.detail = c.detail
      return check
    })
  }
}

function copyImageDetail(d: ImageDetail): ImageDetail {
  const out: ImageDetail = { image: d.image }
  if (d.digest !== undefined) out.digest = d.digest
  if (d.manifestDigest !== undefined) out.manifestDigest = d.manifestDigest
  if (d.platform !== undefined) out.platform = d.platform
  if (d.signature) {
    const { status, summary, verifiedBy } = d.signature
    out.signature = {
      status,
      summary,
      verifiedBy: verifiedBy.map(a => ({
        authority: a.authority,
        format: a.format,
        source: a.source,
        signer: a.signer,
        ...(a.tlog !== undefined ? { tlog: a.tlog } : {})
      }))
    }
  }
  return out
}

/** A converter for one report: image repositories are parsed once per image, not once per finding. */
function jsonFinding(): (f: EvaluatedFinding) => JsonReportFinding {
  const repoOf = memo(imageRepository)
  return f => toJsonFinding(f, findingFingerprint(f, repoOf))
}

// Fields are copied one by one so that whatever else a finding object carries never leaks into the report.
function toJsonFinding(f: EvaluatedFinding, fingerprint: string): JsonReportFinding {
  const out: JsonReportFinding = {
    fingerprint,
    check: f.check,
    rule: f.rule,
    severity: f.severity,
    blocking: f.blocking,
    message: f.message
  }
  if (f.location) out.location = copyLocation(f.location)
  if (f.image !== undefined) out.image = f.image
  if (f.package) out.package = copyPackage(f.package)
  if (f.helpUri !== undefined) out.helpUri = f.helpUri
  if (f.aliases?.length) out.aliases = [...f.aliases]
  if (f.suppressedBy) out.suppressedBy = copySuppression(f.suppressedBy)
  if (f.comparison !== undefined) out.comparison = f.comparison
  if (f.vulnerability) {
    if (f.package?.version !== undefined) out.installedVersion = f.package.version
    if (f.package?.fixedVersion !== undefined) out.fixedVersion = f.package.fixedVersion
    out.foundBy = [...f.vulnerability.foundBy]
    out.vulnerability = copyVulnerability(f.vulnerability)
  }
  return out
}
