import type { ScannerName } from '../../model/finding.js'
import { runProcess } from '../../util/exec.js'

const VERSION_TIMEOUT_MS = 30_000

/** The command each scanner prints its version with, as JSON. */
export function versionArgs(name: ScannerName): string[] {
  return name === 'trivy' ? ['--version', '--format', 'json'] : ['version', '-o', 'json']
}

/**
 * Runs the scanner's version command and returns its version (no `v`), or an Error saying what the
 * binary did instead. A binary that cannot tell its version is not trusted to scan.
 */
export async function probeVersion(name: ScannerName, binary: string): Promise<string | Error> {
  const args = versionArgs(name)
  const result = await runProcess(binary, args, { timeoutMs: VERSION_TIMEOUT_MS })
  const shown = `${binary} ${args.join(' ')}`
  if (result.spawnError) return new Error(`could not run ${shown}: ${result.spawnError}`)
  if (result.timedOut) return new Error(`${shown} did not finish within ${VERSION_TIMEOUT_MS / 1000} s`)
  if (result.exitCode !== 0) {
    const detail = result.stderrTail.slice(-3).join(' | ') || 'no output on stderr'
    return new Error(`${shown} exited with code ${result.exitCode}: ${detail}`)
  }
  const version = parseVersionOutput(result.stdout)
  if (!version) return new Error(`${shown} printed no version imagegate understands`)
  return version
}

/** Reads `{"Version": …}` (Trivy) or `{"version": …}` (Grype), falling back to a `Version: x.y.z` line. */
export function parseVersionOutput(stdout: string): string | undefined {
  try {
    const data = JSON.parse(stdout) as Record<string, unknown>
    const value = data.Version ?? data.version
    // A source build says `dev`: still a version to log; the tested-range check then warns about it.
    if (typeof value === 'string' && value.trim()) return value.trim().replace(/^v(?=\d)/, '')
  } catch {
    // Older scanners print text; try that below.
  }
  const line = /^\s*Version:\s*v?(\d+\.\d+\.\d+\S*)/m.exec(stdout)
  return line?.[1]
}
