import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import { dsse } from '@sigstore/core'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { toSignedEntity } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import { ClaimError, withSignatureCheck, type PreparedSignature } from './prepared.js'

/** What cosign (v2.6+, v3 by default) signs for a container image. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1'
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024

export interface BundleOptions {
  /** in-toto predicate types that count as a signature of the image. */
  predicateTypes: readonly string[]
  /** The image manifest bytes, needed only for message-signature bundles (the manifest is what they sign). */
  manifest?: Uint8Array
}

/**
 * Parses a Sigstore bundle (v0.1–v0.3) with @sigstore/bundle and prepares it for @sigstore/verify.
 * @sigstore/verify checks the envelope and its log entries but not what was signed, so the claims
 * (the in-toto subject, or the message digest) are returned for the caller's digest check.
 * Throws a plain sentence for a malformed bundle.
 */
export function prepareBundleSignature(bytes: Uint8Array, options: BundleOptions): PreparedSignature {
  if (bytes.length > MAX_BUNDLE_BYTES) throw new Error(`the bundle is larger than ${MAX_BUNDLE_BYTES} bytes`)
  let bundle: Bundle
  try {
    bundle = bundleFromJSON(JSON.parse(Buffer.from(bytes).toString('utf8')))
  } catch (error) {
    throw new Error(`not a Sigstore bundle: ${errorMessage(error)}`)
  }
  const content = bundle.content
  if (content.$case === 'dsseEnvelope') {
    const envelope = content.dsseEnvelope
    const signature = envelope.signatures[0]?.sig
    if (envelope.signatures.length !== 1 || signature === undefined) {
      throw new Error(
        `the DSSE envelope has ${envelope.signatures.length} signatures; a Sigstore bundle has exactly one`
      )
    }
    const signed = dsse.preAuthEncoding(envelope.payloadType, envelope.payload)
    return {
      entity: withSignatureCheck(toSignedEntity(bundle), signed, signature),
      claims: () => statementClaims(envelope.payloadType, envelope.payload, options.predicateTypes)
    }
  }
  const message = content.messageSignature
  const manifest = options.manifest === undefined ? undefined : Buffer.from(options.manifest)
  return {
    // Without the manifest the signature check fails closed (bad-signature): there is nothing to verify over.
    entity: withSignatureCheck(
      toSignedEntity(bundle, manifest),
      manifest ?? Buffer.alloc(0),
      message.signature
    ),
    claims: () => {
      if (message.messageDigest?.algorithm !== HashAlgorithm.SHA2_256) {
        throw new ClaimError('malformed', 'the message signature is not over a SHA-256 digest')
      }
      return { digests: [`sha256:${Buffer.from(message.messageDigest.digest).toString('hex')}`] }
    }
  }
}

function statementClaims(
  payloadType: string,
  payload: Buffer,
  predicateTypes: readonly string[]
): { digests: string[] } {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new ClaimError(
      'not-a-signature',
      `the envelope carries ${JSON.stringify(payloadType)}, not an in-toto statement`
    )
  }
  let statement: { predicateType?: unknown; subject?: unknown }
  try {
    statement = JSON.parse(payload.toString('utf8')) as typeof statement
  } catch {
    throw new ClaimError('malformed', 'the in-toto statement is not JSON')
  }
  if (typeof statement?.predicateType !== 'string' || !predicateTypes.includes(statement.predicateType)) {
    throw new ClaimError(
      'not-a-signature',
      `the statement's predicateType is ${JSON.stringify(statement?.predicateType)}, not ${predicateTypes.join(' or ')}`
    )
  }
  if (!Array.isArray(statement.subject))
    throw new ClaimError('malformed', 'the in-toto statement has no subject list')
  const digests = statement.subject
    .map(s => (s as { digest?: { sha256?: unknown } })?.digest?.sha256)
    .filter((d): d is string => typeof d === 'string')
    .map(d => `sha256:${d}`)
  return { digests }
}
