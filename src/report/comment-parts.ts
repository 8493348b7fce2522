import type { EvaluatedFinding } from '../model/finding.js'
import type { GateResult } from '../model/result.js'
import { SEVERITIES } from '../model/severity.js'
import { imageRepository } from '../image/repository.js'
import { tryParseImageReference } from '../image/reference.js'
import { codeSpan, yamlString } from '../util/untrusted.js'
import { SEVERITY_ICON } from './markdown-parts.js'
import { baseCell, baseComparisonLine, countWithDelta } from './comparison-parts.js'

const SNIPPET_MAX_ENTRIES = 10
const EXPIRY_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An image's findings and the ones about no gated image, which every image comment shows: Dockerfile lint,
 * the policy, and pinning findings on `FROM` lines (those name their base image, which is not a gated one).
 */
export function scopeToImage(
  findings: readonly EvaluatedFinding[],
  image: string,
  gatedImages: readonly string[]
): EvaluatedFinding[] {
  const others = new Set(gatedImages.filter(gated => gated !== image))
  return findings.filter(f => f.image === undefined || !others.has(f.image))
}

/** One row for the image: digest, signature, pinning and vulnerability counts, read in one glance. */
export function imageStatusTable(result: GateResult, image: string): string {
  const summary = result.imageSummaries.find(s => s.image === image)
  const severities = SEVERITIES.map(s => `${SEVERITY_ICON[s]} ${s}`).join(' | ')
  const compared = summary?.base !== undefined
  const header =
    `| Image | Digest | Signature | Pinning | ${severities} | Blocking |${compared ? ' vs base |' : ''}\n` +
    `| :-- | :-- | :-- | :-- | ${SEVERITIES.map(() => '--:').join(' | ')} | --: |${compared ? ' :-- |' : ''}`
  const counts = SEVERITIES.map(s => countWithDelta(summary, s)).join(' | ')
  const blocking = summary ? String(summary.blockingCount) : '—'
  const cells = [
    codeSpan(image, { table: true, maxLength: 120 }),
    digestCell(result, image),
    checkCell(result, image, 'signatures', '✅ verified'),
    checkCell(result, image, 'pinning', '✅ pinned')
  ]
  const table = `${header}\n| ${cells.join(' | ')} | ${counts} | ${blocking} |${compared ? ` ${baseCell(summary?.base)} |` : ''}`
  return compared ? `${table}\n\n${baseComparisonLine(summary)}` : table
}

function digestCell(result: GateResult, image: string): string {
  const parsed = tryParseImageReference(image)
  const pinned = parsed.ok ? parsed.reference.digest : undefined
  const resolved = result.imageDetails?.find(d => d.image === image)?.digest
  const digest = pinned ?? resolved
  if (!digest) return 'not pinned'
  // The first 12 hex digits name an image the way `docker images` does; the full one is in the reports.
  const short = codeSpan(digest.slice(0, 'sha256:'.length + 12), { table: true })
  return pinned ? short : `${short} (tag, not pinned)`
}

/** `not checked` until a check about this image ran; signatures say per image whether they verified. */
function checkCell(result: GateResult, image: string, check: 'signatures' | 'pinning', ok: string): string {
  const summary = result.checks.find(c => c.id === check)
  if (!summary || summary.status === 'skipped') return 'not checked'
  const signature =
    check === 'signatures' ? result.imageDetails?.find(d => d.image === image)?.signature : undefined
  if (signature?.status === 'error' || summary.status === 'error') return '💥 could not check'
  if (check === 'signatures' && result.imageDetails !== undefined && signature === undefined)
    return 'not checked'
  if (signature?.status === 'verified') return ok
  const rules = new Set(
    result.findings.filter(f => f.check === check && f.image === image && !f.suppressedBy).map(f => f.rule)
  )
  if (rules.size === 0) return signature?.status === 'not-verified' ? '⚠️ not verified' : ok
  return `⚠️ ${[...rules].map(rule => codeSpan(rule, { table: true, maxLength: 40 })).join(', ')}`
}

/**
 * A policy `exceptions:` block excusing the blocking findings, ready to paste: id, package, the image's
 * repository (so the entry survives new tags), a reason to fill in and an expiry 30 days out. Values are
 * YAML double-quoted strings, and the fence is longer than any backtick run, so nothing escapes the block.
 */
export function exceptionSnippet(blocking: readonly EvaluatedFinding[], now: Date): string {
  const seen = new Set<string>()
  const entries: string[] = []
  const expires = new Date(now.getTime() + EXPIRY_DAYS * DAY_MS).toISOString().slice(0, 10)
  for (const f of blocking) {
    if (f.check === 'policy') continue // an expired exception is renewed in place, not added again
    const key = `${f.rule}\u0000${f.package?.name ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    if (entries.length >= SNIPPET_MAX_ENTRIES) break
    const lines = [`  - id: ${yamlString(f.rule)}`]
    if (f.package) lines.push(`    package: ${yamlString(f.package.name)}`)
    if (f.image !== undefined) lines.push(`    image: ${yamlString(imageRepository(f.image))}`)
    lines.push(`    reason: "TODO: why this is acceptable, and who decided"`, `    expires: ${expires}`)
    entries.push(lines.join('\n'))
  }
  if (entries.length === 0) return ''
  const yaml = `exceptions:\n${entries.join('\n')}`
  let longest = 2
  for (const run of yaml.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const more = seen.size > entries.length ? ` (the first ${entries.length})` : ''
  return (
    `<details><summary>Excuse a blocking finding${more}: add to the policy's <code>exceptions:</code></summary>\n\n` +
    `${fence}yaml\n${yaml}\n${fence}\n\n</details>`
  )
}
