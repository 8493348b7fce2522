import { createHash } from 'node:crypto'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import type { TrustMaterial } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import { matchesImagePattern } from '../image/patterns.js'
import { plural } from '../util/text.js'
import { COSIGN_SIGN_PREDICATE, prepareBundleSignature } from './bundle.js'
import { prepareLegacySignature } from './legacy.js'
import type { PreparedSignature } from './prepared.js'
import { trustMaterialFor } from './trusted-root.js'
import type {
  Acceptance,
  CompiledAuthority,
  CompiledSignaturePolicy,
  ImageSignatureResult,
  SignatureInput,
  SignatureOutcome
} from './types.js'
import { boundedDetail, verifyUnderAuthority } from './verify-signature.js'

export interface ImageSignatures {
  /** The image as the user wrote it, for reports. */
  image: string
  /** The digest the gate resolved and scanned, `sha256:<hex>`. */
  digest: string
  /** Every signature found for that digest: legacy `.sig` layers and bundle referrers. */
  signatures: readonly SignatureInput[]
  /** The image manifest bytes; only message-signature bundles need them. */
  manifest?: Uint8Array
}

export interface VerifyOptions {
  /** The trusted root for an authority: its own path, the policy's, or (undefined) the default. */
  rootFor(path: string | undefined): TrustedRoot
  /** in-toto predicate types that count as an image signature (default: cosign's sign/v1). */
  predicateTypes?: readonly string[]
  now?: Date
}

// Building trust material parses every certificate and key of the root (~9 ms for the public-good
// one): once per root and authority for the run, not once per image.
const trustCache = new WeakMap<TrustedRoot, WeakMap<CompiledAuthority, TrustMaterial>>()

function sharedTrustMaterial(root: TrustedRoot, authority: CompiledAuthority): TrustMaterial {
  let byAuthority = trustCache.get(root)
  if (byAuthority === undefined) trustCache.set(root, (byAuthority = new WeakMap()))
  let material = byAuthority.get(authority)
  if (material === undefined) {
    material = trustMaterialFor(root, authority.key?.publicKey)
    byAuthority.set(authority, material)
  }
  return material
}

/** Whether the policy's `images` globs cover this image (no globs: every image). */
export function policyAppliesTo(policy: CompiledSignaturePolicy, image: string): boolean {
  return policy.images.length === 0 || policy.images.some(glob => matchesImagePattern(glob, image))
}

/**
 * Verifies every signature of one image under every authority, and decides: at least `threshold`
 * distinct authorities must each have `authority.threshold` distinct signers. Never throws; every
 * signature that does not count says why, per authority.
 */
export function verifyImageSignatures(
  target: ImageSignatures,
  policy: CompiledSignaturePolicy,
  options: VerifyOptions
): ImageSignatureResult {
  const trustFor = (authority: CompiledAuthority): TrustMaterial =>
    sharedTrustMaterial(options.rootFor(authority.trustedRootPath ?? policy.trustedRootPath), authority)
  const predicateTypes = options.predicateTypes ?? [COSIGN_SIGN_PREDICATE]
  const signatures = target.signatures.map(input =>
    checkSignature(input, target, policy.authorities, trustFor, predicateTypes, options.now)
  )
  const satisfied = policy.authorities
    .filter(a => distinctSigners(signatures, a.name) >= a.threshold)
    .map(a => a.name)
  const verified = policy.authorities.length > 0 && satisfied.length >= policy.threshold
  return {
    image: target.image,
    digest: target.digest,
    verified,
    threshold: policy.threshold,
    satisfiedAuthorities: satisfied,
    signatures,
    summary: summarize(verified, satisfied, policy, signatures)
  }
}

function checkSignature(
  input: SignatureInput,
  target: ImageSignatures,
  authorities: readonly CompiledAuthority[],
  trustFor: (a: CompiledAuthority) => TrustMaterial,
  predicateTypes: readonly string[],
  now: Date | undefined
): SignatureOutcome {
  const outcome: SignatureOutcome = { source: input.source, format: input.format, accepted: [], rejected: [] }
  let prepared: PreparedSignature
  try {
    prepared =
      input.format === 'legacy'
        ? prepareLegacySignature(input.payload, input.annotations)
        : prepareBundleSignature(input.bundle, { predicateTypes, manifest: manifestOf(target) })
  } catch (error) {
    outcome.rejected = authorities.map(a => ({
      authority: a.name,
      reason: 'malformed',
      detail: boundedDetail(errorMessage(error))
    }))
    return outcome
  }
  for (const authority of authorities) {
    if (authority.kms !== undefined) continue // only `verifier: cosign` can use a KMS key
    const result = verifyUnderAuthority(prepared, authority, trustFor(authority), target.digest, now)
    if ('signer' in result) outcome.accepted.push(result)
    else outcome.rejected.push(result)
  }
  return outcome
}

/** The manifest bytes only when they are the image's (their sha256 is the digest); else none. */
function manifestOf(target: ImageSignatures): Uint8Array | undefined {
  const { manifest, digest } = target
  if (manifest === undefined) return undefined
  return `sha256:${createHash('sha256').update(manifest).digest('hex')}` === digest ? manifest : undefined
}

/** Signers, not signatures: the same identity signing twice is still one signer. */
function distinctSigners(signatures: readonly SignatureOutcome[], authority: string): number {
  const signers = new Set<string>()
  for (const s of signatures)
    for (const a of s.accepted.filter((x: Acceptance) => x.authority === authority)) {
      signers.add(a.signer.keyFingerprint ?? `${a.signer.identity?.issuer}\n${a.signer.identity?.subject}`)
    }
  return signers.size
}

function summarize(
  verified: boolean,
  satisfied: readonly string[],
  policy: CompiledSignaturePolicy,
  signatures: readonly SignatureOutcome[]
): string {
  if (policy.authorities.length === 0)
    return 'no signature authorities in the policy: add `signatures.authorities`'
  if (verified) return `verified by ${satisfied.join(', ')}`
  if (signatures.length === 0) return 'no signatures found for this digest'
  const need =
    policy.threshold === 1
      ? 'no authority verified'
      : `${satisfied.length} of ${policy.threshold} authorities verified`
  const reasons = [...new Set(signatures.flatMap(s => s.rejected.map(r => r.reason)))]
  return `${need} any of ${plural(signatures.length, 'signature')} (${reasons.join(', ') || 'thresholds not met'})`
}
