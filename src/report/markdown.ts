import type { CheckSummary, GateResult } from '../model/result.js'
import { renderImageDetails } from './image-details.js'
import { SEVERITIES } from '../model/severity.js'
import { TOOL_NAME } from '../model/rule.js'
import { formatDuration, rankFindings } from './common.js'
import { formatCount, plural } from '../util/text.js'
import { codeSpan, escapeMarkdownInline } from '../util/untrusted.js'
import { MAX_ANNOTATIONS_PER_LEVEL } from './annotations.js'
import {
  Budget,
  capLength,
  fillRows,
  findingRow,
  FINDINGS_HEADER,
  SEVERITY_ICON,
  type SourceLinks,
  STATUS_LABEL,
  SUPPRESSED_HEADER,
  suppressedRow,
  VERDICT_ICON
} from './markdown-parts.js'
import { exceptionSnippet, imageStatusTable, scopeToImage } from './comment-parts.js'
import { fixedFor, fixedSection, renderImages } from './comparison-parts.js'

export interface SummaryOptions {
  /** Rows in the top-findings table, and in each exceptions table. */
  maxFindings?: number
  /** From buildAnnotations: findings GitHub will not show as annotations. */
  omittedAnnotations?: { error: number; warning: number }
  /** A character cap, e.g. COMMENT_MAX_CHARS when the summary is reused as a PR comment. */
  maxChars?: number
  /** Link findings to their lines in the repository (inside GitHub Actions). */
  links?: SourceLinks
}

export interface CommentOptions {
  /** The hidden marker the comment is found by again; the body's first line. */
  marker: string
  /** The image this comment is about; findings of other images are left to their own comments. */
  image?: string
  links?: SourceLinks
  /** The workflow run, where the full summary is. */
  runUrl?: string
  /** Today, for the exception snippet's expiry date. */
  now: Date
  maxChars?: number
}

/** GitHub rejects a step summary over 1 MiB; stay below it with room for other writers. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024
export const COMMENT_MAX_CHARS = 65_536
export const DEFAULT_MAX_FINDINGS = 50

const CHECKS_HEADER =
  '| Check | Status | Required | Findings | Blocking | Duration |\n| :-- | :-- | :-: | --: | --: | --: |'
// Room kept for the notes written after the tables are filled.
const NOTES_RESERVE = 2048

/** The job summary: verdict and reasons, checks, counts, top findings, exceptions. All text escaped. */
export function renderSummaryMarkdown(result: GateResult, options: SummaryOptions = {}): string {
  const maxRows = options.maxFindings ?? DEFAULT_MAX_FINDINGS
  const limit = Math.min(options.maxChars ?? Infinity, SUMMARY_MAX_BYTES)
  const budget = new Budget(limit - NOTES_RESERVE)

  const ranked = rankFindings(result.findings)
  const unsuppressed = ranked.filter(f => !f.suppressedBy)
  const suppressed = ranked.filter(f => f.suppressedBy)
  const expired = unsuppressed.filter(f => f.check === 'policy')

  const head = [
    ...renderHead(result),
    ...renderChecks(result.checks),
    renderCounts(result),
    ...renderImageDetails(result.imageDetails ?? []),
    ...renderImages(result.imageSummaries)
  ].join('\n\n')
  budget.take(head)
  const top = fillRows(budget, unsuppressed, maxRows, f => findingRow(f, options.links))
  const expiredRows = fillRows(budget, expired, maxRows, f => findingRow(f, options.links))
  const suppressedRows = fillRows(budget, suppressed, maxRows, f => suppressedRow(f, options.links))
  const fixed = fixedFor(result.fixed)
  const fixedRows = fillRows(budget, fixed, maxRows, f => findingRow(f, options.links))

  const blocks = [head]
  if (unsuppressed.length > 0) {
    blocks.push(tableBlock('### Top findings', FINDINGS_HEADER, top))
    const blocking = unsuppressed.filter(f => f.blocking).length
    const notes = notShownNotes(unsuppressed.length, blocking, top.length, options.omittedAnnotations)
    if (notes.length > 0) blocks.push(notes.join('\n'))
  }
  if (fixed.length > 0) {
    blocks.push(fixedSection(fixed.length, fixedRows, moreNote(fixed.length - fixedRows.length)))
  }
  if (expired.length > 0 || suppressed.length > 0) blocks.push('### Exceptions')
  if (expired.length > 0) {
    blocks.push(
      tableBlock('**Expired exceptions** (no longer suppress anything):', FINDINGS_HEADER, expiredRows)
    )
    if (expiredRows.length < expired.length) blocks.push(moreNote(expired.length - expiredRows.length))
  }
  if (suppressed.length > 0) {
    const title = `**Suppressed by exceptions** (${suppressed.length}):`
    blocks.push(tableBlock(title, SUPPRESSED_HEADER, suppressedRows))
    if (suppressedRows.length < suppressed.length) {
      blocks.push(moreNote(suppressed.length - suppressedRows.length))
    }
  }
  return capLength(`${blocks.join('\n\n')}\n`, limit)
}

/**
 * One pull request comment: the same head and finding rows as the summary, scoped to one image, with
 * blocking findings first, the rest collapsed, an exception snippet and a link to the run. The least
 * severe rows are dropped first when the body would pass GitHub's 65,536-character limit.
 */
export function renderCommentMarkdown(result: GateResult, options: CommentOptions): string {
  const limit = Math.min(options.maxChars ?? COMMENT_MAX_CHARS, COMMENT_MAX_CHARS)
  const scoped =
    options.image === undefined
      ? result.findings
      : scopeToImage(result.findings, options.image, result.images)
  const ranked = rankFindings(scoped).filter(f => !f.suppressedBy)
  const blocking = ranked.filter(f => f.blocking)
  const others = ranked.filter(f => !f.blocking)
  const runLink = options.runUrl ? `[the run's summary](${options.runUrl})` : "the run's summary"

  const title = options.image === undefined ? '' : ` · ${codeSpan(options.image, { maxLength: 120 })}`
  const [heading, ...rest] = renderHead(result)
  const head = [
    options.marker,
    `${heading}${title}`,
    ...rest.slice(0, 1),
    ...(options.image === undefined ? [] : [imageStatusTable(result, options.image)])
  ].join('\n\n')
  const snippet = exceptionSnippet(blocking, options.now)
  const footer = `_${escapeMarkdownInline(`${TOOL_NAME} ${result.toolVersion}`)} · full results in ${runLink}._`
  const budget = new Budget(limit - NOTES_RESERVE)
  budget.take(head)
  budget.take(snippet)
  budget.take(footer)
  const row = (f: (typeof ranked)[number]): string => findingRow(f, options.links)
  const fixed = fixedFor(result.fixed, options.image)
  // What the image has now comes before what it no longer has.
  const blockingRows = fillRows(budget, blocking, Infinity, row)
  const otherRows = fillRows(budget, others, Infinity, row)
  const fixedRows = fillRows(budget, fixed, Infinity, row)

  const blocks = [head]
  if (blocking.length === 0) blocks.push('No blocking findings.')
  else blocks.push(`### Blocking (${blocking.length})\n\n${FINDINGS_HEADER}\n${blockingRows.join('\n')}`)
  if (otherRows.length > 0) {
    const summary = `<summary>Other findings (${others.length})</summary>`
    blocks.push(`<details>${summary}\n\n${FINDINGS_HEADER}\n${otherRows.join('\n')}\n\n</details>`)
  }
  if (fixed.length > 0) {
    const more = `_${plural(fixed.length - fixedRows.length, 'more fixed finding')} in ${runLink}._`
    blocks.push(fixedSection(fixed.length, fixedRows, more))
  }
  const missing = blocking.length - blockingRows.length + others.length - otherRows.length
  if (missing > 0) blocks.push(`_${plural(missing, 'more finding')} not shown here; see ${runLink}._`)
  if (snippet) blocks.push(snippet)
  blocks.push(footer)
  return capLength(`${blocks.join('\n\n')}\n`, limit, `\n\n_… comment truncated; see ${runLink}._\n`)
}

function renderHead(result: GateResult): string[] {
  const heading = `## ${VERDICT_ICON[result.verdict]} ${TOOL_NAME}: ${result.verdict}`
  const reasons = result.reasons.map(r => `- ${escapeMarkdownInline(r, 500)}`).join('\n')
  const meta = [
    `**Mode:** ${result.mode}`,
    `**Policy:** ${codeSpan(result.policySource)}`,
    result.images.length > 0 ? `**Images:** ${spanList(result.images)}` : '',
    result.dockerfiles.length > 0 ? `**Dockerfiles:** ${spanList(result.dockerfiles)}` : '',
    `${formatDuration(result.durationMs)} · ${escapeMarkdownInline(`${TOOL_NAME} ${result.toolVersion}`)}`
  ]
  return [heading, reasons, meta.filter(Boolean).join(' · ')].filter(Boolean)
}

function spanList(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).map(item => codeSpan(item, { maxLength: 120 }))
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ')
}

function renderChecks(checks: readonly CheckSummary[]): string[] {
  if (checks.length === 0) return []
  const rows = checks.map(
    c =>
      `| ${escapeMarkdownInline(c.title, 80)} | ${STATUS_LABEL[c.status]} | ${c.required ? 'yes' : 'no'} | ` +
      `${c.findingCount} | ${c.blockingCount} | ${formatDuration(c.durationMs)} |`
  )
  const table = `${CHECKS_HEADER}\n${rows.join('\n')}`
  const details = checks
    .filter(c => c.detail)
    .map(
      c =>
        `- **${escapeMarkdownInline(c.title, 80)}** (${c.status}): ` +
        escapeMarkdownInline(c.detail ?? '', 500)
    )
  return details.length > 0 ? [table, details.join('\n')] : [table]
}

function renderCounts(result: GateResult): string {
  const counts = SEVERITIES.map(s => `${SEVERITY_ICON[s]} ${result.counts[s]} ${s}`).join(' · ')
  return `**Findings:** ${counts} — ${result.blockingCount} blocking, ${result.suppressedCount} suppressed`
}

function notShownNotes(
  total: number,
  blocking: number,
  shown: number,
  omitted: { error: number; warning: number } | undefined
): string[] {
  const notes: string[] = []
  if (shown < total) {
    notes.push(`_${plural(total - shown, 'more finding')} not shown here; the JSON report lists them all._`)
  }
  const missing = (omitted?.error ?? 0) + (omitted?.warning ?? 0)
  if (omitted && missing > 0) {
    // Annotations take the first findings of each level in this same order, so the omitted ones are the
    // tail of the blocking group and the tail of the non-blocking group.
    const listedErrors = Math.max(0, Math.min(shown, blocking) - (blocking - omitted.error))
    const listedWarnings = Math.max(0, shown - total + omitted.warning)
    const listed = Math.min(missing, listedErrors + listedWarnings)
    const cap = MAX_ANNOTATIONS_PER_LEVEL
    const prefix = `_GitHub shows only ${cap} error and ${cap} warning annotations per step:`
    const more = plural(missing, 'more finding')
    notes.push(
      listed === missing
        ? `${prefix} ${more} ${isAre(missing)} listed here._`
        : `${prefix} ${more} ${missing === 1 ? 'was' : 'were'} not annotated; ` +
            `${listed} of them ${isAre(listed)} listed here._`
    )
  }
  return notes
}

function isAre(count: number): string {
  return count === 1 ? 'is' : 'are'
}

function tableBlock(title: string, header: string, rows: readonly string[]): string {
  return `${title}\n\n${header}\n${rows.join('\n')}`
}

function moreNote(count: number): string {
  return `_${formatCount(count)} more not shown; the JSON report lists them all._`
}
