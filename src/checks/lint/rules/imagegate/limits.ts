import { MAX_EXPANDED_LENGTH } from '../../../../dockerfile/substitute.js'
import { formatCount } from '../../../../util/text.js'
import type { LintRule } from '../../types.js'

export const IG212: LintRule = {
  id: 'IG212',
  level: 'warning',
  title: 'ARG value over the expansion limit',
  description:
    'A global `ARG` (before the first `FROM`) expands to more than 65,536 characters, e.g. `ARG A=${A}${A}` ' +
    'repeated, which doubles the value on every line. imagegate stops expanding it there, so `FROM` lines ' +
    'that use it are not resolved (pinning reports them as IG105). Reported once, on the `ARG` where the ' +
    'value went over.',
  check: context =>
    (context.argsOverLimit ?? []).map(({ name, line, column }) => ({
      line,
      column,
      message: `ARG ${name} expands to more than ${formatCount(MAX_EXPANDED_LENGTH)} characters, imagegate's limit; its value is not resolved`
    }))
}

export const LIMIT_RULES: LintRule[] = [IG212]
