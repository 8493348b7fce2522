import { readFile, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { dockerfileLabel } from '../../dockerfile/parse.js'
import { errorMessage } from '../../errors.js'
import type { Check, CheckContext, CheckOutput } from '../../model/check.js'
import { plural } from '../../util/text.js'
import { loadHadolintConfig, type HadolintConfig } from './hadolint-config.js'
import {
  effectiveLevel,
  lintDockerfileBytes,
  MAX_DOCKERFILE_BYTES,
  tooLarge,
  unlintable,
  type FileLintResult,
  type LintOptions
} from './lint-file.js'
import { LINT_RULE_DOCS, LINT_RULES } from './rules/index.js'
import { runShellcheckFor } from './lint-shellcheck.js'
import type { ScriptRunOptions } from './shell/shellcheck-process.js'

/** hadolint-compatible and imagegate lint rules on every Dockerfile, in-process (no binary to install). */
export const lintCheck: Check = createLintCheck()

/** The lint check, with ShellCheck run as `shellcheck` says (tests shorten its time-out). */
export function createLintCheck(shellcheck: ScriptRunOptions = {}): Check {
  return {
    id: 'lint',
    title: 'Dockerfile lint',
    isRequired: context => context.dockerfiles.length > 0 && context.policy.dockerfile.failOn !== 'none',
    run: context => runLint(context, shellcheck)
  }
}

async function runLint(context: CheckContext, scOptions: ScriptRunOptions): Promise<CheckOutput> {
  const dockerfiles = [...new Set(context.dockerfiles)]
  if (dockerfiles.length === 0) return { findings: [], skippedReason: 'no Dockerfiles to lint' }
  const settings = context.policy.dockerfile
  // A broken .hadolint.yaml the policy asked for is the user's mistake: its ConfigError stops the run.
  const hadolint = settings.hadolintConfig ? await loadHadolintConfig(context.workingDirectory) : undefined
  const options = lintOptions(settings, hadolint)

  const results = await Promise.all(dockerfiles.map(file => lintOne(file, context.workingDirectory, options)))
  const sc = settings.shellcheck ? await runShellcheckFor(results, options, context, scOptions) : undefined
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
    rules: { ...hadolint?.rules, ...normaliseIds(settings.rules) },
    trustedRegistries: [...new Set([...settings.trustedRegistries, ...(hadolint?.trustedRegistries ?? [])])],
    labelSchema: hadolint?.labelSchema,
    strictLabels: hadolint?.strictLabels
  }
}

function normaliseIds<T>(rules: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(rules).map(([id, level]) => [id.toUpperCase(), level]))
}

/** One file; whatever goes wrong with it becomes its finding or note, never another file's problem. */
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
