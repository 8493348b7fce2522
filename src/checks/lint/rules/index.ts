import type { RuleInfo } from '../../../model/rule.js'
import { lintLevelToSeverity } from '../../../policy/levels.js'
import type { LintRule } from '../types.js'
import { DL3010 } from './dockerfile/archives.js'
import { COMMAND_RULES } from './dockerfile/commands.js'
import { COPY_RULES } from './dockerfile/copy.js'
import { FROM_RULES } from './dockerfile/from.js'
import { INSTRUCTION_RULES } from './dockerfile/instructions.js'
import { LABEL_RULES } from './dockerfile/labels.js'
import { DL3026 } from './dockerfile/registries.js'
import { DL3064 } from './dockerfile/sensitive-names.js'
import { SYNTAX_RULES } from './dockerfile/syntax-errors.js'
import { USER_RULES } from './dockerfile/user.js'
import { FILE_RULES } from './imagegate/files.js'
import { LIMIT_RULES } from './imagegate/limits.js'
import { RUNTIME_RULES } from './imagegate/runtime.js'
import { SECRET_RULES } from './imagegate/secrets.js'
import { SHELL_RULES } from './shell/index.js'

/** A rule as documented: everything but its check. */
export type LintRuleDoc = Omit<LintRule, 'check'>

/** Reported by the linter itself, before any rule runs, for a file it cannot lint. */
export const UNLINTABLE_FILE: LintRuleDoc = {
  id: 'IG200',
  level: 'error',
  title: 'Dockerfile cannot be linted',
  description:
    'The file is binary (it contains NUL bytes), larger than 1 MiB, not valid UTF-8 text, or could not be ' +
    'read (or imagegate itself failed on it), so none of its instructions were checked. Reported once, on ' +
    'line 1; other files are still linted.'
}

/** Reported by the linter itself for a file past one of imagegate's budgets (`src/dockerfile/budget.ts`). */
export const OVER_BUDGET: LintRuleDoc = {
  id: 'IG211',
  level: 'error',
  title: 'Dockerfile over the size budget',
  description:
    'The file has more than 50,000 lines, 10,000 instructions or 1,000 stages (`FROM`), or a `RUN` (or ' +
    '`ONBUILD`) instruction longer than 64 KiB. No real Dockerfile comes near these; past one, imagegate ' +
    'reports where the file went over and checks nothing more in it (files over 1 MiB are IG200), so a ' +
    'generated or hostile file cannot exhaust the time or memory of the run. Split the file or the instruction.'
}

const OWN_RULES: LintRule[] = [
  ...SYNTAX_RULES,
  ...FROM_RULES,
  DL3026,
  ...COPY_RULES,
  DL3010,
  ...INSTRUCTION_RULES,
  ...COMMAND_RULES,
  ...USER_RULES,
  DL3064,
  ...LABEL_RULES,
  ...SECRET_RULES,
  ...FILE_RULES,
  ...RUNTIME_RULES,
  ...LIMIT_RULES
]

/**
 * Every rule the linter runs, sorted by id. Where the shell rules define an id this file also has, theirs
 * wins: they look inside RUN commands, which is where such a rule belongs.
 */
export const LINT_RULES: LintRule[] = [
  ...SHELL_RULES,
  ...OWN_RULES.filter(rule => !SHELL_RULES.some(shell => shell.id === rule.id))
].sort((a, b) => a.id.localeCompare(b.id))

/** What `imagegate rules` lists and the README documents: every rule plus those the linter reports itself. */
export const LINT_RULE_DOCS: LintRuleDoc[] = [...LINT_RULES, UNLINTABLE_FILE, OVER_BUDGET].sort((a, b) =>
  a.id.localeCompare(b.id)
)

/** A lint rule in the README's rule reference, with the hadolint level kept for `imagegate rules`. */
export interface LintRuleInfo extends RuleInfo {
  level: LintRuleDoc['level']
  enabledByDefault: boolean
}

export function lintRuleInfos(): LintRuleInfo[] {
  return LINT_RULE_DOCS.map(rule => ({
    id: rule.id,
    severity: lintLevelToSeverity(rule.level),
    level: rule.level,
    enabledByDefault: rule.enabledByDefault !== false,
    title: rule.title,
    description:
      rule.enabledByDefault === false
        ? rule.description
        : `${rule.description} Default level: \`${rule.level}\`.`
  }))
}
