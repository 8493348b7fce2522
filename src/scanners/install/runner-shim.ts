import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { writeToStderr } from '../../util/stderr-writer.js'
import { toolCacheRoot } from './dirs.js'

/**
 * @actions/tool-cache needs RUNNER_TOOL_CACHE and RUNNER_TEMP, and logs with workflow commands
 * (`::debug::…`) on stdout. Outside Actions (the CLI on a laptop) neither holds: the CLI prints its
 * report on stdout. While `fn` runs, this supplies the two directories when they are missing and,
 * outside Actions, sends tool-cache's stdout lines to stderr (dropping `::debug::` ones).
 * Reference-counted, so Trivy and Grype can install at the same time.
 */
export async function withRunnerShim<T>(fn: () => Promise<T>): Promise<T> {
  enter()
  try {
    return await fn()
  } finally {
    leave()
  }
}

let depth = 0
let restore: (() => void) | undefined

function enter(): void {
  depth += 1
  if (depth > 1) return
  const undo: Array<() => void> = []
  if (!process.env.RUNNER_TOOL_CACHE) {
    mkdirSync(toolCacheRoot(), { recursive: true })
    process.env.RUNNER_TOOL_CACHE = toolCacheRoot()
    undo.push(() => delete process.env.RUNNER_TOOL_CACHE)
  }
  if (!process.env.RUNNER_TEMP) {
    // Private (0700) and per process: downloads sit here between the checksum check and extraction.
    const temp = mkdtempSync(path.join(os.tmpdir(), 'imagegate-'))
    process.env.RUNNER_TEMP = temp
    undo.push(() => {
      delete process.env.RUNNER_TEMP
      rmSync(temp, { recursive: true, force: true })
    })
  }
  if (process.env.GITHUB_ACTIONS !== 'true') {
    const original = process.stdout.write
    process.stdout.write = writeToStderr as typeof process.stdout.write
    undo.push(() => {
      process.stdout.write = original
    })
  }
  restore = () => undo.reverse().forEach(step => step())
}

function leave(): void {
  depth -= 1
  if (depth > 0) return
  restore?.()
  restore = undefined
}
