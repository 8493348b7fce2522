import type { Severity } from '../model/severity.js'
import type { LintLevel, Threshold } from './types.js'

/** hadolint levels on the shared scale, so lint findings sort and count with everything else. */
const LINT_SEVERITY: Record<LintLevel, Severity> = {
  error: 'high',
  warning: 'medium',
  info: 'low',
  style: 'info'
}

export function lintLevelToSeverity(level: LintLevel): Severity {
  return LINT_SEVERITY[level]
}

/** `dockerfile.failOn` as a threshold on the shared scale: `warning` fails medium and above. */
export function thresholdFromLintLevel(failOn: LintLevel | 'none'): Threshold {
  return failOn === 'none' ? 'none' : LINT_SEVERITY[failOn]
}
