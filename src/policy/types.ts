import type { Severity } from '../model/severity.js'
import type { CompiledSignaturePolicy } from '../signing/types.js'

/** hadolint's levels, kept so people who know hadolint can write `DL3008: warning`. */
export const LINT_LEVELS = ['error', 'warning', 'info', 'style'] as const
export type LintLevel = (typeof LINT_LEVELS)[number]

export type Threshold = Severity | 'none'

/** When the pull request comment is written; `update-only` never creates one, it only keeps one current. */
export type CommentPolicy = 'always' | 'on-failure' | 'never' | 'update-only'

export interface PolicyException {
  /** A rule id (DL3008, IG101) or vulnerability id (CVE-2024-1234, GHSA-...). */
  id: string
  package?: string
  /** Glob over image references, e.g. `ghcr.io/acme/*`. */
  image?: string
  reason: string
  /** ISO date `YYYY-MM-DD`; the exception stops applying after that day (UTC). */
  expires?: string
  /** Where the exception is written, for reports about it (expired, unused). */
  position?: { file: string; line?: number }
}

/** One accepted keyless identity: exact values, or full-match regular expressions (anchored `^…$`). */
export interface SignatureIdentityPolicy {
  issuer?: string
  issuerRegExp?: string
  subject?: string
  subjectRegExp?: string
}

/** Who may sign: a public key, or Fulcio identities (policy-controller's `authorities[]`). */
export interface SignatureAuthorityPolicy {
  name?: string
  key?: { path?: string; data?: string; kms?: string }
  keyless?: { identities: SignatureIdentityPolicy[]; trustedRoot?: string }
  threshold?: number
  tlog?: 'required' | 'optional'
  ctlog?: 'required' | 'optional'
}

export interface SignaturePolicy {
  required: boolean
  authorities: SignatureAuthorityPolicy[]
  images: string[]
  threshold: number
  trustedRoot?: string
  verifier: 'native' | 'cosign'
}

/** The image config check (IG4xx): what the built image's configuration may hold. */
export interface ImageConfigPolicy {
  enabled: boolean
  /** When true, an image whose config cannot be read fails the run; else it is a note. */
  required: boolean
  failOn: Threshold
  /** Severity overrides per rule (`IG405: high`), or `off`. */
  rules: Record<string, Severity | 'off'>
  /** Images created longer ago than this fail IG407; unset: age is not checked. */
  maxAgeDays?: number
  /** Ports below 1024 that may be exposed without IG405. */
  allowedPorts: number[]
  /** Labels every image must carry (IG408). */
  requireLabels: string[]
}

/** A policy with every default filled in: what checks and the verdict engine read. */
export interface Policy {
  version: 1
  mode: 'enforce' | 'warn'
  dockerfile: {
    failOn: LintLevel | 'none'
    rules: Record<string, LintLevel | 'off'>
    shellcheck: boolean
    shellcheckRequired: boolean
    hadolintConfig: boolean
    trustedRegistries: string[]
  }
  vulnerabilities: {
    scanners: Array<'trivy' | 'grype'>
    failOn: Threshold
    /** `new`: only findings the compared base image does not have can block. */
    gateOn: 'all' | 'new'
    onlyFixed: boolean
    severitySource: 'highest' | 'trivy' | 'grype'
    maxCount: Partial<Record<Severity, number>>
    cvssThreshold?: number
    failOnKnownExploited: boolean
    epssThreshold?: number
    secretsFailOn: Threshold
    ignoreFiles: boolean
    timeoutSeconds: number
  }
  images: {
    failOn: Threshold
    tags: { forbidLatest: boolean; forbidUntagged: boolean; requireDigest: boolean }
    registries: { allow: string[] }
    /** `os/arch[/variant]` chosen from a multi-platform index. */
    platform: string
  }
  signatures: SignaturePolicy
  imageConfig: ImageConfigPolicy
  exceptions: PolicyException[]
  report: { comment: CommentPolicy }
}

/** Where one value of the effective policy is written: a document and line, or `default`. */
export interface ValueSource {
  /** The document as messages name it (`.github/imagegate.yml`, `acme/policies/base.yml@v3`), or `default`. */
  file: string
  line?: number
  /** `file:line` of the lock that keeps policies extending it from loosening this value. */
  lockedBy?: string
}

/** Which documents made the policy and where each value comes from (`imagegate policy explain`). */
export interface PolicyProvenance {
  /** In the order they apply, bases first; `detail` names the commit or pinned hash of a remote one. */
  documents: Array<{ name: string; detail?: string }>
  /** Every field of the effective policy by dotted path, and each exception as `exceptions[N]`. */
  sources: Record<string, ValueSource>
  /** Fields a document loosened where no base locked them, as `path (file:line)`. */
  loosened: string[]
}

/** A loaded policy and where it came from, for messages and annotations. */
export interface LoadedPolicy {
  policy: Policy
  /** Path as given, or `built-in default`. */
  source: string
  provenance?: PolicyProvenance
  /** `signatures`, compiled at load (keys read, regexps checked); absent when built by hand (tests). */
  signatures?: CompiledSignaturePolicy
}
