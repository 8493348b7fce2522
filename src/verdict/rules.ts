import type { RuleInfo } from '../docs/rule-reference.js'

/** Rules the verdict engine itself reports. */
export const POLICY_RULES: RuleInfo[] = [
  {
    id: 'IG001',
    severity: 'medium',
    title: 'Policy exception expired',
    description:
      'An exception whose `expires` date has passed no longer suppresses anything, and is reported on the line ' +
      'where it is written so it gets renewed (with a new reason and date) or removed. It never blocks on its own.'
  }
]
