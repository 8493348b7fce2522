import type { GateResult } from '../model/result.js'
import { SEVERITIES } from '../model/severity.js'

/** Step outputs, all strings as GitHub wants them; report paths are '' when that report was not written. */
export function buildOutputs(
  result: GateResult,
  paths: { reportJson?: string; sarif?: string } = {}
): Record<string, string> {
  const outputs: Record<string, string> = { verdict: result.verdict }
  // Counts of unsuppressed findings, as in the result.
  for (const severity of SEVERITIES) outputs[severity] = String(result.counts[severity])
  outputs.blocking = String(result.blockingCount)
  outputs.suppressed = String(result.suppressedCount)
  outputs['report-json'] = paths.reportJson ?? ''
  outputs.sarif = paths.sarif ?? ''
  return outputs
}
