import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { errorMessage } from '../errors.js'

export interface RunOptions {
  /** Stop the process (SIGTERM, then SIGKILL after 5 s) when it runs longer than this. */
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
  cwd?: string
  /**
   * The child writes stdout straight into this file (scanner reports can be large): no pipe, and no
   * JavaScript on the way.
   */
  stdoutFile?: string
}

export interface RunResult {
  /** Null when the process was killed by a signal or never started. */
  exitCode: number | null
  signal?: string
  timedOut: boolean
  /** Empty when `stdoutFile` was given. */
  stdout: string
  /** The last lines of stderr, for error messages that say what went wrong. */
  stderrTail: string[]
  durationMs: number
  /** Set when the process could not be started at all (e.g. `ENOENT: trivy not found`). */
  spawnError?: string
}

const NOT_STARTED: RunResult = { exitCode: null, timedOut: false, stdout: '', stderrTail: [], durationMs: 0 }
const STDERR_TAIL_LINES = 20
const KILL_GRACE_MS = 5000

/**
 * The one way imagegate runs another program: an argument array (never a shell string), a timeout,
 * and a result that never throws, so every caller decides what an exit code means.
 * Why not @actions/exec: it gives no handle on the child, so a hung scanner could not be stopped
 * and would keep the job alive until GitHub's 6-hour limit.
 */
export function runProcess(file: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now()
  return new Promise(resolve => {
    let stdoutFd: number | undefined
    try {
      stdoutFd = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined
    } catch (error) {
      return resolve({ ...NOT_STARTED, spawnError: `cannot write its output: ${errorMessage(error)}` })
    }
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: withoutActionInputs(options.env ?? process.env),
      stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
      shell: false,
      // Its own process group, so a timeout stops whatever it started too (a wrapper script's children
      // would otherwise keep the pipes, and so this promise, open).
      detached: process.platform !== 'win32'
    })
    const stop = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, signal)
        else child.kill(signal)
      } catch {
        // Already gone.
      }
    }
    // The child has its own copy of the descriptor now.
    if (stdoutFd !== undefined) closeSync(stdoutFd)
    const stdoutChunks: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => stdoutChunks.push(chunk))
    const stderr = new TailBuffer(STDERR_TAIL_LINES)
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')))

    let timedOut = false
    let killTimer: NodeJS.Timeout | undefined
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            stop('SIGTERM')
            killTimer = setTimeout(() => stop('SIGKILL'), KILL_GRACE_MS)
          }, options.timeoutMs)

    let spawnError: string | undefined
    child.on('error', error => {
      spawnError = error.message
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(killTimer)
      resolve({
        exitCode: spawnError ? null : code,
        signal: signal ?? undefined,
        timedOut,
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        stderrTail: stderr.lines(),
        durationMs: Math.round(performance.now() - started),
        spawnError
      })
    })
  })
}

/**
 * Action inputs reach this process as `INPUT_*` variables, the GitHub token among them; the programs
 * imagegate runs (scanners, ShellCheck) have no use for them, so they never see them.
 */
function withoutActionInputs(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) if (!name.startsWith('INPUT_')) kept[name] = value
  return kept
}

/** Keeps only the last `max` lines of a stream, so a chatty process cannot fill memory. */
class TailBuffer {
  private kept: string[] = []
  private partial = ''

  constructor(private readonly max: number) {}

  push(text: string): void {
    const parts = (this.partial + text).split(/\r?\n/)
    this.partial = parts.pop() ?? ''
    this.kept.push(...parts)
    if (this.kept.length > this.max) this.kept = this.kept.slice(-this.max)
  }

  lines(): string[] {
    const all = this.partial ? [...this.kept, this.partial] : this.kept
    return all.filter(line => line.trim() !== '').slice(-this.max)
  }
}
