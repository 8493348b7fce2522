import type { EvaluatedFinding } from '../model/finding.js'
import type { GateResult, ImageSummary } from '../model/result.js'
import { TOOL_HOME, TOOL_NAME } from '../model/rule.js'
import { copyPackage, rankFindings } from './common.js'
import { imageRepository } from '../image/repository.js'
import { makeLocator, memo, type Locator, type Repo } from './sarif-locations.js'
import { findingFingerprint } from '../model/identity.js'
import { sarifCapNote, sarifResultCap } from './sarif-limits.js'
import { clip, collectRules, levelFor } from './sarif-rules.js'

export { SECURITY_SEVERITY } from './sarif-rules.js'

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
  name?: string
  shortDescription: { text: string }
  fullDescription?: { text: string }
  help?: { text: string; markdown: string }
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
  /** A rule's friendly name, description and help (from the rule catalogue), by one of its findings. */
  describeRule?: (finding: EvaluatedFinding) => SarifRuleDocs | undefined
}

/** What code scanning shows about a rule: `fullDescription` and the help panel. */
export interface SarifRuleDocs {
  name: string
  fullDescription: string
  help: { text: string; markdown: string }
  helpUri?: string
}

const FINGERPRINT_KEY = 'imagegateFinding/v1'

/**
 * One SARIF 2.1.0 run for GitHub code scanning. Over the result cap the most severe results are kept
 * (blocking, then unsuppressed, then suppressed; severity within each) and a notification says so.
 * A cap above GitHub's hard limit is lowered to it: past that, the whole upload would be rejected.
 */
export function buildSarif(result: GateResult, options: SarifOptions = {}): SarifLog {
  const max = sarifResultCap(options.maxResults)
  const ranked = rankFindings(result.findings)
  const kept = ranked.length > max ? ranked.slice(0, max) : ranked
  const rules = collectRules(kept, options.describeRule ?? (() => undefined))
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
  if (finding.aliases?.length) out.properties.aliases = [...finding.aliases]
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

/** SARIF reads `[text](target)` in a plain-text message as an embedded link, so brackets are escaped. */
function messageText(text: string): string {
  const short = clip(text)
  return short.includes('[') || short.includes(']') ? short.replace(/[[\]]/g, '\\$&') : short
}
