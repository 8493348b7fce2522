import { createChecks, type CheckServices } from './checks/all-checks.js'
import { runChecks } from './checks/run-checks.js'
import { matchesImagePattern } from './image/patterns.js'
import { parseImageTargets } from './image/source.js'
import { ConfigError } from './errors.js'
import { expandDockerfileGlobs } from './inputs/dockerfile-globs.js'
import type { BaseImage, Check, CheckRun, ScannerSettings } from './model/check.js'
import { resolveBaseImages, type CompareToRequest } from './image/compare-to.js'
import type { GateResult } from './model/result.js'
import type { LoadedPolicy } from './policy/types.js'
import { type Logger, silentLogger } from './util/logger.js'
import { evaluate } from './verdict/evaluate.js'
import { VERSION } from './version.js'

export interface GateRequest {
  policy: LoadedPolicy
  /** Absolute directory that Dockerfile patterns and report paths are relative to. */
  workingDirectory: string
  dockerfilePatterns: string[]
  images: string[]
  /** Base images to compare the images' vulnerabilities with (`compare-to`). */
  compareTo?: CompareToRequest
  scanners?: ScannerSettings
  logger?: Logger
  /** Where long steps (install, database download, scan) say when they start and end; `logger` by default. */
  progress?: Logger
  /** Injected for tests: exception expiry is decided against this clock. */
  now?: () => Date
  /** What the checks are built from; tests replace the scanners. */
  services?: Partial<CheckServices>
  /** Injected for tests: replaces the checks `services` would build. */
  checks?: Check[]
}

/** The shared pipeline of the action and the CLI: targets → checks → verdict. Reports are the caller's. */
export async function runGate(request: GateRequest): Promise<GateResult> {
  const now = request.now ?? (() => new Date())
  const logger = request.logger ?? silentLogger
  const startedAt = now()
  const started = performance.now()

  // Prepare: inputs validated and parsed once; each check then reads and validates its configuration
  // files before any check runs, so a mistake exits 2 before a download or scan starts.
  const dockerfiles = await findDockerfiles(request.dockerfilePatterns, request.workingDirectory, logger)
  const images = [...new Set(request.images)]
  const targets = parseImageTargets(images, request.workingDirectory)
  const baseImages = compareTargets(request, images, logger)
  logger.info(`Targets: ${dockerfiles.length} Dockerfile(s), ${images.length} image(s)`)

  const context = {
    policy: request.policy.policy,
    workingDirectory: request.workingDirectory,
    dockerfiles,
    images,
    targets,
    baseImages,
    progress: request.progress ?? logger
  }
  const checks =
    request.checks ??
    createChecks({
      ...request.services,
      scannerSettings: request.scanners ?? request.services?.scannerSettings
    })
  // Checks run concurrently; each one's log group is written as soon as it finishes, one group at a
  // time through one queue, so group markers never interleave.
  let groups = Promise.resolve()
  const runs = await runChecks(checks, context, undefined, run => {
    groups = groups.then(() => logger.group(run.title, async () => logRun(run, logger)))
  })
  await groups

  return evaluate({
    runs,
    policy: request.policy,
    images,
    dockerfiles,
    now: now(),
    startedAt,
    durationMs: Math.round(performance.now() - started),
    toolVersion: VERSION,
    imageMatches: matchesImagePattern
  })
}

/** Each image's base image (`compare-to`), said in the log; none when nothing is compared. */
function compareTargets(request: GateRequest, images: string[], logger: Logger): BaseImage[] {
  if (!request.compareTo) return []
  const { bases, note } = resolveBaseImages(request.compareTo, images, request.workingDirectory)
  if (note) logger.info(`Base comparison: ${note}`)
  for (const b of bases) logger.info(`Base comparison: ${b.image} against ${b.base.image}`)
  return bases
}

function logRun(run: CheckRun, logger: Logger): void {
  const { outcome } = run
  const optional = run.required ? '' : ' (not required)'
  if (outcome.kind === 'skipped') return logger.info(`${run.title}: skipped, ${outcome.reason}${optional}`)
  if (outcome.kind === 'error') return logger.info(`${run.title}: could not run: ${outcome.error}${optional}`)
  logger.info(`${run.title}: ${run.findings.length} finding(s) in ${run.durationMs} ms${optional}`)
  for (const note of outcome.notes) logger.info(note)
}

/** Patterns that together match nothing are a mistake: passing with nothing linted would fail open. */
async function findDockerfiles(
  patterns: string[],
  workingDirectory: string,
  logger: Logger
): Promise<string[]> {
  if (patterns.length === 0) return []
  const files = await expandDockerfileGlobs(patterns, workingDirectory, { warn: m => logger.warning(m) })
  if (files.length === 0) {
    throw new ConfigError(
      `dockerfiles: no file matches ${patterns.map(p => JSON.stringify(p)).join(', ')} in ${workingDirectory}; ` +
        'fix the patterns or the working-directory'
    )
  }
  return files
}
