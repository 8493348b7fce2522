import type { RuleInfo } from '../model/rule.js'

/** Rules the verdict engine itself reports. */
export const POLICY_RULES: RuleInfo[] = [
  {
    id: 'IG001',
    severity: 'medium',
    title: 'Policy exception expired',
    description:
      'An exception whose `expires` date has passed no longer suppresses anything, and is reported on the line ' +
      'where it is written so it gets renewed (with a new reason and date) or removed. It never blocks on its own.'
  },
  {
    id: 'IG002',
    severity: 'medium',
    title: 'Scanner ignore rule expired',
    description:
      'With `vulnerabilities.ignoreFiles` on, an entry in `.trivyignore` (`exp:`), `.trivyignore.yaml` ' +
      '(`expired_at`) or `.grype.yaml` (`expires`, an imagegate extension) whose date has passed no longer ' +
      'suppresses anything. It is reported on the line where it is written so it gets renewed or removed. It ' +
      'never blocks on its own.'
  }
]
