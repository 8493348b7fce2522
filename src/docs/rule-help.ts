import type { Finding } from '../model/finding.js'
import { ruleHelpUri, type RuleInfo } from '../model/rule.js'
import { genericRuleFor } from './generic-rules.js'
import { ruleInfo } from './rule-catalog.js'

/** What a SARIF rule says about itself, for code scanning's rule help panel. */
export interface RuleDocs {
  /** A single PascalCase "friendly name", as SARIF's rule-properties guidance asks. */
  name: string
  fullDescription: string
  help: { text: string; markdown: string }
  /** The README section of a generic entry, for ids that have no page of their own (secret rules). */
  helpUri?: string
}

/** The docs of a finding's rule: its catalogue entry, or the generic one of its kind (SC, CVE, secret). */
export function findingRuleDocs(
  finding: Pick<Finding, 'rule' | 'check' | 'vulnerability'>
): RuleDocs | undefined {
  const known = ruleInfo(finding.rule)
  if (known !== undefined) return ruleDocs(known)
  const generic = genericRuleFor(finding)
  if (generic === undefined) return undefined
  // A scan has thousands of vulnerability ids, each a rule of its own: their help stays short (no
  // example), and the advisory's title, when the scanner gives one, leads the description.
  const compact = finding.check === 'vulnerabilities' ? { ...generic, example: undefined } : generic
  const docs = { ...ruleDocs(compact, finding.rule), helpUri: ruleHelpUri(generic.id) }
  const title = finding.vulnerability?.title
  if (title) docs.fullDescription = `${finding.rule}: ${title}. ${docs.fullDescription}`
  return docs
}

/** `id` is the finding's own rule id (`SC2086`, `CVE-2024-1234`) where `info` is a generic entry. */
export function ruleDocs(info: RuleInfo, id = info.id): RuleDocs {
  const suppress = /^(DL|SC|IG2)/.test(id)
    ? `an inline \`# hadolint ignore=${id}\` comment above the instruction or a policy exception`
    : 'a policy exception'
  const howToFix =
    `Change the code as the fixed example shows. If the finding is understood and accepted, suppress it ` +
    `with ${suppress} (\`exceptions: [{id: ${id}, reason: …, expires: …}]\`), which keeps a reason and an expiry.`
  const example = info.example
  const text = [
    `${info.title}.`,
    plain(info.description),
    `How to fix: ${plain(howToFix)}`,
    ...(example ? [`Example, flagged:\n${example.flagged}`, `Fixed:\n${example.fixed}`] : [])
  ].join('\n\n')
  const markdown = [
    `**${info.title}**`,
    info.description,
    `**How to fix.** ${howToFix}`,
    ...(example
      ? [
          'Flagged:',
          fence(example.flagged, example.language),
          'Fixed:',
          fence(example.fixed, example.language)
        ]
      : [])
  ].join('\n\n')
  return { name: pascalName(info.title), fullDescription: plain(info.description), help: { text, markdown } }
}

/** Markdown to text for plain-text fields: code spans and emphasis lose their markers. */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1')
}

function fence(code: string, language: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map(m => m[0].length + 1)))
  return `${ticks}${language}\n${code}\n${ticks}`
}

/**
 * `Pin versions in apt-get install.` → `PinVersionsInAptGetInstall`: each word capitalised, the rest
 * lower case (SARIF's friendly-name pattern: `^(\p{Lu}[\p{Ll}\p{Nd}]+)*$`); a number joins the word
 * before it and a one-letter word is left out.
 */
export function pascalName(title: string): string {
  let name = ''
  for (const word of title.split(/[^A-Za-z0-9]+/).filter(Boolean)) {
    const lower = word.toLowerCase()
    if (/^[a-z]/.test(lower) && lower.length > 1) name += lower[0].toUpperCase() + lower.slice(1)
    else if (/^\d/.test(lower) && name !== '') name += lower
  }
  return name
}
