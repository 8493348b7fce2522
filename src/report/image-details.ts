import type { SignatureStatus } from '../model/check.js'
import type { ImageDetail } from '../model/result.js'
import { codeSpan, escapeMarkdownInline } from '../util/untrusted.js'

const SIGNATURE_LABEL: Record<SignatureStatus['status'], string> = {
  verified: '✅ verified',
  'not-verified': '❌ not verified',
  error: '⚠️ not checkable'
}

/** Which digest each image was checked and scanned at, and whether its signature verified (and by whom). */
export function renderImageDetails(details: readonly ImageDetail[]): string[] {
  if (details.length === 0) return []
  const header = '| Image | Digest | Signature |\n| :-- | :-- | :-- |'
  const rows = details.slice(0, 20).map(d => {
    const digest = d.digest ? codeSpan(d.digest, { table: true }) : 'not resolved'
    const platform = d.platform ? ` (${escapeMarkdownInline(d.platform, 40)})` : ''
    const signature = d.signature
      ? `${SIGNATURE_LABEL[d.signature.status]}: ${escapeMarkdownInline(signatureText(d.signature), 200)}`
      : 'not checked'
    return `| ${codeSpan(d.image, { table: true, maxLength: 120 })} | ${digest}${platform} | ${signature} |`
  })
  const more = details.length > 20 ? `\n\n${details.length - 20} more images in the JSON report.` : ''
  return [`### Images\n\n${header}\n${rows.join('\n')}${more}`]
}

function signatureText(signature: SignatureStatus): string {
  const by = signature.verifiedBy[0]
  if (signature.status !== 'verified' || by === undefined) return signature.summary
  const tlog = by.tlog ? `, ${by.tlog}` : ''
  return `${by.format} signature, ${by.authority} (${by.signer}${tlog})`
}
