import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { errorMessage } from '../../errors.js'
import { loadActionsCache } from '../../util/actions-cache.js'
import type { Logger } from '../../util/logger.js'
import type { InstalledScanner } from '../install/index.js'
import { cacheKeyPrefix, restoreKeys, saveKey } from './cache-keys.js'
import { grypeLayout } from './grype.js'
import type { DbLayout, DbStamp } from './layout.js'
import { defaultSleep, isRetryable, lastLine, runWithRetry } from './retry.js'
import { trivyLayout } from './trivy.js'

export { TRIVY_DB_REPOSITORIES, TRIVY_JAVA_DB_REPOSITORIES } from './trivy.js'

/** What every scan with this scanner must add so it uses the prepared database and never fetches one. */
export interface DbPlan {
  env: Record<string, string>
  /** Extra arguments for each scan, e.g. `--skip-db-update --cache-dir …` for Trivy. */
  scanArgs: string[]
}

export interface PreparedDatabase extends DbPlan {
  /** The cache key the databases were restored from; undefined when nothing was restored. */
  restoredFrom?: string
  /**
   * Saves the databases to @actions/cache when they are newer than what was restored. Call once after
   * all scans, in a `finally`, so a scan that fails or finds vulnerabilities still saves. Never throws.
   */
  save: () => Promise<void>
}

export interface PrepareDatabaseOptions {
  /** Root for imagegate's database folders (`<cacheDir>/trivy`, `<cacheDir>/grype`); see defaultDbCacheDir. */
  cacheDir: string
  /** Restore and save with @actions/cache; ignored when the cache service is not there (a laptop). */
  useActionsCache: boolean
  logger: Logger
  /** Extra attempts when a download fails with 429/TOOMANYREQUESTS or a 5xx (default 3). */
  retries?: number
  /** Tests pass a sleep that does not wait. */
  sleep?: (ms: number) => Promise<void>
  /** The first backoff wait (default 5 s), doubling each retry. */
  baseDelayMs?: number
  /** Per-attempt limit for a download command (default 15 minutes). */
  timeoutMs?: number
  /** Trivy only: skip the Java DB (needed for JAR files in images). Default true. */
  trivyJavaDb?: boolean
  /** Trivy only: other OCI repositories for the databases, e.g. a registry mirror. */
  trivyDbRepositories?: string[]
  trivyJavaDbRepositories?: string[]
  /** For cache keys; tests fix it. */
  now?: () => Date
}

const DEFAULT_RETRIES = 3
const DEFAULT_BASE_DELAY_MS = 5000
const DEFAULT_TIMEOUT_MS = 15 * 60 * 1000

/**
 * Restores the scanner's databases from the cache, brings them up to date in a separate step (with
 * retries and backoff on rate limits and server errors), and returns what each scan must add so it
 * uses them without updating. Throws an Error with the scanner's last words and a fix when the
 * databases cannot be fetched: the check is then `error`, never a scan against no database.
 */
export async function prepareDatabase(
  scanner: InstalledScanner,
  options: PrepareDatabaseOptions
): Promise<PreparedDatabase> {
  const { logger } = options
  const layout = layoutFor(scanner, options)
  await Promise.all(layout.cachePaths.map(folder => mkdir(folder, { recursive: true })))

  const useCache = options.useActionsCache && (await cacheAvailable(logger))
  const prefix = cacheKeyPrefix(scanner.name)
  const restoredFrom = useCache ? await restore(layout, prefix, options, logger) : undefined
  // Only a save needs to know whether the download changed anything (for Grype the stamp is a process).
  const before = useCache ? await layout.stamp() : undefined

  await download(scanner, layout, options)
  const after = await layout.stamp()
  if (!after) {
    throw new Error(
      `${scanner.name} reported that its database download succeeded, but no database was found in ` +
        `${layout.cachePaths[0]}; delete that folder and run again`
    )
  }
  logger.info(`Using the ${scanner.name} database built ${after.builtAt}`)

  let saved = false
  const save = async (): Promise<void> => {
    if (!useCache || saved) return
    saved = true
    await saveIfNewer(layout, prefix, { before, after, restoredFrom }, logger)
  }
  return { env: layout.env, scanArgs: layout.scanArgs, restoredFrom, save }
}

function layoutFor(scanner: InstalledScanner, options: PrepareDatabaseOptions): DbLayout {
  const folder = path.join(options.cacheDir, scanner.name)
  if (scanner.name === 'trivy') {
    return trivyLayout({
      cacheDir: folder,
      javaDb: options.trivyJavaDb,
      dbRepositories: options.trivyDbRepositories,
      javaDbRepositories: options.trivyJavaDbRepositories
    })
  }
  return grypeLayout({ cacheDir: folder, binary: scanner.path })
}

const actionsCache = loadActionsCache

async function cacheAvailable(logger: Logger): Promise<boolean> {
  const available = (await actionsCache()).isFeatureAvailable()
  if (!available)
    logger.debug('The Actions cache service is not available; databases stay in the local folder')
  return available
}

async function restore(
  layout: DbLayout,
  prefix: string,
  options: PrepareDatabaseOptions,
  logger: Logger
): Promise<string | undefined> {
  const keys = restoreKeys(prefix, options.now?.() ?? new Date())
  try {
    const hit = await (
      await actionsCache()
    ).restoreCache(layout.cachePaths, keys.primaryKey, keys.restoreKeys)
    logger.info(
      hit
        ? `Restored the ${layout.scanner} database from cache ${hit}`
        : `No cached ${layout.scanner} database`
    )
    return hit
  } catch (error) {
    // A broken cache only costs a download; the download step below decides pass or error.
    logger.warning(`Could not restore the ${layout.scanner} database cache: ${errorMessage(error)}`)
    return undefined
  }
}

async function download(
  scanner: InstalledScanner,
  layout: DbLayout,
  options: PrepareDatabaseOptions
): Promise<void> {
  const policy = {
    retries: options.retries ?? DEFAULT_RETRIES,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    sleep: options.sleep ?? defaultSleep
  }
  const env = layout.env
  for (const step of layout.steps) {
    options.logger.info(`Updating ${step.label}`)
    const { result, attempts } = await runWithRetry(
      `Updating ${step.label}`,
      scanner.path,
      step.args,
      { env, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      policy,
      options.logger
    )
    if (result.exitCode === 0) continue
    const how = result.spawnError
      ? `could not start ${scanner.path} (${result.spawnError})`
      : result.timedOut
        ? `timed out after ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`
        : `failed with exit code ${result.exitCode}`
    const tries =
      attempts > 1 ? ` after ${attempts} attempts` : isRetryable(result) ? '' : ' (not a retryable error)'
    const said = result.stderrTail.slice(-5).join(' | ') || lastLine(result)
    throw new Error(
      `updating ${step.label} ${how}${tries}: ${said}. ` +
        `Command: ${scanner.name} ${step.args.join(' ')}. ${layout.fixHint}`
    )
  }
}

async function saveIfNewer(
  layout: DbLayout,
  prefix: string,
  state: { before?: DbStamp; after: DbStamp; restoredFrom?: string },
  logger: Logger
): Promise<void> {
  const { before, after, restoredFrom } = state
  if (restoredFrom && before?.fingerprint === after.fingerprint) {
    logger.debug(`The ${layout.scanner} database did not change since ${restoredFrom}; not saving`)
    return
  }
  const key = saveKey(prefix, after)
  if (key === restoredFrom) return
  try {
    const id = await (await actionsCache()).saveCache(layout.cachePaths, key)
    // saveCache reports its own failures (e.g. another job saved the same key) and returns -1.
    if (id !== -1) logger.info(`Saved the ${layout.scanner} database to cache ${key}`)
  } catch (error) {
    logger.warning(`Could not save the ${layout.scanner} database cache ${key}: ${errorMessage(error)}`)
  }
}
