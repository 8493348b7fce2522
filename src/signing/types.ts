import type { PolicyKey } from './keys.js'

export type SignatureFormat = 'legacy' | 'bundle'

/** One layer of a legacy cosign `sha256-<hex>.sig` manifest, as the registry client fetched it. */
export interface LegacySignatureInput {
  format: 'legacy'
  /** The layer blob: the exact bytes that were signed (a simple-signing JSON payload). */
  payload: Uint8Array
  /** The layer descriptor's annotations (`dev.cosignproject.cosign/signature`, certificate, chain, bundle). */
  annotations: Readonly<Record<string, string>>
  /** Where it came from, for reports, e.g. `sha256-ab12….sig layer 1`. */
  source: string
}

/** A Sigstore bundle (v0.1–v0.3) found as an OCI referrer of the image. */
export interface BundleSignatureInput {
  format: 'bundle'
  /** The referrer's layer blob: bundle JSON, as bytes. */
  bundle: Uint8Array
  source: string
}

export type SignatureInput = LegacySignatureInput | BundleSignatureInput

/** Why one signature did not verify under one authority; each kind of fault has its own reason. */
export type RejectReason =
  | 'malformed' // unreadable annotation, bundle, certificate or payload
  | 'not-a-signature' // valid shape but not a container image signature (another type or predicate)
  | 'digest-mismatch' // signed for another image digest
  | 'bad-signature' // the signature does not verify over the payload with the key
  | 'payload-changed' // the payload's hash differs from the one recorded in the transparency log
  | 'no-certificate' // a keyless authority, but the signature was made with a plain key
  | 'untrusted-certificate' // the certificate does not chain to a trusted Fulcio CA
  | 'certificate-expired-without-tlog' // no tlog entry, and the certificate is not valid now
  | 'identity-mismatch' // the certificate's identity is not one the authority names
  | 'sct-missing' // no certificate-transparency timestamp (SCT), or one that does not verify
  | 'tlog-missing' // the authority requires a transparency-log entry and there is none
  | 'tlog-invalid' // the entry's signed entry timestamp (SET) or inclusion proof does not verify
  | 'key-invalid' // the key is not valid at the signing time

export interface SignerInfo {
  /** Key-based: fingerprint of the policy key that verified. */
  keyFingerprint?: string
  /** `verifier: cosign` with a KMS key: the key reference. */
  kms?: string
  /** Keyless: the certificate's identity. */
  identity?: { issuer: string; subject: string }
}

export interface TlogInfo {
  logIndex: string
  /** ISO time the entry was integrated into the log. */
  integratedTime: string
}

export interface Acceptance {
  authority: string
  signer: SignerInfo
  tlog?: TlogInfo
}

export interface Rejection {
  authority: string
  reason: RejectReason
  /** One sentence about what was found, safe to show (no secrets; untrusted text is the caller's to escape). */
  detail: string
}

export interface SignatureOutcome {
  source: string
  format: SignatureFormat
  accepted: Acceptance[]
  rejected: Rejection[]
}

/** The verdict for one image: which authorities verified which signatures, or why none did. */
export interface ImageSignatureResult {
  image: string
  digest: string
  verified: boolean
  /** Distinct authorities that must verify. */
  threshold: number
  satisfiedAuthorities: string[]
  signatures: SignatureOutcome[]
  /** One line for reports. */
  summary: string
}

export interface IdentityMatcher {
  /** As written, for messages: `issuer=… subject~…`. */
  label: string
  matches(identity: { issuer: string; subject: string }): boolean
}

export type TransparencyRequirement = 'required' | 'optional'

export interface CompiledAuthority {
  name: string
  key?: PolicyKey & { source: string }
  /** `verifier: cosign` only: a KMS key reference passed to `cosign verify --key`. */
  kms?: string
  keyPath?: string
  keyless?: { identities: IdentityMatcher[]; raw: Array<Record<string, string>> }
  /** Absolute path of a trusted_root.json for this authority (private Sigstore). */
  trustedRootPath?: string
  tlog: TransparencyRequirement
  ctlog: TransparencyRequirement
  /** Distinct signers (keyless identities) that must verify under this authority. */
  threshold: number
}

export interface CompiledSignaturePolicy {
  required: boolean
  authorities: CompiledAuthority[]
  threshold: number
  /** Globs over image references the policy applies to; empty = every image. */
  images: string[]
  trustedRootPath?: string
  verifier: 'native' | 'cosign'
}
