import { lintRuleInfos, type LintRuleInfo } from '../checks/lint/rules/index.js'
import { IMAGE_CONFIG_RULES } from '../checks/image-config/rules.js'
import { PINNING_RULES } from '../checks/pinning/rules.js'
import { POLICY_RULES } from '../verdict/rules.js'
import type { RuleInfo } from '../model/rule.js'

/** One source for the README rule reference and `imagegate rules`: every rule imagegate can report. */
export function allRuleInfos(): Array<RuleInfo | LintRuleInfo> {
  return [...POLICY_RULES, ...PINNING_RULES, ...lintRuleInfos(), ...IMAGE_CONFIG_RULES]
}
