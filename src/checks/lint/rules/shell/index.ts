import type { LintRule } from '../../types.js'
import { APK_RULES } from './apk.js'
import { APT_RULES } from './apt.js'
import { COMMAND_RULES } from './commands.js'
import { GEM_GO_RULES } from './gem-go.js'
import { IMAGEGATE_SHELL_RULES } from './imagegate.js'
import { NODE_RULES } from './node.js'
import { DL4006 } from './pipefail.js'
import { PIP_RULES } from './pip.js'
import { RPM_RULES } from './rpm.js'
import { ZYPPER_RULES } from './zypper.js'

/** Rules that look inside RUN shell commands (also `ONBUILD RUN`), sorted by id. */
export const SHELL_RULES: LintRule[] = [
  ...APT_RULES,
  ...APK_RULES,
  ...PIP_RULES,
  ...NODE_RULES,
  ...GEM_GO_RULES,
  ...RPM_RULES,
  ...ZYPPER_RULES,
  ...COMMAND_RULES,
  DL4006,
  ...IMAGEGATE_SHELL_RULES
].sort((a, b) => a.id.localeCompare(b.id))
