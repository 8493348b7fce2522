import type { LintLevel } from '../../../policy/types.js'
import { keywordOf, parentStage } from '../ast-helpers.js'
import { propertiesOf } from '../rules/dockerfile/instructions.js'
import type { LintRun, LintStage, LintViolation } from '../types.js'
import { shebangInterpreter } from './heredoc.js'
import {
  checkScripts,
  type ScriptComment,
  type ScriptOutcome,
  type ScriptRunOptions
} from './shellcheck-process.js'

export interface ShellcheckViolation extends LintViolation {
  /** `SC2086`. */
  rule: string
  /** ShellCheck's own level for the finding: error, warning, info or style, as hadolint reports it. */
  level: LintLevel
}

export interface ShellcheckResult {
  violations: ShellcheckViolation[]
  /** Why ShellCheck did not run (not installed); the caller puts it in the report's notes. */
  skippedReason?: string
  /** RUNs ShellCheck gave up on (timed out, crashed): their SC rules were not checked. */
  failures?: ShellcheckFailure[]
}

export interface ShellcheckFailure {
  /** The RUN instruction's position. */
  line: number
  column: number
  /** What went wrong, e.g. `ShellCheck did not finish within 20 s`. */
  reason: string
}

/** Results saved between runs, keyed by script text (see shellcheck-cache.ts). */
export interface ShellcheckResultCache {
  get(text: string): ScriptComment[] | undefined
  set(text: string, comments: ScriptComment[]): void
}

export interface ShellcheckOptions extends ScriptRunOptions {
  /** Every stage of the file, so ENV/ARG names inherited through `FROM <stage>` count as assigned. */
  stages?: LintStage[]
  cache?: ShellcheckResultCache
  /** Filled in with what was checked, for the report's notes. */
  stats?: ShellcheckStats
}

export interface ShellcheckStats {
  scripts: number
  distinct: number
  fromCache: number
}

/** Dialects ShellCheck checks; scripts for other shells (zsh, fish, pwsh, cmd) are not checked. */
const CHECKABLE_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'busybox'])
/** hadolint's defaults: proxy variables Docker passes to every build without an ARG. */
const PREDEFINED_VARIABLES = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy'
]
/** Script line 1 of each file is `#!shell`, line 2 exports the Dockerfile's ARG/ENV names. */
const HEADER_LINES = 2
const LEVELS = new Set<string>(['error', 'warning', 'info', 'style'])

/**
 * Runs ShellCheck on the shell-form RUNs (and `ONBUILD RUN`s) of one Dockerfile, each as a script for the
 * SHELL in effect, and reports each finding on its RUN instruction's line with its SC code and level.
 * Never throws: when `shellcheck` is not installed the result says why in `skippedReason`; RUNs it
 * could not check are in `failures`.
 */
export async function runShellcheck(
  runs: LintRun[],
  file: string,
  options: ShellcheckOptions = {}
): Promise<ShellcheckResult> {
  const [result] = await runShellcheckOnFiles([{ file, runs, stages: options.stages }], options)
  return result
}

export interface ShellcheckInput {
  file: string
  runs: LintRun[]
  /** Every stage of the file, so ENV/ARG names inherited through `FROM <stage>` count as assigned. */
  stages?: LintStage[]
}

/**
 * The same for many Dockerfiles at once. A script (its text, its shell and the variable names in
 * scope, all in the script file) is checked once however many RUNs share it, and not at all when the
 * cache has it. Results are in the order of `inputs`.
 */
export async function runShellcheckOnFiles(
  inputs: ShellcheckInput[],
  options: Omit<ShellcheckOptions, 'stages'> = {}
): Promise<ShellcheckResult[]> {
  const results: ShellcheckResult[] = inputs.map(() => ({ violations: [] }))
  const scripts = inputs.flatMap((input, owner) =>
    input.runs.flatMap(run => {
      const text = scriptFile(run, input.stages ?? [])
      return text === undefined ? [] : [{ owner, run, text }]
    })
  )
  const distinct = [...new Set(scripts.map(script => script.text))]
  const known = new Map<string, ScriptOutcome>()
  for (const text of distinct) {
    const comments = options.cache?.get(text)
    if (comments !== undefined) known.set(text, { comments })
  }
  const unknown = distinct.filter(text => !known.has(text))
  if (options.stats)
    Object.assign(options.stats, {
      scripts: scripts.length,
      distinct: distinct.length,
      fromCache: known.size
    })
  const { outcomes, missing } = await checkScripts(unknown, options)
  if (missing !== undefined) return inputs.map(() => ({ violations: [], skippedReason: missing }))
  unknown.forEach((text, index) => {
    const outcome = outcomes[index]
    known.set(text, outcome)
    if ('comments' in outcome) options.cache?.set(text, outcome.comments)
  })

  for (const { owner, run, text } of scripts) {
    const outcome = known.get(text) as ScriptOutcome
    const result = results[owner]
    if ('failure' in outcome) {
      ;(result.failures ??= []).push({ line: run.line, column: run.column, reason: outcome.failure })
      continue
    }
    for (const comment of outcome.comments) {
      if (comment.line <= HEADER_LINES) continue
      result.violations.push({
        rule: `SC${comment.code}`,
        level: LEVELS.has(comment.level) ? (comment.level as LintLevel) : 'warning',
        line: run.line,
        column: run.column,
        message: comment.message
      })
    }
  }
  return results
}

/** The script file ShellCheck reads for one RUN, or undefined when ShellCheck cannot check its shell. */
function scriptFile(run: LintRun, stages: LintStage[]): string | undefined {
  if (run.execForm) return undefined
  const lines = run.script.split('\n')
  // A heredoc body may name its own interpreter (`#!/bin/bash`), which BuildKit then runs.
  const shebang = lines[0].startsWith('#!') ? lines[0].slice(2) : (run.shellCommand[0] ?? '/bin/sh')
  const shell = shebangInterpreter(shebang)
  if (!CHECKABLE_SHELLS.has(shell)) return undefined
  if (lines[0].startsWith('#!')) lines[0] = ''
  // Only names the script mentions: the others cannot change ShellCheck's answer, and leaving them out
  // lets the same RUN in files with different ARGs share one check.
  const body = lines.join('\n')
  const exports = `export ${variablesInScope(run, stages)
    .filter(name => body.includes(name))
    .map(name => `${name}=1`)
    .join(' ')}`
  return [`#!/bin/${shell === 'busybox' ? 'sh' : shell}`, exports, ...lines].join('\n') + '\n'
}

/** ARG and ENV names set before this RUN in its stage and in the stages it is built from. */
function variablesInScope(run: LintRun, stages: LintStage[]): string[] {
  const names = new Set(PREDEFINED_VARIABLES)
  const addFrom = (stage: LintStage, beforeLine: number): void => {
    for (const instruction of stage.instructions) {
      if (instruction.getRange().start.line + 1 >= beforeLine) break
      const keyword = keywordOf(instruction)
      if (keyword !== 'ARG' && keyword !== 'ENV') continue
      for (const property of propertiesOf(instruction)) names.add(property.getName())
    }
    // parentStage only looks at earlier stages, so this ends.
    const parent = parentStage(stage, stages)
    if (parent !== undefined) addFrom(parent, Number.POSITIVE_INFINITY)
  }
  addFrom(run.stage, run.line)
  return [...names].filter(name => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
}
