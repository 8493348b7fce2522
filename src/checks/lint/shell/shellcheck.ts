import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import * as path from 'node:path'
import type { LintLevel } from '../../../policy/types.js'
import { runProcess } from '../../../util/exec.js'
import { keywordOf, parentStage } from '../ast-helpers.js'
import { propertiesOf } from '../rules/dockerfile/instructions.js'
import type { LintRun, LintStage, LintViolation } from '../types.js'
import { shebangInterpreter } from './heredoc.js'

export interface ShellcheckViolation extends LintViolation {
  /** `SC2086`. */
  rule: string
  /** ShellCheck's own level for the finding: error, warning, info or style, as hadolint reports it. */
  level: LintLevel
}

export interface ShellcheckResult {
  violations: ShellcheckViolation[]
  /** Why ShellCheck did not run (not installed, failed); the caller puts it in the report's notes. */
  skippedReason?: string
}

export interface ShellcheckOptions {
  /** Program to run; `shellcheck` from PATH by default. */
  binary?: string
  /** Every stage of the file, so ENV/ARG names inherited through `FROM <stage>` count as assigned. */
  stages?: LintStage[]
  timeoutMs?: number
}

/** Dialects ShellCheck checks; scripts for other shells (zsh, fish, pwsh, cmd) are not checked. */
const CHECKABLE_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'busybox'])
/**
 * As hadolint: SC2187 says ash is checked as dash, and SC1090 asks for a `# shellcheck source=` directive
 * that a RUN cannot carry.
 */
const EXCLUDED = ['SC2187', 'SC1090']
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
/** Scripts per ShellCheck process: one process start is ~30 ms, a long argument list is not. */
const SCRIPTS_PER_PROCESS = 100
const DEFAULT_TIMEOUT_MS = 60_000
const LEVELS = new Set<string>(['error', 'warning', 'info', 'style'])

interface ShellcheckComment {
  file: string
  line: number
  level: string
  code: number
  message: string
}

/**
 * Runs ShellCheck on the shell-form RUNs (and `ONBUILD RUN`s) of one Dockerfile, each as a script for the
 * SHELL in effect, and reports each finding on its RUN instruction's line with its SC code and level.
 * Never throws: when `shellcheck` is not installed or fails, the result says why in `skippedReason`.
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
 * The same for many Dockerfiles at once, with one ShellCheck process per 100 scripts instead of one per
 * file (a process start costs ~30 ms). Results are in the order of `inputs`.
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
  if (scripts.length === 0) return results
  const skipAll = (reason: string): ShellcheckResult[] =>
    inputs.map(() => ({ violations: [], skippedReason: reason }))

  let directory: string | undefined
  try {
    directory = await mkdtemp(path.join(tmpdir(), 'imagegate-shellcheck-'))
    const names = await Promise.all(
      scripts.map(async (script, index) => {
        const name = path.join(directory as string, `run-${index + 1}.sh`)
        await writeFile(name, script.text)
        return name
      })
    )
    const scriptOf = new Map(names.map((name, index) => [name, scripts[index]]))
    const batches: string[][] = []
    for (let start = 0; start < names.length; start += SCRIPTS_PER_PROCESS) {
      batches.push(names.slice(start, start + SCRIPTS_PER_PROCESS))
    }
    // ShellCheck takes ~5 ms per script, so batches run side by side, one per core.
    const outcomes = await mapConcurrently(batches, availableParallelism(), batch =>
      shellcheck(batch, options)
    )
    const failure = outcomes.find((outcome): outcome is string => typeof outcome === 'string')
    if (failure !== undefined) return skipAll(failure)
    for (const comment of outcomes.flat() as ShellcheckComment[]) {
      const script = scriptOf.get(path.resolve(directory, comment.file))
      if (script === undefined || comment.line <= HEADER_LINES) continue
      results[script.owner].violations.push({
        rule: `SC${comment.code}`,
        level: LEVELS.has(comment.level) ? (comment.level as LintLevel) : 'warning',
        line: script.run.line,
        column: script.run.column,
        message: comment.message
      })
    }
    return results
  } catch (error) {
    return skipAll(`ShellCheck could not run: ${String(error)}`)
  } finally {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true })
  }
}

/** `work` on every item, at most `limit` at a time; results in the order of `items`. */
async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

/** The comments, or why there are none. */
async function shellcheck(
  files: string[],
  options: ShellcheckOptions
): Promise<ShellcheckComment[] | string> {
  const binary = options.binary ?? 'shellcheck'
  const args = ['--format=json1', `--exclude=${EXCLUDED.join(',')}`, ...files]
  const result = await runProcess(binary, args, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS })
  if (result.spawnError !== undefined) {
    return /ENOENT/.test(result.spawnError)
      ? `ShellCheck is not installed (no ${binary} on PATH), so SC rules were not checked`
      : `ShellCheck could not start: ${result.spawnError}`
  }
  if (result.timedOut) return 'ShellCheck timed out, so SC rules were not checked'
  // 0: no comments, 1: some comments; anything else is ShellCheck failing.
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    return `ShellCheck failed (exit ${result.exitCode}): ${result.stderrTail.join(' ').slice(0, 200)}`
  }
  try {
    const parsed = JSON.parse(result.stdout) as { comments?: ShellcheckComment[] }
    return parsed.comments ?? []
  } catch {
    return 'ShellCheck printed no JSON, so SC rules were not checked'
  }
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
  const exports = `export ${variablesInScope(run, stages)
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
