import type { EvaluatedFinding } from '../model/finding.js'
import type { CheckSummary, GateResult, ImageSummary, Verdict } from '../model/result.js'
import { SEVERITIES, type Severity } from '../model/severity.js'
import type { CheckStatus } from '../model/check.js'
import { defaultHelpUri, TOOL_NAME } from '../model/rule.js'
import { formatDuration, locationLabel, rankFindings, ruleLabel } from './common.js'
import { plural } from '../util/text.js'
import { codeSpan, escapeMarkdownInline } from '../util/untrusted.js'
import { MAX_ANNOTATIONS_PER_LEVEL } from './annotations.js'

export interface SummaryOptions {
  /** Rows in the top-findings table, and in each exceptions table. */
  maxFindings?: number
  /** From buildAnnotations: findings GitHub will not show as annotations. */
  omittedAnnotations?: { error: number; warning: number }
  /** A character cap, e.g. COMMENT_MAX_CHARS when the summary is reused as a PR comment. */
  maxChars?: number
}

/** GitHub rejects a step summary over 1 MiB; stay below it with room for other writers. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024
export const COMMENT_MAX_CHARS = 65_536
export const DEFAULT_MAX_FINDINGS = 50

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' }
const STATUS_LABEL: Record<CheckStatus, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  error: '💥 error'
}
const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪'
}
const CHECKS_HEADER =
  '| Check | Status | Required | Findings | Blocking | Duration |\n| :-- | :-- | :-: | --: | --: | --: |'
const FINDINGS_HEADER = '| Severity | Rule | What | Where |\n| :-- | :-- | :-- | :-- |'
const SUPPRESSED_HEADER = '| Rule | Where | Exception | Reason | Expires |\n| :-- | :-- | :-- | :-- | :-- |'
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
    ...renderImages(result.imageSummaries)
  ].join('\n\n')
  budget.take(head)
  const top = fillRows(budget, unsuppressed, maxRows, findingRow)
  const expiredRows = fillRows(budget, expired, maxRows, findingRow)
  const suppressedRows = fillRows(budget, suppressed, maxRows, suppressedRow)

  const blocks = [head]
  if (unsuppressed.length > 0) {
    blocks.push(tableBlock('### Top findings', FINDINGS_HEADER, top))
    const blocking = unsuppressed.filter(f => f.blocking).length
    const notes = notShownNotes(unsuppressed.length, blocking, top.length, options.omittedAnnotations)
    if (notes.length > 0) blocks.push(notes.join('\n'))
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

/** One row per scanned image: reviewers see which image is in trouble before reading any finding. */
function renderImages(summaries: readonly ImageSummary[]): string[] {
  if (summaries.length === 0) return []
  const header =
    `| Image | ${SEVERITIES.map(s => `${SEVERITY_ICON[s]} ${s}`).join(' | ')} | Blocking | Suppressed |\n` +
    `| :-- | ${SEVERITIES.map(() => '--:').join(' | ')} | --: | --: |`
  const rows = summaries.map(
    s =>
      `| ${codeSpan(s.image, { table: true, maxLength: 120 })} | ${SEVERITIES.map(sev => s.counts[sev]).join(' | ')} | ` +
      `${s.blockingCount} | ${s.suppressedCount} |`
  )
  return [`### Vulnerabilities by image\n\n${header}\n${rows.join('\n')}`]
}

function findingRow(f: EvaluatedFinding): string {
  const severity = `${SEVERITY_ICON[f.severity]} ${f.blocking ? `**${f.severity}** · blocking` : f.severity}`
  return `| ${severity} | ${ruleCell(f)} | ${escapeMarkdownInline(f.message, 200)} | ${whereCell(f)} |`
}

function suppressedRow(f: EvaluatedFinding): string {
  const by = f.suppressedBy
  const expires = by?.expires ? escapeMarkdownInline(by.expires, 40) : '—'
  return (
    `| ${ruleCell(f)} | ${whereCell(f)} | ${codeSpan(by?.id ?? '', { table: true, maxLength: 80 })} | ` +
    `${escapeMarkdownInline(by?.reason ?? '', 200)} | ${expires} |`
  )
}

function ruleCell(f: EvaluatedFinding): string {
  const text = escapeMarkdownInline(ruleLabel(f), 120)
  const uri = f.helpUri ?? defaultHelpUri(f.rule)
  const href = uri === undefined ? undefined : safeHref(uri)
  return href ? `[${text}](${href})` : text
}

function whereCell(f: EvaluatedFinding): string {
  const parts: string[] = []
  if (f.location) parts.push(codeSpan(locationLabel(f.location), { table: true, maxLength: 160 }))
  else if (f.image) parts.push(codeSpan(f.image, { table: true, maxLength: 160 }))
  if (f.package) {
    const { name, version, fixedVersion } = f.package
    const pkg = codeSpan(version ? `${name}@${version}` : name, { table: true, maxLength: 120 })
    parts.push(fixedVersion ? `${pkg} → ${codeSpan(fixedVersion, { table: true, maxLength: 60 })}` : pkg)
  }
  return parts.length > 0 ? parts.join(' · ') : '—'
}

/** Only plain http(s) links, with every character that could end the link or the cell encoded. */
function safeHref(uri: string): string | undefined {
  if (!/^https?:\/\//i.test(uri) || uri.length > 500) return undefined
  try {
    return new URL(uri).href.replace(
      /[()<>|"'`\\ [\]*_]/g,
      c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  } catch {
    return undefined
  }
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
  return `_${plural(count, 'more')} not shown; the JSON report lists them all._`
}

/** Counts UTF-8 bytes: never less than the UTF-16 length, so it bounds the comment cap in characters too. */
class Budget {
  private used = 0
  constructor(private readonly limit: number) {}
  fits(text: string): boolean {
    return this.used + Buffer.byteLength(text, 'utf8') + 1 <= this.limit
  }
  take(text: string): void {
    this.used += Buffer.byteLength(text, 'utf8') + 1
  }
}

function fillRows(
  budget: Budget,
  findings: readonly EvaluatedFinding[],
  max: number,
  row: (f: EvaluatedFinding) => string
): string[] {
  const rows: string[] = []
  for (const finding of findings) {
    if (rows.length >= max) break
    const line = row(finding)
    if (!budget.fits(line)) break
    budget.take(line)
    rows.push(line)
  }
  return rows
}

/** Last resort when even the fixed parts are too big: cut at a line end and say so. */
function capLength(markdown: string, limit: number): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown
  const marker = '\n\n_… summary truncated; the JSON report has everything._\n'
  const room = limit - Buffer.byteLength(marker, 'utf8')
  let cut = markdown.slice(0, Math.max(0, room))
  // Shrink in proportion to the byte overshoot: a few rounds even for multi-byte text.
  for (
    let bytes = Buffer.byteLength(cut, 'utf8');
    bytes > room && cut;
    bytes = Buffer.byteLength(cut, 'utf8')
  ) {
    cut = cut.slice(0, Math.max(0, Math.floor((cut.length * room) / bytes) - 1))
  }
  const lineEnd = cut.lastIndexOf('\n')
  return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}${marker}`
}
