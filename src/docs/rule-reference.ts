import type { RuleExample, RuleInfo } from '../model/rule.js'
import { SECRET_RULE, SHELLCHECK_RULE, VULNERABILITY_RULE } from './generic-rules.js'

/** The README rule reference; each rule gets an anchor (`#ig101`) that findings' helpUri point at. */
export function renderRuleReference(rules: RuleInfo[]): string {
  const rows = rules.map(
    r => `| <a id="${r.id.toLowerCase()}"></a>\`${r.id}\` | ${r.severity} | ${r.title} |`
  )
  const details = rules.map(r => detail(`${r.id}: ${r.title}`, r))
  const others = [
    detail('ShellCheck codes (`SC…`)', SHELLCHECK_RULE, anchorOf(SHELLCHECK_RULE)),
    detail(
      'Vulnerability ids (`CVE-…`, `GHSA-…`, distribution advisories)',
      VULNERABILITY_RULE,
      anchorOf(VULNERABILITY_RULE)
    ),
    detail("Secrets found in an image (Trivy's secret rule ids)", SECRET_RULE, anchorOf(SECRET_RULE))
  ]
  return [
    '| Rule | Severity | What it flags |',
    '| --- | --- | --- |',
    ...rows,
    '',
    ...details,
    '',
    '#### Rules of other tools',
    '',
    'Findings of ShellCheck and of the scanners keep their own ids; they are documented by kind.',
    '',
    ...others
  ].join('\n')
}

function detail(heading: string, rule: RuleInfo, anchor = ''): string {
  const example = rule.example ? `\n\n${renderExample(rule.example)}` : ''
  return `#### ${anchor}${heading}\n\n${rule.description}${example}`
}

/** The anchor a generic entry's findings link to (`#sc`, `#cve`, `#secret`). */
const anchorOf = (rule: RuleInfo) => `<a id="${rule.id.toLowerCase()}"></a>`

/** One block in a fold: the flagged case, then the fixed one, each under a comment line. */
function renderExample(example: RuleExample): string {
  const code = `# Flagged\n${example.flagged}\n\n# Fixed\n${example.fixed}`
  return `<details><summary>Example</summary>\n\n\`\`\`${example.language}\n${code}\n\`\`\`\n\n</details>`
}
