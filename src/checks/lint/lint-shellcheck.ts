import { plural } from '../../util/text.js'
import { addShellcheckFindings, type FileLintResult, type LintOptions } from './lint-file.js'
import { runShellcheckOnFiles, type ShellcheckFailure } from './shell/shellcheck.js'
import { openShellcheckCache } from './shell/shellcheck-cache.js'
import type { ScriptRunOptions } from './shell/shellcheck-process.js'

/**
 * Runs ShellCheck on every file's RUNs in one go and merges its findings; returns the note to report
 * and, when it gave up on some scripts, what to say about them.
 */
export async function runShellcheckFor(
  results: FileLintResult[],
  options: LintOptions,
  settings: { shellcheck?: ScriptRunOptions; useActionsCache?: boolean }
): Promise<{ note: string; gaveUp?: string }> {
  const checked = results.flatMap(result =>
    result.shellcheck ? [{ result, input: result.shellcheck.input }] : []
  )
  const stats = { scripts: 0, distinct: 0, fromCache: 0 }
  const cache = settings.useActionsCache ? await openShellcheckCache() : undefined
  const outcomes = await runShellcheckOnFiles(
    checked.map(c => c.input),
    { ...settings.shellcheck, cache: cache?.results, stats }
  )
  const skipped = outcomes.find(o => o.skippedReason !== undefined)?.skippedReason
  if (skipped !== undefined) return { note: skipped }
  await cache?.save()
  checked.forEach(({ result }, i) => addShellcheckFindings(result, outcomes[i].violations, options))
  const cached = stats.fromCache > 0 ? `, ${stats.fromCache} of them from the Actions cache` : ''
  const note =
    `ShellCheck checked the RUN instructions of ${plural(checked.length, 'Dockerfile')} ` +
    `(${plural(stats.distinct, 'distinct script')}${cached})`
  const failed = checked.flatMap(({ input }, i) =>
    (outcomes[i].failures ?? []).map(f => ({ ...f, file: input.file }))
  )
  return { note, gaveUp: failed.length > 0 ? gaveUpMessage(failed) : undefined }
}

const LISTED_FAILURES = 5

/** Names where ShellCheck gave up and how to fix it. */
function gaveUpMessage(failed: Array<ShellcheckFailure & { file: string }>): string {
  const listed = failed
    .slice(0, LISTED_FAILURES)
    .map(f => `${f.file}:${f.line} (${f.reason})`)
    .join(', ')
  const more = failed.length > LISTED_FAILURES ? ` and ${failed.length - LISTED_FAILURES} more` : ''
  return (
    `ShellCheck gave up on ${plural(failed.length, 'RUN script')}: ${listed}${more}, so SC rules were not ` +
    'checked there (the other scripts were). Split such a RUN into smaller ones or move its script into a ' +
    'file you COPY and run; to accept unchecked scripts, set dockerfile.shellcheckRequired: false'
  )
}
