import type { EvaluatedFinding } from '../model/finding.js'
import { defaultHelpUri } from '../model/rule.js'
import { severityRank, type Severity } from '../model/severity.js'
import { truncate } from '../util/untrusted.js'
import type { SarifLevel, SarifRule, SarifRuleDocs } from './sarif.js'

/** The `tool.driver.rules` of a SARIF log: one per rule id, with its level, severity and help. */

/** GitHub maps these to its critical/high/medium/low bands (>= 9.0, 7.0-8.9, 4.0-6.9, 0.1-3.9). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0'
}

const MAX_TEXT = 1024

/**
 * One rule per rule id, in first-seen order, finished from all of its findings; `indexOf[i]` is the
 * rule index of `findings[i]`.
 */
export function collectRules(
  findings: readonly EvaluatedFinding[],
  describe: (finding: EvaluatedFinding) => SarifRuleDocs | undefined
): { entries: RuleEntry[]; indexOf: Int32Array } {
  const rules = new Map<string, RuleEntry>()
  const indexOf = new Int32Array(findings.length)
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]
    let entry = rules.get(finding.rule)
    if (!entry) {
      entry = {
        index: rules.size,
        rule: newRule(finding, describe(finding)),
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

function newRule(finding: EvaluatedFinding, docs: SarifRuleDocs | undefined): SarifRule {
  // Every rule gets a name, a full description and help: code scanning's rule panel shows them, and
  // rules without them fail the SARIF validator's rule-properties check.
  const fallback = `${finding.rule} is reported by the ${finding.check} check; see the rule's documentation.`
  const rule: SarifRule = {
    id: finding.rule,
    name: docs?.name ?? fallbackName(finding.check),
    shortDescription: { text: '' },
    fullDescription: { text: clip(docs?.fullDescription ?? fallback) },
    help: docs ? { text: docs.help.text, markdown: docs.help.markdown } : fallbackHelp(fallback),
    defaultConfiguration: { level: 'note' },
    properties: { 'security-severity': '0.0', tags: ['security', finding.check] }
  }
  const helpUri = httpUri(finding.helpUri) ?? defaultHelpUri(finding.rule) ?? docs?.helpUri
  if (helpUri) rule.helpUri = helpUri
  return rule
}

function fallbackHelp(what: string): { text: string; markdown: string } {
  const fix =
    "follow the rule's documentation (its link), or add a policy exception with a reason if the finding is accepted."
  return {
    text: `${what} How to fix: ${fix}`,
    markdown: `${what}\n\n**How to fix.** ${fix[0].toUpperCase()}${fix.slice(1)}`
  }
}

/** `vulnerabilities` → `VulnerabilitiesFinding`: a PascalCase name when the catalogue has none. */
function fallbackName(check: string): string {
  return `${check.charAt(0).toUpperCase()}${check
    .slice(1)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}Finding`
}

function finishRule({ rule, check, severity, message, messagesDiffer }: RuleEntry): void {
  // A scanner's message usually is the rule's description; when findings differ, name rule and check.
  rule.shortDescription.text = clip(!messagesDiffer && message ? message : `${rule.id} (${check})`)
  rule.defaultConfiguration.level =
    severityRank(severity) >= severityRank('high') ? 'error' : levelFor(severity)
  rule.properties['security-severity'] = SECURITY_SEVERITY[severity]
}

export function levelFor(severity: Severity): SarifLevel {
  return severityRank(severity) >= severityRank('medium') ? 'warning' : 'note'
}

export function httpUri(uri: string | undefined): string | undefined {
  if (!uri || !/^https?:\/\//i.test(uri)) return undefined
  try {
    return new URL(uri).href
  } catch {
    return undefined
  }
}

export function clip(text: string): string {
  return truncate(text, MAX_TEXT)
}
