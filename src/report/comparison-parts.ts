import type { EvaluatedFinding } from '../model/finding.js'
import type { BaseComparison, ImageSummary } from '../model/result.js'
import { SEVERITIES, type Severity } from '../model/severity.js'
import { codeSpan, escapeMarkdownInline } from '../util/untrusted.js'
import { FINDINGS_HEADER, SEVERITY_ICON } from './markdown-parts.js'

export const FIXED_TITLE = 'Fixed by this PR'

/** A severity count, with its change against the scanned base image when there is one: `3 (+1)`. */
export function countWithDelta(summary: ImageSummary | undefined, severity: Severity): string {
  if (!summary) return '—'
  const count = summary.counts[severity]
  const base = summary.base?.counts
  if (!base) return String(count)
  const delta = count - base[severity]
  return delta === 0 ? String(count) : `${count} (${delta > 0 ? '+' : '−'}${Math.abs(delta)})`
}

/** The `vs base` cell: what changed, or that the base could not be scanned. */
export function baseCell(base: BaseComparison | undefined): string {
  if (!base) return '—'
  if (!base.scanned) return '⚠️ base not scanned'
  return `${base.newCount ?? 0} new · ${base.fixedCount ?? 0} fixed`
}

/** Under an image's table: which base it was compared with and the totals, or why it was not. */
export function baseComparisonLine(summary: ImageSummary | undefined): string {
  const base = summary?.base
  if (!base) return ''
  const ref = codeSpan(base.image, { maxLength: 160 })
  if (!base.scanned) {
    return (
      `⚠️ Base image ${ref} was not scanned, so nothing was compared and the counts have no deltas: ` +
      escapeMarkdownInline(base.error ?? 'unknown error', 400)
    )
  }
  return (
    `Compared with base image ${ref}: ${base.newCount ?? 0} new, ${base.fixedCount ?? 0} fixed, ` +
    `${base.unchangedCount ?? 0} unchanged; deltas in brackets.`
  )
}

/** The fixed findings, collapsed: good news, but not what a reviewer must act on. */
export function fixedSection(total: number, rows: readonly string[], moreNote: string): string {
  if (total === 0) return ''
  const more = rows.length < total ? `\n\n${moreNote}` : ''
  const table = rows.length > 0 ? `\n\n${FINDINGS_HEADER}\n${rows.join('\n')}` : ''
  return `<details><summary>${FIXED_TITLE} (${total})</summary>${table}${more}\n\n</details>`
}

/** Fixed findings about one image (all of them without one). */
export function fixedFor(fixed: readonly EvaluatedFinding[] | undefined, image?: string): EvaluatedFinding[] {
  if (!fixed) return []
  return image === undefined ? [...fixed] : fixed.filter(f => f.image === image)
}

/**
 * One row per scanned image: reviewers see which image is in trouble before reading any finding. Compared
 * images show deltas against their base images and a line each on what they were compared with.
 */
export function renderImages(summaries: readonly ImageSummary[]): string[] {
  if (summaries.length === 0) return []
  const compared = summaries.some(s => s.base)
  const header =
    `| Image | ${SEVERITIES.map(s => `${SEVERITY_ICON[s]} ${s}`).join(' | ')} | Blocking | Suppressed |` +
    `${compared ? ' vs base |' : ''}\n| :-- | ${SEVERITIES.map(() => '--:').join(' | ')} | --: | --: |` +
    (compared ? ' :-- |' : '')
  const rows = summaries.map(
    s =>
      `| ${codeSpan(s.image, { table: true, maxLength: 120 })} | ` +
      `${SEVERITIES.map(sev => countWithDelta(s, sev)).join(' | ')} | ${s.blockingCount} | ${s.suppressedCount} |` +
      (compared ? ` ${baseCell(s.base)} |` : '')
  )
  const lines = summaries
    .filter(s => s.base)
    .map(s => `- ${codeSpan(s.image, { maxLength: 120 })}: ${baseComparisonLine(s)}`)
  const table = `### Vulnerabilities by image\n\n${header}\n${rows.join('\n')}`
  return lines.length > 0 ? [table, lines.join('\n')] : [table]
}
