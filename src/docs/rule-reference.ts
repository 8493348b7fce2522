import type { RuleInfo } from '../model/rule.js'

/** The README rule reference; each rule gets an anchor (`#ig101`) that findings' helpUri point at. */
export function renderRuleReference(rules: RuleInfo[]): string {
  const rows = rules.map(
    r => `| <a id="${r.id.toLowerCase()}"></a>\`${r.id}\` | ${r.severity} | ${r.title} |`
  )
  const details = rules.map(r => `#### ${r.id}: ${r.title}\n\n${r.description}`)
  return ['| Rule | Severity | What it flags |', '| --- | --- | --- |', ...rows, '', ...details].join('\n')
}
