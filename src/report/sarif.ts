import type { EvaluatedFinding } from '../model/finding.js'
import type { GateResult, ImageSummary } from '../model/result.js'
import { severityRank, type Severity } from '../model/severity.js'
import { copyPackage, defaultHelpUri, rankFindings, TOOL_HOME, TOOL_NAME } from './common.js'
import { formatCount } from '../util/text.js'
import { imageRepository } from './image-ref.js'
import { makeLocator, memo, type Locator, type Repo } from './sarif-locations.js'
import { truncate } from './untrusted.js'
import { jsonArrayItems, jsonObjectOpen, parsePieces } from './json-pieces.js'

/**
 * GitHub code scanning rejects the whole upload past these, and of an accepted run it stores only
 * `storedResultsPerRun` results, picked by its own rules (docs: "SARIF results exceed limit").
 */
export const SARIF_LIMITS = {
  runs: 20,
  resultsPerRun: 25_000,
  storedResultsPerRun: 5_000,
  locationsPerResult: 1_000
} as const

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifRegion {
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion }
  logicalLocations?: Array<{ name: string; fullyQualifiedName: string; kind: string }>
}

export interface SarifRule {
  id: string
  shortDescription: { text: string }
  helpUri?: string
  defaultConfiguration: { level: SarifLevel }
  properties: { 'security-severity': string; tags: string[] }
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: { text: string }
  locations: SarifLocation[]
  partialFingerprints: Record<string, string>
  suppressions?: Array<{ kind: 'external'; justification: string }>
  properties: Record<string, unknown>
}

export interface SarifNotification {
  level: SarifLevel
  message: { text: string }
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }>
    results: SarifResult[]
    properties: { imageSummaries: ImageSummary[] }
  }>
}

export interface SarifOptions {
  /** Prepended to finding paths when the working directory is a subfolder of the repository. */
  pathPrefix?: string
  /**
   * At most this many results, the most severe: by default what code scanning stores, so that the
   * results it shows are the ones imagegate ranks first (blocking first), not a pick of its own.
   */
  maxResults?: number
}

/** GitHub maps these to its critical/high/medium/low bands (>= 9.0, 7.0-8.9, 4.0-6.9, 0.1-3.9). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0'
}
const FINGERPRINT_KEY = 'imagegateFinding/v1'
const MAX_TEXT = 1024

/**
 * One SARIF 2.1.0 run for GitHub code scanning. Over the result cap the most severe results are kept
 * (blocking, then unsuppressed, then suppressed; severity within each) and a notification says so.
 * A cap above GitHub's hard limit is lowered to it: past that, the whole upload would be rejected.
 */
export function buildSarif(result: GateResult, options: SarifOptions = {}): SarifLog {
  return parsePieces<SarifLog>(sarifText(result, options))
}

/** The SARIF log as JSON text in pieces, rules and results a batch at a time (see json-pieces.ts). */
export function* sarifText(result: GateResult, options: SarifOptions = {}): Generator<string> {
  const max = sarifResultCap(options.maxResults)
  const ranked = rankFindings(result.findings)
  const kept = ranked.length > max ? ranked.slice(0, max) : ranked
  const rules = collectRules(kept)
  const repoOf = memo(imageRepository)
  const locate = makeLocator(result, options.pathPrefix ?? '', repoOf)
  const driver = { name: TOOL_NAME, version: result.toolVersion, informationUri: TOOL_HOME }
  const invocation = {
    executionSuccessful: !result.checks.some(c => c.status === 'error'),
    toolExecutionNotifications: notifications(result, ranked.length, max)
  }
  const head = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' }
  yield `${jsonObjectOpen(head)}"runs":[{"tool":{"driver":${jsonObjectOpen(driver)}"rules":[`
  yield* jsonArrayItems(rules.entries, e => e.rule)
  yield `]}},"invocations":${JSON.stringify([invocation])},"results":[`
  yield* jsonArrayItems(kept, (finding, i) => toResult(finding, rules.indexOf[i], locate, repoOf))
  // Per-image totals, for tools that read the log rather than the JSON report.
  yield `],"properties":${JSON.stringify({ imageSummaries: result.imageSummaries })}}]}`
}

/**
 * One rule per rule id, in first-seen order, finished from all of its findings; `indexOf[i]` is the
 * rule index of `findings[i]`.
 */
function collectRules(findings: readonly EvaluatedFinding[]): { entries: RuleEntry[]; indexOf: Int32Array } {
  const rules = new Map<string, RuleEntry>()
  const indexOf = new Int32Array(findings.length)
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]
    let entry = rules.get(finding.rule)
    if (!entry) {
      entry = {
        index: rules.size,
        rule: newRule(finding),
        check: finding.check,
        severity: finding.severity,
        message: finding.message,
        messagesDiffer: false
      }
      rules.set(finding.rule, entry)
    }
    if (severityRank(finding.severity) > severityRank(entry.severity)) entry.severity = finding.severity
    // One differing message is enough to know the first one does not describe the rule.
    if (finding.message !== entry.message) entry.messagesDiffer = true
    indexOf[i] = entry.index
  }
  const entries = [...rules.values()]
  for (const entry of entries) finishRule(entry)
  return { entries, indexOf }
}

interface RuleEntry {
  index: number
  rule: SarifRule
  check: string
  /** The most severe finding of the rule sets its default level and security-severity. */
  severity: Severity
  /** The first finding's message, and whether any other finding of the rule says something else. */
  message: string
  messagesDiffer: boolean
}

function newRule(finding: EvaluatedFinding): SarifRule {
  const rule: SarifRule = {
    id: finding.rule,
    shortDescription: { text: '' },
    defaultConfiguration: { level: 'note' },
    properties: { 'security-severity': '0.0', tags: ['security', finding.check] }
  }
  const helpUri = httpUri(finding.helpUri) ?? defaultHelpUri(finding.rule)
  if (helpUri) rule.helpUri = helpUri
  return rule
}

function finishRule({ rule, check, severity, message, messagesDiffer }: RuleEntry): void {
  // A scanner's message usually is the rule's description; when findings differ, name rule and check.
  rule.shortDescription.text = clip(!messagesDiffer && message ? message : `${rule.id} (${check})`)
  rule.defaultConfiguration.level =
    severityRank(severity) >= severityRank('high') ? 'error' : levelFor(severity)
  rule.properties['security-severity'] = SECURITY_SEVERITY[severity]
}

function levelFor(severity: Severity): SarifLevel {
  return severityRank(severity) >= severityRank('medium') ? 'warning' : 'note'
}

function toResult(finding: EvaluatedFinding, ruleIndex: number, locate: Locator, repoOf: Repo): SarifResult {
  let text = finding.message
  if (finding.image && !text.includes(finding.image)) text += ` (image: ${finding.image})`
  const out: SarifResult = {
    ruleId: finding.rule,
    ruleIndex,
    level: finding.blocking ? 'error' : levelFor(finding.severity),
    message: { text: messageText(text) },
    locations: [locate(finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, repoOf) },
    properties: { check: finding.check, severity: finding.severity, blocking: finding.blocking }
  }
  if (finding.image) out.properties.image = finding.image
  if (finding.package) out.properties.package = copyPackage(finding.package)
  if (finding.vulnerability) {
    out.properties.foundBy = finding.vulnerability.foundBy
    if (finding.vulnerability.cvss !== undefined) out.properties.cvss = finding.vulnerability.cvss
  }
  if (finding.suppressedBy) {
    const { id, reason, expires } = finding.suppressedBy
    const until = expires ? `, expires ${expires}` : ''
    out.suppressions = [{ kind: 'external', justification: clip(`${reason} (exception ${id}${until})`) }]
  }
  return out
}

/** Stable across runs: the image without tag or digest, the package without version, no message text. */
function fingerprint(f: EvaluatedFinding, repoOf: Repo): string {
  const line = f.location?.line
  return hash64Fields([
    f.rule,
    f.location?.file ?? '',
    line === undefined ? '' : String(line),
    f.image ? repoOf(f.image) : '',
    f.package?.name ?? '',
    f.package?.type ?? ''
  ])
}

/**
 * A 64-bit string hash (two multiply-xorshift lanes, after bryc's cyrb53). Not cryptographic: it only
 * has to be deterministic and tell results apart, and it is ten times cheaper than sha256 at 25,000.
 */
export function hash64(text: string): string {
  return hash64Fields([text])
}

/** `hash64(fields.join('\u0000'))`, without building the joined string. */
export function hash64Fields(fields: readonly string[]): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let f = 0; f < fields.length; f++) {
    if (f > 0) {
      h1 = Math.imul(h1, 2654435761) // the separator: a NUL, c = 0
      h2 = Math.imul(h2, 1597334677)
    }
    const text = fields[f]
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 2654435761)
      h2 = Math.imul(h2 ^ c, 1597334677)
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** The cap actually applied: the asked one, within 1 and GitHub's hard limit. */
export function sarifResultCap(maxResults: number | undefined): number {
  if (maxResults === undefined || Number.isNaN(maxResults)) return SARIF_LIMITS.storedResultsPerRun
  return Math.max(1, Math.min(SARIF_LIMITS.resultsPerRun, Math.floor(maxResults)))
}

/** What the SARIF log leaves out of `findings` under the cap, in words; undefined when it has them all. */
export function sarifCapNote(findings: number, maxResults: number | undefined): string | undefined {
  const cap = sarifResultCap(maxResults)
  if (findings <= cap) return undefined
  const why =
    cap === SARIF_LIMITS.resultsPerRun
      ? `GitHub code scanning rejects a run of more than ${formatCount(cap)} results`
      : cap === SARIF_LIMITS.storedResultsPerRun
        ? `GitHub code scanning stores at most ${formatCount(cap)} results per run (sarif-max-results)`
        : `sarif-max-results is ${formatCount(cap)}`
  return (
    `The SARIF log has the ${formatCount(cap)} most severe of ${formatCount(findings)} findings, blocking ` +
    `ones first, as ${why}; ${formatCount(findings - cap)} were left out. The JSON report has all of them.`
  )
}

function notifications(result: GateResult, total: number, maxResults: number): SarifNotification[] {
  const out: SarifNotification[] = []
  const capNote = sarifCapNote(total, maxResults)
  if (capNote) out.push({ level: 'warning', message: { text: capNote } })
  for (const check of result.checks) {
    if (check.status !== 'error') continue
    const detail = check.detail ? `: ${check.detail}` : ''
    out.push({
      level: 'error',
      message: { text: messageText(`Check "${check.title}" could not run${detail}`) }
    })
  }
  return out
}

function httpUri(uri: string | undefined): string | undefined {
  if (!uri || !/^https?:\/\//i.test(uri)) return undefined
  try {
    return new URL(uri).href
  } catch {
    return undefined
  }
}

/** SARIF reads `[text](target)` in a plain-text message as an embedded link, so brackets are escaped. */
function messageText(text: string): string {
  const short = clip(text)
  return short.includes('[') || short.includes(']') ? short.replace(/[[\]]/g, '\\$&') : short
}

function clip(text: string): string {
  return truncate(text, MAX_TEXT)
}
