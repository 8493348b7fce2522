import { readFile, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { ScannerName } from '../model/finding.js'
import { makeTempDir, removeTempDir } from '../util/children.js'
import { runProcess, type RunResult } from '../util/exec.js'
import type { ImageTarget } from '../image/source.js'
import { scannerTarget } from './target.js'

/** What a scan needs to know about the scanner binary and its database; filled by install and db. */
export interface ScanTool {
  name: ScannerName
  path: string
  /** Environment and flags from the database step, e.g. `--skip-db-update --cache-dir …`. */
  env: Record<string, string>
  scanArgs: string[]
}

export interface ScanRequest {
  image: string
  source: ImageTarget
  timeoutSeconds: number
}

/** A scan that did not produce a report: the check becomes `error` with this message. */
export class ScanError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ScanError'
  }
}

/**
 * The scanner's JSON report text. Never a shell: the image text goes in as one argument.
 * The scanner runs in an empty directory with an empty ignore file / config, so `.trivyignore`,
 * `trivy.yaml` or `.grype.yaml` in the checkout never filter its report: imagegate applies those
 * files itself, to both scanners alike, with expiry, and only when the policy says so.
 */
export async function runScan(tool: ScanTool, request: ScanRequest): Promise<string> {
  const directory = await makeTempDir(`imagegate-${tool.name}-`, process.env.RUNNER_TEMP ?? os.tmpdir())
  const reportFile = path.join(directory, 'report.json')
  const neutralConfig = path.join(directory, tool.name === 'trivy' ? 'empty.trivyignore' : 'empty-grype.yaml')
  try {
    await writeFile(neutralConfig, '# imagegate applies ignore rules itself\n')
    const result = await runProcess(tool.path, scanArguments(tool, request, neutralConfig), {
      timeoutMs: request.timeoutSeconds * 1000,
      env: tool.env,
      cwd: directory,
      stdoutFile: reportFile
    })
    const problem = failureOf(tool.name, request, result)
    if (problem) throw new ScanError(problem)
    return await readFile(reportFile, 'utf8')
  } finally {
    await removeTempDir(directory)
  }
}

/** `neutralConfig`: an empty Trivy ignore file or Grype config that replaces any the user has. */
export function scanArguments(tool: ScanTool, request: ScanRequest, neutralConfig: string): string[] {
  const target = scannerTarget(tool.name, request.source)
  if (tool.name === 'trivy') {
    // Trivy stops itself after 5 minutes by default; our timeout is the one the policy sets.
    const ownTimeout = ['--timeout', `${request.timeoutSeconds}s`]
    const base = ['image', '--format', 'json', '--quiet', '--scanners', 'vuln,secret', ...ownTimeout]
    return [...base, '--ignorefile', neutralConfig, ...tool.scanArgs, ...target]
  }
  return [...target, '--output', 'json', '--quiet', '--config', neutralConfig, ...tool.scanArgs]
}

function failureOf(scanner: ScannerName, request: ScanRequest, result: RunResult): string | undefined {
  const on = `${scanner} on ${request.image}`
  const tail =
    result.stderrTail.length > 0 ? `; its last output: ${result.stderrTail.slice(-5).join(' | ')}` : ''
  if (result.spawnError) return `${on} could not be started (${result.spawnError})`
  if (result.timedOut) {
    return (
      `${on} did not finish within ${request.timeoutSeconds} s and was stopped${tail}; ` +
      'raise vulnerabilities.timeoutSeconds in the policy if the image is large'
    )
  }
  if (result.exitCode !== 0) {
    const how =
      result.exitCode === null
        ? `was killed by ${result.signal ?? 'a signal'}`
        : `exited with ${result.exitCode}`
    return `${on} ${how}${tail}`
  }
  return undefined
}
