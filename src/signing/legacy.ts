import { createHash } from 'node:crypto'
import { bundleFromJSON } from '@sigstore/bundle'
import { pem } from '@sigstore/core'
import { toSignedEntity } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import { ClaimError, withSignatureCheck, type PreparedSignature } from './prepared.js'

export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature'
export const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate'
export const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle'
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature'

/**
 * Turns one legacy `.sig` layer into what @sigstore/verify checks, the way sigstore-go's OCI example
 * does: a v0.1 message-signature bundle over the payload, with the Fulcio certificate (when keyless)
 * and the Rekor entry rebuilt from the old cosign bundle annotation. The chain annotation is not
 * used: trust comes from the trusted root's Fulcio CAs, not from what the signature brings along.
 * Throws a plain sentence for a malformed layer.
 */
export function prepareLegacySignature(
  payloadBytes: Uint8Array,
  annotations: Readonly<Record<string, string>>
): PreparedSignature {
  const payload = Buffer.from(payloadBytes)
  const signature = decodeBase64(annotations[SIGNATURE_ANNOTATION], SIGNATURE_ANNOTATION)
  const certificatePem = annotations[CERTIFICATE_ANNOTATION]
  const rekor = annotations[REKOR_BUNDLE_ANNOTATION]
  const bundleJson = {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      ...(certificatePem
        ? { x509CertificateChain: { certificates: [{ rawBytes: certificateDer(certificatePem) }] } }
        : { publicKey: { hint: '' } }),
      tlogEntries: rekor === undefined ? [] : [tlogEntryFromRekorBundle(rekor)],
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
      signature: signature.toString('base64')
    }
  }
  let entity
  try {
    entity = toSignedEntity(bundleFromJSON(bundleJson), payload)
  } catch (error) {
    throw new Error(`the signature's verification material is malformed: ${errorMessage(error)}`)
  }
  return {
    entity: withSignatureCheck(entity, payload, signature),
    claims: () => legacyClaims(payload)
  }
}

/** The digests a simple-signing payload claims; throws when it is not a container image signature. */
function legacyClaims(payload: Buffer): { digests: string[] } {
  let claim: { critical?: { type?: unknown; image?: { 'docker-manifest-digest'?: unknown } } }
  try {
    claim = JSON.parse(payload.toString('utf8')) as typeof claim
  } catch {
    throw new ClaimError('malformed', 'the payload is not JSON (expected a cosign simple-signing payload)')
  }
  const critical = claim?.critical
  if (critical === undefined || critical === null || typeof critical !== 'object') {
    throw new ClaimError('malformed', 'the payload has no `critical` section')
  }
  if (critical.type !== SIMPLE_SIGNING_TYPE) {
    throw new ClaimError(
      'not-a-signature',
      `the payload type is ${JSON.stringify(critical.type)}, not "${SIMPLE_SIGNING_TYPE}"`
    )
  }
  const digest = critical.image?.['docker-manifest-digest']
  if (typeof digest !== 'string')
    throw new ClaimError('malformed', 'the payload names no docker-manifest-digest')
  return { digests: [digest] }
}

function tlogEntryFromRekorBundle(text: string): object {
  let parsed: {
    SignedEntryTimestamp?: unknown
    Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown }
  }
  try {
    parsed = JSON.parse(text) as typeof parsed
  } catch {
    throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} annotation is not JSON`)
  }
  const p = parsed?.Payload
  if (
    typeof parsed?.SignedEntryTimestamp !== 'string' ||
    typeof p?.body !== 'string' ||
    typeof p.integratedTime !== 'number' ||
    typeof p.logIndex !== 'number' ||
    typeof p.logID !== 'string' ||
    !/^[0-9a-f]{64}$/.test(p.logID)
  ) {
    throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} annotation lacks SignedEntryTimestamp or Payload fields`)
  }
  const body = decodeBase64(p.body, `${REKOR_BUNDLE_ANNOTATION} body`)
  let kind: { kind?: unknown; apiVersion?: unknown }
  try {
    kind = JSON.parse(body.toString('utf8')) as typeof kind
  } catch {
    throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} body is not a Rekor entry`)
  }
  return {
    logIndex: String(p.logIndex),
    logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
    kindVersion: { kind: String(kind?.kind), version: String(kind?.apiVersion) },
    integratedTime: String(p.integratedTime),
    inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
    canonicalizedBody: p.body
  }
}

function certificateDer(text: string): string {
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new Error(`the ${CERTIFICATE_ANNOTATION} annotation is not a PEM certificate`)
  }
  return pem.toDER(text).toString('base64')
}

function decodeBase64(text: string | undefined, what: string): Buffer {
  if (text === undefined) throw new Error(`the ${what} annotation is missing`)
  const compact = text.replace(/\s+/g, '')
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new Error(`the ${what} annotation is not base64`)
  }
  return Buffer.from(compact, 'base64')
}
