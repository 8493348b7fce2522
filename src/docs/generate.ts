import { renderPolicyReference } from '../policy/docs.js'
import { POLICY_SCHEMA } from '../policy/schema.js'
import { renderActionReference } from './action-reference.js'
import { replaceSection } from './readme.js'
import { allRuleInfos } from './rule-catalog.js'
import { renderRuleReference } from './rule-reference.js'

/** The README with every generated section rebuilt from its source of truth. */
export function generateReadme(readme: string, actionYml: string): string {
  let next = replaceSection(readme, 'action-reference', renderActionReference(actionYml))
  next = replaceSection(next, 'policy-reference', renderPolicyReference(POLICY_SCHEMA))
  next = replaceSection(next, 'rule-reference', renderRuleReference(allRuleInfos()))
  return next
}
