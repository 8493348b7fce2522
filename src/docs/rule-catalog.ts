import { lintRuleInfos, type LintRuleInfo } from '../checks/lint/rules/index.js'
import { IMAGE_CONFIG_RULES } from '../checks/image-config/rules.js'
import { PINNING_RULES } from '../checks/pinning/rules.js'
import { SIGNATURE_RULES } from '../checks/signatures/rules.js'
import { RULE_EQUIVALENTS } from '../model/rule-equivalents.js'
import { POLICY_RULES } from '../verdict/rules.js'
import type { RuleInfo } from '../model/rule.js'
import { RULE_EXAMPLES } from './rule-examples.js'

/**
 * One source for the README rule reference, `imagegate rules` and the SARIF rule help: every rule
 * imagegate can report, with its example and the rule of another check it is merged with.
 */
export function allRuleInfos(): Array<RuleInfo | LintRuleInfo> {
  return [
    ...POLICY_RULES,
    ...PINNING_RULES,
    ...SIGNATURE_RULES,
    ...lintRuleInfos(),
    ...IMAGE_CONFIG_RULES
  ].map(rule => ({
    ...rule,
    description: rule.description + equivalenceNote(rule.id),
    example: RULE_EXAMPLES[rule.id]
  }))
}

let byId: Map<string, RuleInfo> | undefined

/** The catalogue entry of a rule id, if imagegate documents it. */
export function ruleInfo(id: string): RuleInfo | undefined {
  byId ??= new Map(allRuleInfos().map(rule => [rule.id, rule]))
  return byId.get(id)
}

function equivalenceNote(id: string): string {
  const pair = RULE_EQUIVALENTS.find(p => p.rule === id || p.alias === id)
  if (pair === undefined) return ''
  return (
    ` Where \`${pair.rule}\` and \`${pair.alias}\` flag the same place, the problem is reported once, as ` +
    `\`${pair.rule}\` with \`${pair.alias}\` as its alias; an exception or ignore pragma for either id suppresses it.`
  )
}
