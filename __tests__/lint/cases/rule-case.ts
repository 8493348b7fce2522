// Synthetic test data helpers: one lint rule case, positive (`yes`) or negative (`no`).
import type { LintOptions } from '../../../src/checks/lint/lint-file.js'

export interface RuleCase {
  rule: string
  name: string
  dockerfile: string[]
  fires: boolean
  options?: Partial<LintOptions>
  /** 1-based line the finding must be on, when it fires. */
  line?: number
}

type Extra = Partial<Pick<RuleCase, 'options' | 'line'>>

export const yes = (rule: string, name: string, dockerfile: string[], extra: Extra = {}): RuleCase => ({
  rule,
  name,
  dockerfile,
  fires: true,
  ...extra
})

export const no = (rule: string, name: string, dockerfile: string[], extra: Extra = {}): RuleCase => ({
  rule,
  name,
  dockerfile,
  fires: false,
  ...extra
})
