import type { Check, CheckContext, CheckRun } from '../model/check.js'
import { ConfigError, errorMessage } from '../errors.js'

/**
 * Runs every check concurrently, timing each. A check that throws becomes status `error` with its
 * message (fail closed is the verdict engine's job); a ConfigError is the user's mistake and aborts
 * the run with exit code 2 instead.
 */
export async function runChecks(
  checks: Check[],
  context: CheckContext,
  clock: () => number = () => performance.now()
): Promise<CheckRun[]> {
  return Promise.all(checks.map(check => runOne(check, context, clock)))
}

async function runOne(check: Check, context: CheckContext, clock: () => number): Promise<CheckRun> {
  const started = clock()
  const base = { id: check.id, title: check.title, required: check.isRequired(context) }
  try {
    const output = await check.run(context)
    const durationMs = Math.round(clock() - started)
    if (output.skippedReason !== undefined) {
      return { ...base, durationMs, findings: [], outcome: { kind: 'skipped', reason: output.skippedReason } }
    }
    if (output.error !== undefined) {
      return {
        ...base,
        durationMs,
        findings: output.findings,
        outcome: { kind: 'error', error: output.error }
      }
    }
    return {
      ...base,
      durationMs,
      findings: output.findings,
      outcome: { kind: 'ran', notes: output.notes ?? [], warning: output.warning }
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const durationMs = Math.round(clock() - started)
    return { ...base, durationMs, findings: [], outcome: { kind: 'error', error: errorMessage(error) } }
  }
}
