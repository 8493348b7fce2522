import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { DbLayout, DbStamp } from './layout.js'

/** mirror.gcr.io first: ghcr.io rate-limits anonymous pulls (TOOMANYREQUESTS); Trivy tries them in order. */
export const TRIVY_DB_REPOSITORIES = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']
export const TRIVY_JAVA_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-java-db:1',
  'ghcr.io/aquasecurity/trivy-java-db:1'
]

export interface TrivyDbOptions {
  /** Trivy's `--cache-dir`. Only its `db` and `java-db` folders are cached, not the per-image scan cache. */
  cacheDir: string
  /** Override the OCI repositories, e.g. an internal registry mirror for air-gapped runners. */
  dbRepositories?: string[]
  javaDbRepositories?: string[]
  /** Also fetch the Java DB, which Trivy needs for JAR files in images (default true). */
  javaDb?: boolean
}

export function trivyLayout(options: TrivyDbOptions): DbLayout {
  const { cacheDir } = options
  const javaDb = options.javaDb !== false
  const dbRepositories = (options.dbRepositories ?? TRIVY_DB_REPOSITORIES).join(',')
  const javaRepositories = (options.javaDbRepositories ?? TRIVY_JAVA_DB_REPOSITORIES).join(',')
  const common = ['image', '--cache-dir', cacheDir, '--no-progress']
  const steps = [
    {
      label: 'the Trivy vulnerability database',
      args: [...common, '--download-db-only', '--db-repository', dbRepositories]
    }
  ]
  if (javaDb) {
    steps.push({
      label: 'the Trivy Java database',
      args: [...common, '--download-java-db-only', '--java-db-repository', javaRepositories]
    })
  }
  return {
    scanner: 'trivy',
    cachePaths: [path.join(cacheDir, 'db'), ...(javaDb ? [path.join(cacheDir, 'java-db')] : [])],
    steps,
    env: {},
    scanArgs: ['--cache-dir', cacheDir, '--skip-db-update', '--skip-java-db-update'],
    stamp: () => trivyStamp(cacheDir, javaDb),
    fixHint:
      'Trivy could not fetch its database from mirror.gcr.io or ghcr.io; allow the runner to reach them, ' +
      'pre-warm the cache with the scheduled workflow in the README, or try again later'
  }
}

/** Trivy writes `metadata.json` next to each database; `UpdatedAt` is when that database was built. */
async function trivyStamp(cacheDir: string, javaDb: boolean): Promise<DbStamp | undefined> {
  const main = await updatedAt(path.join(cacheDir, 'db', 'metadata.json'))
  if (!main) return undefined
  const java = javaDb ? await updatedAt(path.join(cacheDir, 'java-db', 'metadata.json')) : undefined
  return { builtAt: main, fingerprint: `db=${main};java-db=${java ?? 'none'}` }
}

async function updatedAt(file: string): Promise<string | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { UpdatedAt?: unknown }
    return typeof data.UpdatedAt === 'string' ? data.UpdatedAt : undefined
  } catch {
    return undefined
  }
}
