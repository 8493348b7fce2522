import type { TransparencyLogEntry } from '@sigstore/bundle'
import {
  PolicyError,
  VerificationError,
  Verifier,
  type SignedEntity,
  type TrustMaterial
} from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import { shortLine } from '../util/untrusted.js'
import { ClaimError, type PreparedSignature } from './prepared.js'
import type { Acceptance, CompiledAuthority, Rejection, RejectReason } from './types.js'

/**
 * Verifies one prepared signature under one authority, in the order that gives the most useful
 * reason: the kind of key, the transparency-log requirement, the certificate's validity when no
 * log vouches for the signing time, then @sigstore/verify (chain, SCT, log entry, signature), then
 * the signed claims (the image digest), then the identity.
 */
export function verifyUnderAuthority(
  prepared: PreparedSignature,
  authority: CompiledAuthority,
  trust: TrustMaterial,
  digest: string,
  now: Date = new Date()
): Acceptance | Rejection {
  const reject = (reason: RejectReason, detail: string): Rejection => ({
    authority: authority.name,
    reason,
    detail: boundedDetail(detail)
  })
  let entity = prepared.entity
  const certificate = entity.key.$case === 'certificate' ? entity.key.certificate : undefined
  if (authority.keyless && certificate === undefined) {
    return reject(
      'no-certificate',
      'signed with a key, but this authority accepts keyless (Fulcio) signatures only'
    )
  }
  if (authority.tlog === 'required' && entity.tlogEntries.length === 0) {
    return reject('tlog-missing', 'no transparency-log (Rekor) entry, and this authority requires one')
  }
  // A key authority verifies with its own key, whatever certificate the signature carries (as cosign --key).
  if (authority.key) entity = { ...entity, key: { $case: 'public-key', hint: '' } }
  else if (certificate !== undefined && signedTimes(entity) === 0) {
    // Nothing vouches for when it was signed, so the certificate must be valid now (Fulcio's last 10 minutes).
    if (!certificate.validForDate(now)) {
      return reject(
        'certificate-expired-without-tlog',
        `the certificate expired ${certificate.notAfter.toISOString()} and no log entry or timestamp shows it was used in time`
      )
    }
    entity = { ...entity, timestamps: [{ $case: 'transparency-log', tlogEntry: nowEntry(now) }] }
  }
  const verifier = new Verifier(trust, {
    tlogThreshold: authority.tlog === 'required' ? 1 : 0,
    ctlogThreshold: authority.keyless && authority.ctlog === 'required' ? 1 : 0,
    timestampThreshold: 0
  })
  let signer
  try {
    signer = verifier.verify(entity)
  } catch (error) {
    const { reason, detail } = explain(error)
    return reject(reason, detail)
  }
  let claimed: string[]
  try {
    claimed = prepared.claims().digests
  } catch (error) {
    return error instanceof ClaimError
      ? reject(error.reason, error.message)
      : reject('malformed', errorMessage(error))
  }
  if (!claimed.includes(digest)) {
    return reject('digest-mismatch', `signed for ${claimed.join(', ') || 'no digest'}, not ${digest}`)
  }
  const tlog = tlogInfo(entity.tlogEntries[0])
  if (authority.key)
    return { authority: authority.name, signer: { keyFingerprint: authority.key.fingerprint }, tlog }
  const identity = {
    issuer: signer.identity?.extensions?.issuer ?? '',
    subject: signer.identity?.subjectAlternativeName ?? ''
  }
  if (!authority.keyless?.identities.some(m => m.matches(identity))) {
    return reject(
      'identity-mismatch',
      `signed by issuer=${identity.issuer || '(none)'} subject=${identity.subject || '(none)'}, ` +
        `which is none of: ${authority.keyless?.identities.map(m => m.label).join('; ')}`
    )
  }
  return { authority: authority.name, signer: { identity }, tlog }
}

/**
 * Details quote what a signature carries (identities, predicate types, cosign's stderr): one line, and
 * short, so a hostile signature cannot flood a report. Reporters still escape it for their format.
 */
export function boundedDetail(text: string): string {
  return shortLine(text, 400)
}

/** Timestamps @sigstore/verify can trust: log entries with a signed entry timestamp, and TSA stamps. */
function signedTimes(entity: SignedEntity): number {
  return entity.timestamps.filter(t => t.$case === 'timestamp-authority' || t.tlogEntry.inclusionPromise)
    .length
}

/** A stand-in timestamp (now), so @sigstore/verify checks the chain at the current time. */
function nowEntry(now: Date): TransparencyLogEntry {
  return {
    integratedTime: String(Math.floor(now.getTime() / 1000)),
    inclusionPromise: { signedEntryTimestamp: Buffer.alloc(0) },
    logId: { keyId: Buffer.alloc(0) }
  } as unknown as TransparencyLogEntry
}

function tlogInfo(entry: TransparencyLogEntry | undefined): Acceptance['tlog'] {
  if (entry === undefined) return undefined
  return {
    logIndex: entry.logIndex,
    integratedTime: new Date(Number(entry.integratedTime) * 1000).toISOString()
  }
}

/** Maps @sigstore/verify's error codes onto reasons a reader can act on. */
function explain(error: unknown): { reason: RejectReason; detail: string } {
  const message = errorMessage(error)
  if (error instanceof PolicyError) return { reason: 'identity-mismatch', detail: message }
  if (!(error instanceof VerificationError)) return { reason: 'malformed', detail: message }
  switch (error.code) {
    case 'SIGNATURE_ERROR':
      return {
        reason: 'bad-signature',
        detail: 'the signature does not verify over the payload with the key'
      }
    case 'TLOG_BODY_ERROR':
      if (/digest mismatch/.test(message)) {
        return {
          reason: 'payload-changed',
          detail: 'the payload differs from the one recorded in the transparency log'
        }
      }
      if (/signature mismatch/.test(message)) {
        return {
          reason: 'bad-signature',
          detail: 'the signature differs from the one recorded in the transparency log'
        }
      }
      return { reason: 'tlog-invalid', detail: `the transparency-log entry does not match: ${message}` }
    case 'TLOG_INCLUSION_PROMISE_ERROR':
      return {
        reason: 'tlog-invalid',
        detail: `the Rekor signed entry timestamp (SET) does not verify: ${message}`
      }
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return { reason: 'tlog-invalid', detail: `the Rekor inclusion proof does not verify: ${message}` }
    case 'TLOG_ERROR':
      return { reason: 'tlog-missing', detail: message }
    case 'CERTIFICATE_ERROR':
      if (/SCT/.test(message))
        return { reason: 'sct-missing', detail: `no valid certificate-transparency timestamp: ${message}` }
      return {
        reason: 'untrusted-certificate',
        detail: `the certificate does not chain to a trusted Fulcio CA: ${message}`
      }
    case 'PUBLIC_KEY_ERROR':
      return { reason: 'key-invalid', detail: message }
    default:
      return { reason: 'tlog-invalid', detail: message }
  }
}
