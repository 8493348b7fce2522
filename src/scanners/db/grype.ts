import { runProcess } from '../../util/exec.js'
import type { DbLayout, DbStamp } from './layout.js'

const STATUS_TIMEOUT_MS = 60_000

export interface GrypeDbOptions {
  /** `GRYPE_DB_CACHE_DIR`; the whole folder is cached. */
  cacheDir: string
  binary: string
}

export function grypeLayout(options: GrypeDbOptions): DbLayout {
  const env = {
    GRYPE_DB_CACHE_DIR: options.cacheDir,
    // The update happens once, in the step below; scans must not each try again (or ask about new releases).
    GRYPE_DB_AUTO_UPDATE: 'false',
    GRYPE_CHECK_FOR_APP_UPDATE: 'false'
  }
  return {
    scanner: 'grype',
    cachePaths: [options.cacheDir],
    steps: [{ label: 'the Grype vulnerability database', args: ['db', 'update'] }],
    env,
    scanArgs: [],
    stamp: () => grypeStamp(options.binary, env),
    fixHint:
      'Grype could not fetch its database from grype.anchore.io (or GRYPE_DB_UPDATE_URL); allow the runner ' +
      'to reach it, pre-warm the cache with the scheduled workflow in the README, or try again later'
  }
}

/** `grype db status -o json` says when the installed database was built; it fails when there is none. */
async function grypeStamp(binary: string, env: Record<string, string>): Promise<DbStamp | undefined> {
  const result = await runProcess(binary, ['db', 'status', '-o', 'json'], {
    env,
    timeoutMs: STATUS_TIMEOUT_MS
  })
  if (result.exitCode !== 0) return undefined
  try {
    const status = JSON.parse(result.stdout) as Record<string, unknown>
    const built = status.built ?? status.Built
    if (typeof built !== 'string' || !built) return undefined
    const schema = status.schemaVersion ?? status.SchemaVersion ?? ''
    const checksum = status.checksum ?? ''
    return {
      builtAt: built,
      fingerprint: `schema=${String(schema)};built=${built};checksum=${String(checksum)}`
    }
  } catch {
    return undefined
  }
}
