import { lintRuleInfos, type LintRuleInfo } from '../checks/lint/rules/index.js'
import { PINNING_RULES } from '../checks/pinning/rules.js'
import { SIGNATURE_RULES } from '../checks/signatures/rules.js'
import { POLICY_RULES } from '../verdict/rules.js'
import type { RuleInfo } from '../model/rule.js'

/** One source for the README rule reference and `imagegate rules`: every rule imagegate can report. */
export function allRuleInfos(): Array<RuleInfo | LintRuleInfo> {
  return [...POLICY_RULES, ...PINNING_RULES, ...SIGNATURE_RULES, ...lintRuleInfos()]
}
