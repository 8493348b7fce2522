import type { CheckStatus } from '../model/check.js'
import type { EvaluatedFinding } from '../model/finding.js'
import type { GateResult, Verdict } from '../model/result.js'
import { SEVERITIES, type Severity } from '../model/severity.js'
import { TOOL_NAME } from '../model/rule.js'
import { formatDuration, locationLabel, rankFindings, ruleLabel } from './common.js'
import { formatCount, plural } from '../util/text.js'
import { MAX_LOG_MESSAGE_LENGTH, neutralizeWorkflowCommands, shortLine } from '../util/untrusted.js'

export interface TextOptions {
  /** Callers pass `process.stdout.isTTY && !process.env.NO_COLOR`. */
  color: boolean
  /** Findings listed before the rest is summarised in one line. */
  maxFindings?: number
}

export const DEFAULT_TEXT_MAX_FINDINGS = 200

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan' | 'boldRed'
const ANSI: Record<Style, [string, string]> = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  red: ['\x1b[31m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
  boldRed: ['\x1b[1;31m', '\x1b[22;39m']
}
const SEVERITY_STYLE: Record<Severity, Style> = {
  critical: 'boldRed',
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'dim'
}
const VERDICT_STYLE: Record<Verdict, Style> = { pass: 'green', warn: 'yellow', fail: 'boldRed' }
const STATUS: Record<CheckStatus, [string, Style]> = {
  passed: ['✔ passed ', 'green'],
  failed: ['✖ failed ', 'red'],
  skipped: ['- skipped', 'dim'],
  error: ['✖ error  ', 'boldRed']
}

/** The CLI report: verdict, reasons, checks, findings grouped by file or image, counts. */
export function renderText(result: GateResult, options: TextOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text
  const max = options.maxFindings ?? DEFAULT_TEXT_MAX_FINDINGS
  const lines: string[] = []

  const verdict = paint(VERDICT_STYLE[result.verdict], result.verdict.toUpperCase())
  const source = shortLine(result.policySource)
  lines.push(
    `${paint('bold', `${TOOL_NAME} ${shortLine(result.toolVersion)}`)}: ${verdict} ` +
      paint('dim', `(mode ${result.mode}, policy ${source}, ${formatDuration(result.durationMs)})`)
  )
  for (const reason of result.reasons) lines.push(`  - ${shortLine(reason, MAX_LOG_MESSAGE_LENGTH)}`)

  if (result.checks.length > 0) {
    lines.push('', paint('bold', 'Checks'))
    const width = widest(result.checks.map(c => shortLine(c.title)))
    for (const c of result.checks) {
      const [label, style] = STATUS[c.status]
      const counts =
        c.status === 'passed' || c.status === 'failed'
          ? `${plural(c.findingCount, 'finding')}, ${formatCount(c.blockingCount)} blocking`
          : shortLine(c.detail ?? '', MAX_LOG_MESSAGE_LENGTH)
      const required = c.required ? 'required' : 'optional'
      lines.push(
        `  ${paint(style, label)}  ${shortLine(c.title).padEnd(width)}  ${required}  ${counts}  ` +
          paint('dim', formatDuration(c.durationMs))
      )
      if ((c.status === 'passed' || c.status === 'failed') && c.detail)
        lines.push(`      ${shortLine(c.detail, MAX_LOG_MESSAGE_LENGTH)}`)
    }
  }

  if (result.imageDetails && result.imageDetails.length > 0) {
    lines.push('', paint('bold', 'Images'))
    for (const d of result.imageDetails) {
      const digest = d.digest
        ? ` @ ${d.digest}${d.platform ? ` (${d.platform}: ${d.manifestDigest})` : ''}`
        : ''
      lines.push(`  ${shortLine(d.image)}${digest}`)
      if (d.signature) {
        lines.push(
          `      signature: ${d.signature.status}: ${shortLine(d.signature.summary, MAX_LOG_MESSAGE_LENGTH)}`
        )
        for (const a of d.signature.verifiedBy) {
          const tlog = a.tlog ? `, ${a.tlog}` : ''
          lines.push(
            `      ${a.format} ${shortLine(a.source)} by ${shortLine(a.authority)}: ${shortLine(a.signer)}${tlog}`
          )
        }
      }
    }
  }

  const ranked = rankFindings(result.findings)
  const active = ranked.filter(f => !f.suppressedBy)
  const suppressed = ranked.filter(f => f.suppressedBy)
  if (active.length > 0) {
    lines.push('', paint('bold', 'Findings'))
    lines.push(...renderGroups(active.slice(0, max), paint))
    if (active.length > max) {
      lines.push(
        paint('dim', `  … ${plural(active.length - max, 'more finding')}; the JSON report lists all.`)
      )
    }
  }
  if (suppressed.length > 0) {
    lines.push('', paint('bold', `Suppressed by exceptions (${suppressed.length})`))
    for (const f of suppressed.slice(0, max)) {
      const by = f.suppressedBy!
      const expires = by.expires ? `, expires ${shortLine(by.expires)}` : ''
      const subject = [f.location ? where(f) : f.image && shortLine(f.image), packageLabel(f)]
        .filter(Boolean)
        .join(' ')
      lines.push(
        `  ${shortLine(ruleLabel(f))}  ${subject}  ` +
          paint('dim', `${shortLine(by.id)}: ${shortLine(by.reason, MAX_LOG_MESSAGE_LENGTH)}${expires}`)
      )
    }
    if (suppressed.length > max) lines.push(paint('dim', `  … ${plural(suppressed.length - max, 'more')}`))
  }

  const compared = result.imageSummaries.filter(s => s.base)
  if (compared.length > 0) lines.push('', paint('bold', 'Compared with base images'))
  for (const { image, base } of compared) {
    if (!base) continue
    const outcome = base.scanned
      ? `${base.newCount ?? 0} new, ${base.fixedCount ?? 0} fixed, ${base.unchangedCount ?? 0} unchanged`
      : `base not scanned: ${base.error ?? ''}`
    lines.push(
      `  ${shortLine(image)} vs ${shortLine(base.image)}: ${shortLine(outcome, MAX_LOG_MESSAGE_LENGTH)}`
    )
  }

  const counts = SEVERITIES.map(s => paint(SEVERITY_STYLE[s], `${formatCount(result.counts[s])} ${s}`)).join(
    ', '
  )
  const totals = `${formatCount(result.blockingCount)} blocking · ${formatCount(result.suppressedCount)} suppressed`
  lines.push('', `${counts} · ${totals}`)
  // The CLI may run inside a workflow step, where untrusted text could otherwise issue commands.
  return neutralizeWorkflowCommands(`${lines.join('\n')}\n`)
}

/** Groups in order of their most severe finding; one Map pass keeps it linear. */
function renderGroups(
  findings: readonly EvaluatedFinding[],
  paint: (s: Style, t: string) => string
): string[] {
  // Keyed by the whole name (two long paths that share their first 200 characters stay apart), shown cut.
  const groups = new Map<string, { title: string; findings: EvaluatedFinding[] }>()
  for (const f of findings) {
    const key = f.location ? `file ${f.location.file}` : f.image ? `image ${f.image}` : 'other'
    const group = groups.get(key)
    if (group) group.findings.push(f)
    else groups.set(key, { title: groupTitle(f), findings: [f] })
  }
  const lines: string[] = []
  for (const { title, findings: group } of groups.values()) {
    lines.push(`  ${paint('bold', title)}`)
    const cells = group.map(f => ({ f, at: where(f), rule: shortLine(ruleLabel(f)) }))
    const atWidth = widest(cells.map(c => c.at))
    const ruleWidth = widest(cells.map(c => c.rule))
    for (const { f, at, rule } of cells) {
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase().padEnd(8))
      const blocking = f.blocking ? `  ${paint('red', '[blocking]')}` : ''
      lines.push(
        `    ${at.padEnd(atWidth)}  ${severity}  ${rule.padEnd(ruleWidth)}  ${shortLine(f.message, MAX_LOG_MESSAGE_LENGTH)}${blocking}`
      )
    }
  }
  return lines
}

function groupTitle(f: EvaluatedFinding): string {
  if (f.location) return shortLine(f.location.file)
  return f.image ? `image ${shortLine(f.image)}` : 'other'
}

/** `file:line:col`, or for image findings (grouped under their image) the package, or `-`. */
function where(f: EvaluatedFinding): string {
  if (f.location) return locationLabel({ ...f.location, file: shortLine(f.location.file) })
  return packageLabel(f) || '-'
}

/** `name@version → fixed`, each part cut, or '' without a package. */
function packageLabel(f: EvaluatedFinding): string {
  if (!f.package) return ''
  const [name, version, fixed] = [f.package.name, f.package.version, f.package.fixedVersion].map(part =>
    part === undefined ? '' : shortLine(part)
  )
  const pkg = version ? `${name}@${version}` : name
  return fixed ? `${pkg} → ${fixed}` : pkg
}

function widest(texts: readonly string[]): number {
  return texts.reduce((width, text) => Math.max(width, text.length), 0)
}
