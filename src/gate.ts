import { createChecks, type CheckServices } from './checks/all-checks.js'
import { runChecks } from './checks/run-checks.js'
import { matchesImagePattern } from './image/patterns.js'
import { parseImageTargets } from './image/source.js'
import { ConfigError, errorMessage } from './errors.js'
import { expandDockerfileGlobs } from './inputs/dockerfile-globs.js'
import type {
  BaseImage,
  Check,
  CheckContext,
  CheckRun,
  ResolvedImageTarget,
  ScannerSettings
} from './model/check.js'
import { resolveBaseImages, type CompareToRequest } from './image/compare-to.js'
import type { ImageTarget } from './image/source.js'
import { ImageResolutionError, RegistryClient, resolveImageTargets } from './registry/index.js'
import type { GateResult, ImageDetail } from './model/result.js'
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

  const context: CheckContext = {
    policy: request.policy.policy,
    workingDirectory: request.workingDirectory,
    dockerfiles,
    images,
    targets,
    baseImages,
    progress: request.progress ?? logger
  }
  // One registry client for the run: the gate's resolution and every check share its manifest cache.
  const registry = request.services?.registry ?? new RegistryClient()
  const checks =
    request.checks ??
    createChecks({
      ...request.services,
      registry,
      signaturePolicy: request.services?.signaturePolicy ?? request.policy.signatures,
      scannerSettings: request.scanners ?? request.services?.scannerSettings
    })
  // Checks run concurrently; each one's log group is written as soon as it finishes, one group at a
  // time through one queue, so group markers never interleave.
  let groups = Promise.resolve()
  const resolveImages = async () => {
    if (!checks.some(c => c.needsImageDigests?.(context))) return
    context.resolved = await resolveOnce(registry, targets, request.policy.policy.images.platform, logger)
  }
  const runs = await runChecks(
    checks,
    context,
    undefined,
    run => {
      groups = groups.then(() => logger.group(run.title, async () => logRun(run, logger)))
    },
    resolveImages
  )
  await groups

  const result = evaluate({
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
  const imageDetails = describeImages(images, context.resolved, runs)
  return imageDetails.length > 0 ? { ...result, imageDetails } : result
}

/** Per image, the digest the gate resolved and the signature status the checks reported. */
function describeImages(
  images: string[],
  resolved: ReadonlyMap<string, ResolvedImageTarget> | undefined,
  runs: CheckRun[]
): ImageDetail[] {
  const facts = runs.flatMap(r => r.imageFacts ?? [])
  if (resolved === undefined && facts.length === 0) return []
  return images.map(image => {
    const target = resolved?.get(image)
    const signature = facts.find(f => f.image === image)?.signature
    return {
      image,
      ...(target ? { digest: target.digest, manifestDigest: target.manifestDigest } : {}),
      ...(target?.platform ? { platform: target.platform } : {}),
      ...(signature ? { signature } : {})
    }
  })
}

/**
 * The prepare step's registry half: each registry image resolves to one digest, once, before any check
 * runs. An image that cannot be resolved stops the run (fail closed, exit 2), naming every such image
 * and why: credentials (401), access (403), not found (404), or which host is unreachable.
 */
async function resolveOnce(
  registry: RegistryClient,
  targets: ImageTarget[],
  platform: string,
  logger: Logger
): Promise<Map<string, ResolvedImageTarget>> {
  const resolutions = await resolveImageTargets(registry, targets, platform)
  const failures = resolutions.flatMap(r => (r.ok ? [] : [errorMessage(r.error)]))
  if (failures.length > 0) throw new ImageResolutionError(failures)
  const resolved = new Map<string, ResolvedImageTarget>()
  for (const r of resolutions) {
    if (!r.ok) continue
    resolved.set(r.target.image, r.target)
    const platformNote = r.target.platform ? ` (${r.target.platform}: ${r.target.manifestDigest})` : ''
    logger.info(`Image ${r.target.image} → ${r.target.digest}${platformNote}`)
  }
  return resolved
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
