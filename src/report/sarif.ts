import type { EvaluatedFinding } from '../model/finding.js'
import type { GateResult, ImageSummary } from '../model/result.js'
import { severityRank, type Severity } from '../model/severity.js'
import { defaultHelpUri, TOOL_HOME, TOOL_NAME } from '../model/rule.js'
import { copyPackage, rankFindings } from './common.js'
import { imageRepository } from '../image/repository.js'
import { makeLocator, memo, type Locator, type Repo } from './sarif-locations.js'
import { truncate } from '../util/untrusted.js'
import { findingFingerprint } from '../model/identity.js'
import { sarifCapNote, sarifResultCap } from './sarif-limits.js'

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
  /** Against the base image (compare-to); code scanning shows it as the result's state. */
  baselineState?: 'new' | 'unchanged'
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
  const max = sarifResultCap(options.maxResults)
  const ranked = rankFindings(result.findings)
  const kept = ranked.length > max ? ranked.slice(0, max) : ranked
  const rules = collectRules(kept)
  const repoOf = memo(imageRepository)
  const locate = makeLocator(result, options.pathPrefix ?? '', repoOf)
  const invocation = {
    executionSuccessful: !result.checks.some(c => c.status === 'error'),
    toolExecutionNotifications: notifications(result, ranked.length, max)
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: result.toolVersion,
            informationUri: TOOL_HOME,
            rules: rules.entries.map(e => e.rule)
          }
        },
        invocations: [invocation],
        results: kept.map((finding, i) => toResult(finding, rules.indexOf[i], locate, repoOf)),
        // Per-image totals, for tools that read the log rather than the JSON report.
        properties: { imageSummaries: result.imageSummaries }
      }
    ]
  }
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
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(finding, repoOf) },
    properties: { check: finding.check, severity: finding.severity, blocking: finding.blocking }
  }
  if (finding.comparison === 'new' || finding.comparison === 'unchanged')
    out.baselineState = finding.comparison
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
