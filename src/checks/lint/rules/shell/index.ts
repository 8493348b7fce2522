import type { LintRule } from '../../types.js'

/** Rules that look inside RUN shell commands. */
export const SHELL_RULES: LintRule[] = []
