import type { CheckId, Finding, ScannerName } from './finding.js'
import type { ImageReference } from '../image/reference.js'
import { parseImageTargets, type ImageTarget } from '../image/source.js'
import type { BaselineScan } from './baseline.js'
import type { Policy } from '../policy/types.js'
import type { Logger } from '../util/logger.js'

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
  /** `images`, parsed and validated once by the gate before any check starts. */
  targets?: ImageTarget[]
  /** Images to compare with a base image (`compare-to`), already resolved and parsed by the gate. */
  baseImages?: BaseImage[]
  /** Lines written as they happen (a long step starting and ending), not held for the check's group. */
  progress?: Logger
  /**
   * Registry images resolved once by the gate before any check runs, by image as written: every check
   * (and both scanners) then works on that digest, even if the tag moves during the run. Set only when a
   * check asks for digests (`needsImageDigests`).
   */
  resolved?: ReadonlyMap<string, ResolvedImageTarget>
}

/** A registry image as the gate resolved it (tag → digest, index → the policy's platform). */
export interface ResolvedImageTarget {
  /** As the user wrote it. */
  image: string
  reference: ImageReference
  /** What the reference points to (an index digest for multi-platform images): what to pin and verify. */
  digest: string
  /** The platform manifest's digest; equals `digest` for a single-platform image. */
  manifestDigest: string
  /** `os/arch[/variant]` when the reference is an index. */
  platform?: string
  /** `name@<manifestDigest>`: exactly the bytes the scanners are given. */
  scanReference: string
}

/** The target the scanners get: a registry image by the digest the gate resolved, when it did. */
export function scanTarget(context: CheckContext, target: ImageTarget): ImageTarget {
  const resolved = context.resolved?.get(target.image)
  return target.kind === 'reference' && resolved ? { ...target, pinned: resolved.scanReference } : target
}

/** One image and the base image its findings are compared with. */
export interface BaseImage {
  /** The image, as in `images`. */
  image: string
  base: ImageTarget
}

/** The gate's parsed targets; a check run on its own (tests) parses the images itself. */
export function imageTargets(context: CheckContext): ImageTarget[] {
  return context.targets ?? parseImageTargets(context.images, context.workingDirectory)
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
  /** The base images the check scanned to compare with (`compare-to`), one per compared image. */
  baselines?: BaselineScan[]
  /**
   * Set when part of an optional piece of the check could not run (ShellCheck gave up on a script and
   * the policy makes ShellCheck optional): the check keeps its status, and the warning is in the
   * reports and the verdict reasons, and makes a pass a warn.
   */
  warning?: string
  /** Per-image facts for the reports (the signatures check's status per image). */
  imageFacts?: ImageFacts[]
}

/** What a check learned about one image that the reports show next to it. */
export interface ImageFacts {
  image: string
  signature?: SignatureStatus
}

/** Per image: whether its signatures verified, and which authority verified which signature. */
export interface SignatureStatus {
  /** `not-verified`: no signature the policy accepts; `error`: the signatures could not be checked. */
  status: 'verified' | 'not-verified' | 'error'
  /** One line, e.g. `verified by release-key` or why none did. */
  summary: string
  verifiedBy: SignatureAcceptance[]
}

export interface SignatureAcceptance {
  authority: string
  format: 'legacy' | 'bundle'
  /** Where the signature was found, e.g. `sha256-ab12….sig layer 1` or `referrer sha256:…`. */
  source: string
  /** `key sha256:<SPKI hash>`, `kms …` or `issuer … subject …`. */
  signer: string
  /** Rekor log index and integration time, when there is an entry. */
  tlog?: string
}

/** One check behind one small interface: the runner times it and turns exceptions into `error`. */
export interface Check {
  id: CheckId
  title: string
  /** Required checks fail the verdict when they cannot run (fail closed). */
  isRequired(context: CheckContext): boolean
  /** Whether the check needs registry images resolved to digests (registry access) before it runs. */
  needsImageDigests?(context: CheckContext): boolean
  /**
   * Reads and validates what the check will need (configuration files, allow patterns) and returns the
   * work itself. The gate prepares every check before it runs any, so a configuration mistake stops
   * the run before a download or scan starts. Without it, `run` does everything.
   */
  prepare?(context: CheckContext): Promise<PreparedCheck>
  run(context: CheckContext): Promise<CheckOutput>
}

export type PreparedCheck = () => Promise<CheckOutput>

/** A check whose `run` is its prepare step followed by the work. */
export function preparedCheck(
  check: Omit<Check, 'run' | 'prepare'> & Required<Pick<Check, 'prepare'>>
): Check {
  return { ...check, run: async context => (await check.prepare(context))() }
}

/** The runner's record of one check, before the verdict engine sets `status` to passed/failed. */
export interface CheckRun {
  id: CheckId
  title: string
  required: boolean
  durationMs: number
  findings: Finding[]
  baselines?: BaselineScan[]
  imageFacts?: ImageFacts[]
  outcome:
    | { kind: 'ran'; notes: string[]; warning?: string }
    | { kind: 'skipped'; reason: string }
    | { kind: 'error'; error: string }
}
