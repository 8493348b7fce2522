import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { errorMessage } from '../errors.js'
import { childEnvironment, withoutDenied } from './child-env.js'
import { trackProcessGroup } from './children.js'
import { redactSecrets, tailOf } from './redact.js'

export interface RunOptions {
  /** Stop the process (SIGTERM, then SIGKILL after 5 s) when it runs longer than this. */
  timeoutMs?: number
  /** Variables imagegate sets for this program, on top of the allow-listed environment (child-env.ts). */
  env?: Record<string, string>
  /**
   * The program's whole environment instead, for a caller with a narrower list of its own (cosign);
   * the names child-env.ts denies are still removed.
   */
  environment?: NodeJS.ProcessEnv
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
  /**
   * The last lines of stderr (at most 20 lines and 4 KB), secrets redacted, for error messages that say
   * what went wrong.
   */
  stderrTail: string[]
  durationMs: number
  /** Set when the process could not be started at all (e.g. `ENOENT: trivy not found`). */
  spawnError?: string
}

const NOT_STARTED: RunResult = { exitCode: null, timedOut: false, stdout: '', stderrTail: [], durationMs: 0 }
const STDERR_TAIL_LINES = 20
const STDERR_TAIL_CHARS = 4096
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
      env: options.environment
        ? withoutDenied(options.environment)
        : childEnvironment(process.env, options.env),
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
    const untrack = child.pid !== undefined ? trackProcessGroup(child.pid) : () => false
    // The child has its own copy of the descriptor now.
    if (stdoutFd !== undefined) closeSync(stdoutFd)
    const stdoutChunks: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => stdoutChunks.push(chunk))
    const stderr = new TailBuffer(STDERR_TAIL_LINES, STDERR_TAIL_CHARS)
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
      untrack()
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

/** Keeps only the end of a stream (lines and characters), so a chatty process cannot fill memory. */
class TailBuffer {
  private text = ''

  constructor(
    private readonly maxLines: number,
    private readonly maxChars: number
  ) {}

  push(chunk: string): void {
    // Twice the cap, so the final cut can still start at a line boundary.
    this.text = (this.text + chunk).slice(-2 * this.maxChars)
  }

  /** The last lines, cut at `maxChars` and redacted. */
  lines(): string[] {
    return redactSecrets(tailOf(this.text, this.maxChars))
      .split(/\r?\n/)
      .filter(line => line.trim() !== '')
      .slice(-this.maxLines)
  }
}
