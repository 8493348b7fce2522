import type { CheckId, EvaluatedFinding } from './finding.js'
import type { CheckStatus, SignatureStatus } from './check.js'
import type { SeverityCounts } from './severity.js'
import type { PolicyProvenance } from '../policy/types.js'

export type Verdict = 'pass' | 'warn' | 'fail'

export interface CheckSummary {
  id: CheckId
  title: string
  status: CheckStatus
  required: boolean
  durationMs: number
  /** Findings from this check that are not suppressed. */
  findingCount: number
  blockingCount: number
  /** Why it was skipped, what went wrong and how to fix it, or a warning from a check that ran. */
  detail?: string
}

/** Vulnerability scan totals for one image, so reviewers see each image's state at a glance. */
export interface ImageSummary {
  image: string
  /** Unsuppressed vulnerability and image-secret findings per severity. */
  counts: SeverityCounts
  blockingCount: number
  suppressedCount: number
  /** Set when the image was compared with a base image (`compare-to`). */
  base?: BaseComparison
}

/** How an image compares with its base image; counts are absent when the base could not be scanned. */
export interface BaseComparison {
  /** The base image reference that was scanned. */
  image: string
  scanned: boolean
  /** Why the base could not be scanned. */
  error?: string
  /** The base's unsuppressed vulnerability and image-secret findings per severity. */
  counts?: SeverityCounts
  newCount?: number
  unchangedCount?: number
  fixedCount?: number
}

/** Per input image: the digest it was resolved to (and checked and scanned by), and its signature status. */
export interface ImageDetail {
  image: string
  /** What the reference resolved to: the digest to pin (an index digest for multi-platform images). */
  digest?: string
  /** The platform manifest that was checked and scanned, when the image is an index. */
  platform?: string
  manifestDigest?: string
  /** Absent when the signatures check did not look at this image. */
  signature?: SignatureStatus
}

/** The finished result every reporter consumes. Reporters never call checks. */
export interface GateResult {
  verdict: Verdict
  /** Short sentences explaining the verdict, most important first. */
  reasons: string[]
  mode: 'enforce' | 'warn'
  policySource: string
  /** The documents the policy merged and where each value comes from (absent in older reports). */
  policyProvenance?: PolicyProvenance
  checks: CheckSummary[]
  /** All findings, most severe first; suppressed ones included with `suppressedBy`. */
  findings: EvaluatedFinding[]
  /** Findings of compared base images that the images no longer have (`comparison: fixed`). */
  fixed?: EvaluatedFinding[]
  /** Counts of findings that are not suppressed, per severity. */
  counts: SeverityCounts
  blockingCount: number
  suppressedCount: number
  images: string[]
  /** One entry per image the vulnerability check reported on, in `images` order. */
  imageSummaries: ImageSummary[]
  /** Per image, in `images` order, when the gate resolved images or checked signatures. */
  imageDetails?: ImageDetail[]
  dockerfiles: string[]
  startedAt: string
  durationMs: number
  toolVersion: string
}
