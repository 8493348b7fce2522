import type { SignatureAcceptance, SignatureStatus } from '../../model/check.js'
import type { ImageSignatureResult, SignerInfo } from '../../signing/index.js'
import { truncate } from '../../util/untrusted.js'

/** The report's view of one image's verification: which authority verified which signature. */
export function signatureStatus(result: ImageSignatureResult): SignatureStatus {
  const verifiedBy: SignatureAcceptance[] = result.signatures.flatMap(s =>
    s.accepted.map(a => ({
      authority: a.authority,
      format: s.format,
      source: s.source,
      signer: describeSigner(a.signer),
      ...(a.tlog ? { tlog: `Rekor log index ${a.tlog.logIndex} at ${a.tlog.integratedTime}` } : {})
    }))
  )
  return { status: result.verified ? 'verified' : 'not-verified', summary: result.summary, verifiedBy }
}

export function describeSigner(signer: SignerInfo): string {
  if (signer.keyFingerprint !== undefined) return `key ${signer.keyFingerprint}`
  if (signer.kms !== undefined) return `kms ${signer.kms}`
  if (signer.identity !== undefined)
    return `issuer ${signer.identity.issuer} subject ${signer.identity.subject}`
  return 'unknown signer'
}

/** One line per acceptance, for the check's notes. */
export function describeAcceptance(image: string, a: SignatureAcceptance): string {
  const tlog = a.tlog ? `, ${a.tlog}` : ', no transparency-log entry'
  return `${image}: ${a.format} signature (${a.source}) verified by ${a.authority}: ${a.signer}${tlog}`
}

/** Why no signature counted: each signature's reasons per authority, bounded. */
export function rejectionReasons(result: ImageSignatureResult, max = 5): string {
  const lines = result.signatures.slice(0, max).map(s => {
    const reasons = s.rejected.map(r => `${r.authority}: ${r.reason} (${truncate(r.detail, 160)})`)
    return `${s.format} signature ${s.source}: ${reasons.join('; ') || 'verified, but thresholds not met'}`
  })
  const more = result.signatures.length > max ? [`and ${result.signatures.length - max} more`] : []
  return [...lines, ...more].join(' | ')
}
