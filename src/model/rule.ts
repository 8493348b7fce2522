import type { Severity } from './severity.js'

/** A small case that breaks a rule, and the same case fixed. */
export interface RuleExample {
  /** Code-block language: a Dockerfile, a policy fragment or plain text. */
  language: 'dockerfile' | 'yaml' | 'text'
  flagged: string
  fixed: string
}

/** What the rule reference, `imagegate rules` and the reports (SARIF rule help) say about one rule. */
export interface RuleInfo {
  id: string
  severity: Severity
  title: string
  /** Markdown: what the rule checks, why it matters and how to fix it. */
  description: string
  /** Set for every rule of the catalogue (`allRuleInfos`). */
  example?: RuleExample
}

export const TOOL_NAME = 'imagegate'
export const TOOL_HOME = 'https://github.com/imagegate/imagegate'

/** The README anchor for a rule imagegate documents, e.g. `https://github.com/imagegate/imagegate#ig101`. */
export function ruleHelpUri(id: string): string {
  return `${TOOL_HOME}#${id.toLowerCase()}`
}

/** A rule's docs when the finding brings no link: hadolint, ShellCheck, NVD, GitHub advisories. */
export function defaultHelpUri(rule: string): string | undefined {
  if (/^DL\d{4}$/.test(rule)) return `https://github.com/hadolint/hadolint/wiki/${rule}`
  if (/^SC\d{4}$/.test(rule)) return `https://www.shellcheck.net/wiki/${rule}`
  if (/^CVE-\d{4}-\d{4,}$/.test(rule)) return `https://nvd.nist.gov/vuln/detail/${rule}`
  if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/.test(rule)) return `https://github.com/advisories/${rule}`
  if (/^IG\d+$/.test(rule)) return ruleHelpUri(rule)
  return undefined
}
