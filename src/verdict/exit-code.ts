import type { GateResult } from '../model/result.js'

/** 0 pass or warn; 1 the policy failed; 2 a required check could not run (a runtime error). */
export function exitCodeFor(result: GateResult): 0 | 1 | 2 {
  if (result.verdict !== 'fail') return 0
  return result.checks.some(c => c.required && c.status === 'error') ? 2 : 1
}
