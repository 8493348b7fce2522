import { writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import * as path from 'node:path'
import { makeTempDir, removeTempDir } from '../../../util/children.js'
import { runProcess } from '../../../util/exec.js'
import pMap from 'p-map'
import { mapFiles } from '../../../util/concurrency.js'
import { shortLine } from '../../../util/untrusted.js'

/** One ShellCheck comment, as stored per script (the script's own line numbers). */
export interface ScriptComment {
  line: number
  level: string
  code: number
  message: string
}

export type ScriptOutcome = { comments: ScriptComment[] } | { failure: string }

export interface ScriptRunOptions {
  /** Program to run; `shellcheck` from PATH by default. */
  binary?: string
  /** Limit for one ShellCheck process, whether it checks one script or a batch. */
  timeoutMs?: number
  /** Processes side by side; the machine's cores by default. */
  concurrency?: number
  /** Time for all of ShellCheck in this run; by default 3 time-outs plus 50 ms per script. */
  budgetMs?: number
}

/**
 * As hadolint: SC2187 says ash is checked as dash, and SC1090 asks for a `# shellcheck source=` directive
 * that a RUN cannot carry.
 */
const EXCLUDED = ['SC2187', 'SC1090']
/** ShellCheck takes ~5 ms per ordinary script; a process start ~10 ms more, so scripts go in batches. */
const BATCH_SCRIPTS = 50
const BATCH_CHARS = 64 * 1024
export const DEFAULT_SCRIPT_TIMEOUT_MS = 20_000

/**
 * Checks each script text once and says, per script, what ShellCheck found or why it could not check
 * it. Batches that time out or crash are checked again one script per process, so one hostile script
 * costs only its own result: the others still get theirs. `missing` is set when ShellCheck is not
 * installed (then nothing was checked).
 */
export async function checkScripts(
  texts: readonly string[],
  options: ScriptRunOptions = {}
): Promise<{ outcomes: ScriptOutcome[]; missing?: string }> {
  const outcomes: ScriptOutcome[] = new Array(texts.length)
  if (texts.length === 0) return { outcomes }
  const directory = await makeTempDir('imagegate-shellcheck-')
  try {
    const names = texts.map((_, index) => `s${index}.sh`)
    await mapFiles(texts.keys(), index => writeFile(path.join(directory, names[index]), texts[index]))
    const concurrency = options.concurrency ?? availableParallelism()
    let missing: string | undefined
    // Many hostile scripts would each cost a time-out: past the budget, the rest are not started.
    const timeoutMs = options.timeoutMs ?? DEFAULT_SCRIPT_TIMEOUT_MS
    const budgetMs = options.budgetMs ?? 3 * timeoutMs + 50 * texts.length
    const deadline = performance.now() + budgetMs
    const run = async (batch: number[]): Promise<number[]> => {
      if (missing !== undefined) return []
      const left = deadline - performance.now()
      if (left <= 0) {
        const failure = `not checked: ShellCheck used up its ${seconds(budgetMs)} s for this run on scripts it could not finish`
        for (const index of batch) outcomes[index] = { failure }
        return []
      }
      const result = await shellcheck(
        batch.map(i => names[i]),
        directory,
        { ...options, timeoutMs: Math.min(timeoutMs, left) }
      )
      if ('missing' in result) {
        missing = result.missing
        return []
      }
      if ('failure' in result) {
        if (batch.length > 1) return batch // checked again one by one
        outcomes[batch[0]] = { failure: result.failure }
        return []
      }
      for (const index of batch) outcomes[index] = { comments: result.byFile.get(names[index]) ?? [] }
      return []
    }
    const retry = (await pMap(batchesOf(texts), run, { concurrency })).flat()
    await pMap(
      retry.map(index => [index]),
      run,
      { concurrency }
    )
    return missing !== undefined ? { outcomes: [], missing } : { outcomes }
  } finally {
    await removeTempDir(directory)
  }
}

/** Consecutive indexes, at most BATCH_SCRIPTS scripts and about BATCH_CHARS characters each. */
function batchesOf(texts: readonly string[]): number[][] {
  const batches: number[][] = []
  let current: number[] = []
  let chars = 0
  texts.forEach((text, index) => {
    if (current.length > 0 && (current.length >= BATCH_SCRIPTS || chars + text.length > BATCH_CHARS)) {
      batches.push(current)
      current = []
      chars = 0
    }
    current.push(index)
    chars += text.length
  })
  if (current.length > 0) batches.push(current)
  return batches
}

interface JsonComment extends ScriptComment {
  file: string
}

type ProcessResult = { byFile: Map<string, ScriptComment[]> } | { failure: string } | { missing: string }

/** One ShellCheck process over `files` (names inside `directory`). */
async function shellcheck(
  files: string[],
  directory: string,
  options: ScriptRunOptions
): Promise<ProcessResult> {
  const binary = options.binary ?? 'shellcheck'
  const timeoutMs = options.timeoutMs ?? DEFAULT_SCRIPT_TIMEOUT_MS
  const args = ['--format=json1', `--exclude=${EXCLUDED.join(',')}`, ...files]
  const result = await runProcess(binary, args, { timeoutMs, cwd: directory })
  if (result.spawnError !== undefined) {
    return /ENOENT/.test(result.spawnError)
      ? { missing: `ShellCheck is not installed (no ${binary} on PATH), so SC rules were not checked` }
      : { failure: `ShellCheck could not start: ${result.spawnError}` }
  }
  if (result.timedOut) return { failure: `ShellCheck did not finish within ${seconds(timeoutMs)} s` }
  // 0: no comments, 1: some comments; anything else is ShellCheck failing.
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    const how =
      result.exitCode === null
        ? `was killed by ${result.signal ?? 'a signal'}`
        : `exited with ${result.exitCode}`
    const said = result.stderrTail.length > 0 ? `: ${shortLine(result.stderrTail.join(' '))}` : ''
    return { failure: `ShellCheck ${how}${said}` }
  }
  try {
    const parsed = JSON.parse(result.stdout) as { comments?: JsonComment[] }
    const byFile = new Map<string, ScriptComment[]>()
    for (const { file, line, level, code, message } of parsed.comments ?? []) {
      const list = byFile.get(file) ?? []
      list.push({ line, level, code, message })
      byFile.set(file, list)
    }
    return { byFile }
  } catch {
    return { failure: 'ShellCheck printed no JSON report' }
  }
}

/** `20`, `1.5`: seconds for messages. */
function seconds(ms: number): number {
  return Number((ms / 1000).toFixed(1))
}
