import { ruleHelpUri } from '../model/rule.js'
import { allRuleInfos } from '../docs/rule-catalog.js'

/** One rule as `imagegate rules --format json` prints it. */
export interface RuleListEntry {
  id: string
  /** On imagegate's scale (critical … info). */
  severity: string
  /** hadolint's level, for lint rules. */
  level?: string
  /** False for rules that only run when the policy gives them a level. */
  enabledByDefault: boolean
  title: string
  docs: string
}

export function ruleList(): RuleListEntry[] {
  return allRuleInfos().map(rule => ({
    id: rule.id,
    severity: rule.severity,
    ...('level' in rule ? { level: rule.level } : {}),
    enabledByDefault: 'enabledByDefault' in rule ? rule.enabledByDefault : true,
    title: rule.title,
    docs: ruleHelpUri(rule.id)
  }))
}

/** `imagegate rules`: a table for people, or JSON for tools. */
export function renderRuleList(format: 'text' | 'json'): string {
  const rules = ruleList()
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`
  const rows = rules.map(rule => {
    const level = rule.level === undefined ? rule.severity : `${rule.level} (${rule.severity})`
    const off = rule.enabledByDefault ? '' : ' [off by default]'
    return [rule.id, level, `${rule.title}${off}`, rule.docs]
  })
  const widths = [0, 1].map(column => Math.max(...rows.map(row => row[column].length)))
  return (
    rows
      .map(row => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}  ${row[3]}`)
      .join('\n') + '\n'
  )
}
