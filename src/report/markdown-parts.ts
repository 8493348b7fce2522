import type { EvaluatedFinding } from '../model/finding.js'
import type { Verdict } from '../model/result.js'
import type { Severity } from '../model/severity.js'
import type { CheckStatus } from '../model/check.js'
import { defaultHelpUri } from '../model/rule.js'
import { isWorkspacePath, locationLabel, ruleLabel } from './common.js'
import { codeSpan, escapeMarkdownInline } from '../util/untrusted.js'

/** Where findings can link to: the repository's files at the commit that was checked. */
export interface SourceLinks {
  /** `https://github.com/OWNER/REPO`. */
  repositoryUrl: string
  /** The commit the lines belong to: the PR head, not the merge commit. */
  sha: string
  /** Prepended to finding paths when the working directory is a subfolder of the repository. */
  pathPrefix: string
}

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' }
export const STATUS_LABEL: Record<CheckStatus, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  error: '💥 error'
}
export const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪'
}
export const FINDINGS_HEADER = '| Severity | Rule | What | Where |\n| :-- | :-- | :-- | :-- |'
export const SUPPRESSED_HEADER =
  '| Rule | Where | Exception | Reason | Expires |\n| :-- | :-- | :-- | :-- | :-- |'

export function findingRow(f: EvaluatedFinding, links?: SourceLinks): string {
  const level = f.blocking ? `**${f.severity}** · blocking` : f.severity
  // Only a compared image's findings are `new`; saying so tells a reviewer what this change brought in.
  const severity = `${SEVERITY_ICON[f.severity]} ${level}${f.comparison === 'new' ? ' · 🆕 new' : ''}`
  return `| ${severity} | ${ruleCell(f)} | ${escapeMarkdownInline(f.message, 200)} | ${whereCell(f, links)} |`
}

export function suppressedRow(f: EvaluatedFinding, links?: SourceLinks): string {
  const by = f.suppressedBy
  const expires = by?.expires ? escapeMarkdownInline(by.expires, 40) : '—'
  return (
    `| ${ruleCell(f)} | ${whereCell(f, links)} | ${codeSpan(by?.id ?? '', { table: true, maxLength: 80 })} | ` +
    `${escapeMarkdownInline(by?.reason ?? '', 200)} | ${expires} |`
  )
}

function ruleCell(f: EvaluatedFinding): string {
  const text = escapeMarkdownInline(ruleLabel(f), 120)
  const uri = f.helpUri ?? defaultHelpUri(f.rule)
  const href = uri === undefined ? undefined : safeHref(uri)
  return href ? `[${text}](${href})` : text
}

function whereCell(f: EvaluatedFinding, links?: SourceLinks): string {
  const parts: string[] = []
  if (f.location) parts.push(locationCell(f.location, links))
  else if (f.image) parts.push(codeSpan(f.image, { table: true, maxLength: 160 }))
  if (f.package) {
    const { name, version, fixedVersion } = f.package
    const pkg = codeSpan(version ? `${name}@${version}` : name, { table: true, maxLength: 120 })
    parts.push(fixedVersion ? `${pkg} → ${codeSpan(fixedVersion, { table: true, maxLength: 60 })}` : pkg)
  }
  return parts.length > 0 ? parts.join(' · ') : '—'
}

/** Only plain http(s) links, with every character that could end the link or the cell encoded. */
export function safeHref(uri: string): string | undefined {
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

/** The file and line as a code span, linked to those lines at the checked commit when it can be. */
function locationCell(location: NonNullable<EvaluatedFinding['location']>, links?: SourceLinks): string {
  const label = codeSpan(locationLabel(location), { table: true, maxLength: 160 })
  if (!links || !isWorkspacePath(location.file)) return label
  const file = (links.pathPrefix + location.file).split('/').map(encodeURIComponent).join('/')
  const lines =
    location.line === undefined
      ? ''
      : location.endLine !== undefined && location.endLine > location.line
        ? `#L${location.line}-L${location.endLine}`
        : `#L${location.line}`
  const href = safeHref(`${links.repositoryUrl}/blob/${encodeURIComponent(links.sha)}/${file}${lines}`)
  return href ? `[${label}](${href})` : label
}

/** Counts UTF-8 bytes: never less than the UTF-16 length, so it bounds the comment cap in characters too. */
export class Budget {
  private used = 0
  constructor(private readonly limit: number) {}
  fits(text: string): boolean {
    return this.used + Buffer.byteLength(text, 'utf8') + 1 <= this.limit
  }
  take(text: string): void {
    this.used += Buffer.byteLength(text, 'utf8') + 1
  }
}

export function fillRows(
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
export function capLength(
  markdown: string,
  limit: number,
  marker = '\n\n_… summary truncated; the JSON report has everything._\n'
): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown
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
