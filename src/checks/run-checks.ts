import type { Check, CheckContext, CheckOutput, CheckRun, PreparedCheck } from '../model/check.js'
import { ConfigError, errorMessage } from '../errors.js'

/**
 * Prepares every check, then runs them concurrently, timing each. A ConfigError from any check is the
 * user's mistake and aborts the run (exit code 2); as every check is prepared before any runs, that
 * happens before a download or scan starts. Any other exception makes that check `error` with its
 * message (fail closed is the verdict engine's job). `onFinished` sees each run as soon as it ends.
 */
export async function runChecks(
  checks: Check[],
  context: CheckContext,
  clock: () => number = () => performance.now(),
  onFinished: (run: CheckRun) => void = () => undefined,
  /** Runs after every check is prepared and before any runs (the gate resolves images here); throwing stops the run. */
  beforeRun: () => Promise<void> = async () => undefined
): Promise<CheckRun[]> {
  const prepared = await Promise.allSettled(
    checks.map(async check => {
      const started = clock()
      return { started, work: await prepareOne(check, context) }
    })
  )
  const configError = prepared.find(p => p.status === 'rejected' && p.reason instanceof ConfigError)
  if (configError?.status === 'rejected') throw configError.reason
  await beforeRun()
  return Promise.all(
    checks.map(async (check, i) => {
      const preparation = prepared[i]
      const run =
        preparation.status === 'fulfilled'
          ? await runOne(check, context, preparation.value, clock)
          : failed(check, context, 0, preparation.reason)
      onFinished(run)
      return run
    })
  )
}

async function prepareOne(check: Check, context: CheckContext): Promise<PreparedCheck | Error> {
  try {
    return check.prepare ? await check.prepare(context) : () => check.run(context)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    // Could not prepare: reported as the check's error once the runs are collected.
    return error instanceof Error ? error : new Error(errorMessage(error))
  }
}

async function runOne(
  check: Check,
  context: CheckContext,
  prepared: { started: number; work: PreparedCheck | Error },
  clock: () => number
): Promise<CheckRun> {
  const { started, work } = prepared
  if (work instanceof Error) return failed(check, context, Math.round(clock() - started), work)
  let output: CheckOutput
  try {
    output = await work()
  } catch (error) {
    if (error instanceof ConfigError) throw error
    return failed(check, context, Math.round(clock() - started), error)
  }
  const base = {
    id: check.id,
    title: check.title,
    required: check.isRequired(context),
    ...(output.baselines ? { baselines: output.baselines } : {}),
    ...(output.imageFacts ? { imageFacts: output.imageFacts } : {})
  }
  const durationMs = Math.round(clock() - started)
  if (output.skippedReason !== undefined) {
    return { ...base, durationMs, findings: [], outcome: { kind: 'skipped', reason: output.skippedReason } }
  }
  if (output.error !== undefined) {
    return { ...base, durationMs, findings: output.findings, outcome: { kind: 'error', error: output.error } }
  }
  return {
    ...base,
    durationMs,
    findings: output.findings,
    outcome: { kind: 'ran', notes: output.notes ?? [], warning: output.warning }
  }
}

function failed(check: Check, context: CheckContext, durationMs: number, error: unknown): CheckRun {
  const base = { id: check.id, title: check.title, required: check.isRequired(context) }
  return { ...base, durationMs, findings: [], outcome: { kind: 'error', error: errorMessage(error) } }
}
