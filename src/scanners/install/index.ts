import type { ScannerName } from '../../model/finding.js'
import type { Logger } from '../../util/logger.js'
import { downloadVerified, findCached } from './download.js'
import { findOnPath } from './path-lookup.js'
import {
  committedReleases,
  downloadUrl,
  normalizeVersion,
  pinnedArchive,
  platformKey,
  type ReleasesTable
} from './releases.js'
import { inTestedRange } from './semver.js'
import { probeVersion } from './version-probe.js'

export { defaultDbCacheDir, toolCacheRoot, userCacheDir } from './dirs.js'
export type { ReleasesTable } from './releases.js'

export interface ScannerInstallOptions {
  /** A version to use instead of the pinned default (`0.72.0` or `v0.72.0`); it must be pinned in releases.json. */
  version?: string
  /**
   * Base URL replacing `https://github.com/<owner>/<repo>/releases/download`; archives are fetched from
   * `<mirror>/v<version>/<archive>`. Checksums never come from the mirror: the committed ones are used.
   */
  mirror?: string
  /** Defaults to `process.platform` / `process.arch`; set to pick another platform's archive in tests. */
  platform?: NodeJS.Platform
  arch?: string
  logger: Logger
  /** Use a scanner already on PATH (default true). */
  pathLookup?: boolean
  /** The environment whose PATH is searched (default `process.env`). */
  env?: NodeJS.ProcessEnv
  /** Tests only: a releases table with synthetic archives. Production reads the committed releases.json. */
  releases?: ReleasesTable
}

export interface InstalledScanner {
  name: ScannerName
  /** Absolute path of the executable. */
  path: string
  /** What the binary reports (`0.72.0`), without a `v`. */
  version: string
  /** `path`: the user's own; `tool-cache`: verified earlier and reused; `download`: fetched and verified now. */
  source: 'path' | 'tool-cache' | 'download'
  /** Already logged; for the check's report (e.g. version outside the tested range). */
  warnings: string[]
}

/**
 * Makes a scanner available: the one on PATH if there is one (its version logged, with a warning when
 * it is outside the tested range), else the pinned release from the tool cache, else downloaded and
 * verified against the SHA-256 committed in releases.json.
 * Throws an Error whose message says what failed and how to fix it; the caller reports the check as
 * `error` (fail closed) — it never returns a scanner it could not verify or run.
 */
export async function ensureScanner(
  name: ScannerName,
  options: ScannerInstallOptions
): Promise<InstalledScanner> {
  const { logger } = options
  const table = options.releases ?? committedReleases
  const releases = table.scanners[name]
  if (options.pathLookup !== false) {
    const onPath = findOnPath(name, options.env ?? process.env, options.platform ?? process.platform)
    if (onPath) return usePathScanner(name, onPath, options, releases.tested)
    logger.debug(`${name} is not on PATH; installing the pinned release`)
  }

  const version = normalizeVersion(options.version || releases.defaultVersion)
  const platform = platformKey(options.platform ?? process.platform, options.arch ?? process.arch)
  const archive = pinnedArchive(table, name, version, platform)
  if (archive instanceof Error) throw new Error(`cannot install ${name}: ${archive.message}`)
  const arch = options.arch ?? process.arch
  const warnings = testedRangeWarnings(name, version, releases.tested, 'the requested')
  warnings.forEach(warning => logger.warning(warning))

  const cached = await findCached(name, version, arch)
  if (cached) return checkRuns(name, cached, version, 'tool-cache', warnings, logger)

  const url = downloadUrl(releases, version, archive.archive, options.mirror)
  const binary = await downloadVerified({ name, version, arch, archive, url, logger })
  return checkRuns(name, binary, version, 'download', warnings, logger)
}

async function usePathScanner(
  name: ScannerName,
  binary: string,
  options: ScannerInstallOptions,
  tested: { min: string; below: string }
): Promise<InstalledScanner> {
  const version = await probeVersion(name, binary)
  if (version instanceof Error) {
    throw new Error(
      `the ${name} found on PATH (${binary}) does not work: ${version.message}; fix or remove it, ` +
        `or set ${name}-version to let imagegate install the pinned release`
    )
  }
  options.logger.info(`Using ${name} ${version} from PATH (${binary})`)
  if (options.version && normalizeVersion(options.version) !== version) {
    options.logger.warning(
      `${name}-version asks for ${normalizeVersion(options.version)}, but ${name} ${version} is on PATH and is used`
    )
  }
  const warnings = testedRangeWarnings(name, version, tested, 'the')
  warnings.forEach(warning => options.logger.warning(warning))
  return { name, path: binary, version, source: 'path', warnings }
}

/** A verified binary that does not start (wrong architecture, missing loader) is still an error. */
async function checkRuns(
  name: ScannerName,
  binary: string,
  expected: string,
  source: 'tool-cache' | 'download',
  warnings: string[],
  logger: Logger
): Promise<InstalledScanner> {
  const version = await probeVersion(name, binary)
  if (version instanceof Error) {
    throw new Error(`${name} ${expected} was installed at ${binary} but does not run: ${version.message}`)
  }
  if (source === 'tool-cache') logger.info(`Using ${name} ${version} from the tool cache (${binary})`)
  return { name, path: binary, version, source, warnings }
}

function testedRangeWarnings(
  name: ScannerName,
  version: string,
  tested: { min: string; below: string },
  which: string
): string[] {
  if (inTestedRange(version, tested)) return []
  return [
    `${which} ${name} version ${version} is not in the range this imagegate release was tested with ` +
      `(>= ${tested.min}, < ${tested.below}); its report format or flags may differ`
  ]
}
