import { readFile, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { tooLarge } from '../../dockerfile/budget.js'
import { dockerfileLabel } from '../../dockerfile/parse.js'
import { errorMessage } from '../../errors.js'
import { preparedCheck, type Check, type CheckContext, type CheckOutput } from '../../model/check.js'
import { isOpenFileLimit, mapFiles, openFileLimitError } from '../../util/concurrency.js'
import { plural } from '../../util/text.js'
import { loadHadolintConfig, type HadolintConfig } from './hadolint-config.js'
import {
  effectiveLevel,
  lintDockerfileBytes,
  MAX_DOCKERFILE_BYTES,
  unlintable,
  type FileLintResult,
  type LintOptions
} from './lint-file.js'
import { LINT_RULE_DOCS, LINT_RULES } from './rules/index.js'
import { runShellcheckFor } from './lint-shellcheck.js'
import type { ScriptRunOptions } from './shell/shellcheck-process.js'

/** hadolint-compatible and imagegate lint rules on every Dockerfile, in-process (no binary to install). */
export const lintCheck: Check = createLintCheck()

export interface LintCheckSettings {
  /** How ShellCheck runs (tests shorten its time-out). */
  shellcheck?: ScriptRunOptions
  /** Keep ShellCheck's results in the Actions cache (the action's `cache-db`). */
  useActionsCache?: boolean
}

export function createLintCheck(settings: LintCheckSettings = {}): Check {
  return preparedCheck({
    id: 'lint',
    title: 'Dockerfile lint',
    isRequired: context => context.dockerfiles.length > 0 && context.policy.dockerfile.failOn !== 'none',
    async prepare(context) {
      const wanted = context.dockerfiles.length > 0 && context.policy.dockerfile.hadolintConfig
      // A broken .hadolint.yaml the policy asked for is the user's mistake: its ConfigError stops the run.
      const hadolint = wanted ? await loadHadolintConfig(context.workingDirectory) : undefined
      return () => runLint(context, hadolint, settings)
    }
  })
}

async function runLint(
  context: CheckContext,
  hadolint: HadolintConfig | undefined,
  checkSettings: LintCheckSettings
): Promise<CheckOutput> {
  const dockerfiles = [...new Set(context.dockerfiles)]
  if (dockerfiles.length === 0) return { findings: [], skippedReason: 'no Dockerfiles to lint' }
  const settings = context.policy.dockerfile
  const options = lintOptions(settings, hadolint)

  const results = await mapFiles(dockerfiles, file => lintOne(file, context.workingDirectory, options))
  const sc = settings.shellcheck ? await runShellcheckFor(results, options, checkSettings) : undefined
  const running = LINT_RULES.filter(rule => effectiveLevel(rule, options) !== 'off').length
  const notes = [`Linted ${plural(dockerfiles.length, 'Dockerfile')} with ${plural(running, 'rule')}`]
  if (sc !== undefined) notes.push(sc.note)
  const unknown = unknownRuleIds(options.rules)
  if (unknown.length > 0) {
    notes.push(`dockerfile.rules names ${unknown.join(', ')}, which imagegate does not have; check the id`)
  }
  if (settings.hadolintConfig) {
    notes.push(hadolint ? `Read ${hadolint.file}` : 'No .hadolint.yaml in the working directory')
  }
  // Counted after ShellCheck, whose findings the same pragmas ignore.
  const ignored = results.reduce((sum, r) => sum + r.ignored, 0)
  if (ignored > 0) {
    notes.push(`${plural(ignored, 'finding')} ignored by inline pragmas (# hadolint/imagegate ignore=…)`)
  }
  notes.push(...results.flatMap(r => r.notes))
  const findings = results.flatMap(r => r.findings)
  // Fail closed: scripts ShellCheck gave up on were not checked, unless the policy makes that a warning.
  if (sc?.gaveUp === undefined) return { findings, notes }
  return settings.shellcheckRequired
    ? { findings, notes, error: sc.gaveUp }
    : { findings, notes, warning: sc.gaveUp }
}

/** Rule ids in the settings that match no rule; SC ids belong to ShellCheck and are not checked here. */
function unknownRuleIds(rules: Record<string, unknown>): string[] {
  const known = new Set(LINT_RULE_DOCS.map(rule => rule.id))
  return Object.keys(rules).filter(id => !id.startsWith('SC') && !known.has(id))
}

/** The policy's settings over `.hadolint.yaml`'s, as the policy reference documents. */
export function lintOptions(
  settings: CheckContext['policy']['dockerfile'],
  hadolint?: HadolintConfig
): LintOptions {
  return {
    rules: { ...hadolint?.rules, ...normalizeIds(settings.rules) },
    trustedRegistries: [...new Set([...settings.trustedRegistries, ...(hadolint?.trustedRegistries ?? [])])],
    labelSchema: hadolint?.labelSchema,
    strictLabels: hadolint?.strictLabels
  }
}

function normalizeIds<T>(rules: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(rules).map(([id, level]) => [id.toUpperCase(), level]))
}

/**
 * One file; whatever goes wrong with it becomes its finding or note, never another file's problem. Only
 * the runner's open-file limit is not the file's doing: that fails the check (exit 2) instead.
 */
async function lintOne(
  file: string,
  workingDirectory: string,
  options: LintOptions
): Promise<FileLintResult> {
  const label = dockerfileLabel(file, workingDirectory)
  const absolute = path.resolve(workingDirectory, file)
  let bytes: Uint8Array
  try {
    const { size } = await stat(absolute)
    // Checked before reading, so a huge file is never loaded.
    if (size > MAX_DOCKERFILE_BYTES) return unlintable(label, tooLarge(size), options)
    bytes = await readFile(absolute)
  } catch (error) {
    if (isOpenFileLimit(error)) throw openFileLimitError(label, error)
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : undefined
    return unlintable(label, why ?? `it could not be read (${errorMessage(error)})`, options)
  }
  try {
    return await lintDockerfileBytes(bytes, label, options)
  } catch (error) {
    // A bug in imagegate, not in the file: still only this file's finding, so the other files are linted.
    return unlintable(
      label,
      `imagegate failed while linting it (${errorMessage(error)}); please report this`,
      options
    )
  }
}
