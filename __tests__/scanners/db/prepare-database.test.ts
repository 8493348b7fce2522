import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { recordingLogger } from '../install/release-server.js'
import { writeStub, writeTrivyMetadata } from './stub-scanners.js'

const isFeatureAvailable = jest.fn<() => boolean>()
const restoreCache =
  jest.fn<(paths: string[], key: string, restoreKeys?: string[]) => Promise<string | undefined>>()
const saveCache = jest.fn<(paths: string[], key: string) => Promise<number>>()
jest.unstable_mockModule('@actions/cache', () => ({ isFeatureAvailable, restoreCache, saveCache }))
const { prepareDatabase } = await import('../../../src/scanners/db/index.js')

const TOO_MANY =
  'FATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 1.024ms, allowed: 44000/minute'
const NOW = () => new Date('2026-12-01T08:30:00Z')
const prefix = (scanner: string) => `imagegate-${scanner}-db-${process.platform}-`

let work: string
let root: string
let waits: number[]
const sleep = async (ms: number) => void waits.push(ms)
const savedEnv = { ...process.env }

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'imagegate-db-'))
  root = path.join(work, 'cache')
  waits = []
  isFeatureAvailable.mockReset().mockReturnValue(true)
  restoreCache.mockReset().mockResolvedValue(undefined)
  saveCache.mockReset().mockResolvedValue(42)
})

afterEach(() => {
  process.env = { ...savedEnv }
  rmSync(work, { recursive: true, force: true })
})

function options(extra: Partial<Parameters<typeof prepareDatabase>[1]> = {}) {
  return { cacheDir: root, useActionsCache: true, logger: recordingLogger(), sleep, now: NOW, ...extra }
}

describe('Trivy', () => {
  test('downloads the DBs in their own step, mirror.gcr.io first, and scans skip updating', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({})
    const plan = await prepareDatabase(stub.scanner, options())

    const cacheDir = path.join(root, 'trivy')
    expect(plan.scanArgs).toEqual(['--cache-dir', cacheDir, '--skip-db-update', '--skip-java-db-update'])
    expect(plan.env).toEqual({})
    expect(stub.calls()).toEqual([
      `image --cache-dir ${cacheDir} --no-progress --download-db-only --db-repository mirror.gcr.io/aquasec/trivy-db:2,ghcr.io/aquasecurity/trivy-db:2`,
      `image --cache-dir ${cacheDir} --no-progress --download-java-db-only --java-db-repository mirror.gcr.io/aquasec/trivy-java-db:1,ghcr.io/aquasecurity/trivy-java-db:1`
    ])
    expect(waits).toEqual([])
  })

  test('retries TOOMANYREQUESTS with exponential backoff, then succeeds', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({ fails: 2, error: TOO_MANY })
    const logger = recordingLogger()
    await prepareDatabase(stub.scanner, options({ logger }))

    expect(stub.calls().filter(call => call.includes('--download-db-only'))).toHaveLength(3)
    expect(waits).toEqual([5000, 10000])
    expect(logger.warnings[0]).toMatch(/attempt 1 of 4\); retrying in 5 s: .*TOOMANYREQUESTS/)
  })

  test('gives up after the last retry with the scanner’s words and a fix', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({ fails: 99, error: 'unexpected status code 503 Service Unavailable' })
    await expect(prepareDatabase(stub.scanner, options({ retries: 2 }))).rejects.toThrow(
      /updating the Trivy vulnerability database failed with exit code 1 after 3 attempts: unexpected status code 503 Service Unavailable\. Command: trivy image .* pre-warm the cache/
    )
    expect(waits).toEqual([5000, 10000])
  })

  test('does not retry an error that waiting will not fix', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({ fails: 1, error: 'FATAL unknown flag: --download-db-only' })
    await expect(prepareDatabase(stub.scanner, options())).rejects.toThrow(
      'failed with exit code 1 (not a retryable error): FATAL unknown flag: --download-db-only'
    )
    expect(stub.calls()).toHaveLength(1)
    expect(waits).toEqual([])
  })

  test('a download that leaves no database is an error', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({ noDb: true })
    await expect(prepareDatabase(stub.scanner, options())).rejects.toThrow(
      `no database was found in ${path.join(root, 'trivy', 'db')}`
    )
  })
})

describe('Actions cache', () => {
  test('restores by prefix and saves a new DB under a key of its own build time', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({ updatedAt: '2026-12-01T06:12:34Z' })
    const plan = await prepareDatabase(stub.scanner, options())
    const paths = [path.join(root, 'trivy', 'db'), path.join(root, 'trivy', 'java-db')]

    expect(restoreCache).toHaveBeenCalledWith(paths, `${prefix('trivy')}20261201`, [prefix('trivy')])
    expect(plan.restoredFrom).toBeUndefined()
    expect(saveCache).not.toHaveBeenCalled()

    await plan.save()
    await plan.save()
    expect(saveCache).toHaveBeenCalledTimes(1)
    expect(saveCache.mock.calls[0][0]).toEqual(paths)
    expect(saveCache.mock.calls[0][1]).toMatch(new RegExp(`^${prefix('trivy')}20261201061234-[0-9a-f]{12}$`))
  })

  /** Restores a DB built at `restored`, then the stub "downloads" one built 2026-12-01T06:00:00Z. */
  async function restoreThenUpdate(restored: string) {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({ updatedAt: '2026-12-01T06:00:00Z' })
    const restoredKey = `${prefix('trivy')}${restored.replace(/\D/g, '')}-abc`
    restoreCache.mockImplementation(async () => {
      writeTrivyMetadata(path.join(root, 'trivy'), restored)
      return restoredKey
    })
    const plan = await prepareDatabase(stub.scanner, options())
    await plan.save()
    expect(plan.restoredFrom).toBe(restoredKey)
  }

  test('does not save when the restored DB was already current', async () => {
    await restoreThenUpdate('2026-12-01T06:00:00Z')
    expect(saveCache).not.toHaveBeenCalled()
  })

  test('saves a newer DB over a restored older one, under a new key', async () => {
    await restoreThenUpdate('2026-11-30T00:00:00Z')
    expect(saveCache).toHaveBeenCalledTimes(1)
    expect(saveCache.mock.calls[0][1]).toMatch(new RegExp(`^${prefix('trivy')}20261201060000-`))
  })

  test('a failing save is a warning, never an error', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({})
    saveCache.mockRejectedValue(new Error('cache service unavailable'))
    const logger = recordingLogger()
    const plan = await prepareDatabase(stub.scanner, options({ logger }))
    await expect(plan.save()).resolves.toBeUndefined()
    expect(logger.warnings.join('\n')).toContain('cache service unavailable')
  })

  test('is not touched without the cache service or when switched off', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'trivy')
    stub.behave({})
    isFeatureAvailable.mockReturnValue(false)
    await (await prepareDatabase(stub.scanner, options())).save()
    isFeatureAvailable.mockReturnValue(true)
    await (await prepareDatabase(stub.scanner, options({ useActionsCache: false }))).save()
    expect(restoreCache).not.toHaveBeenCalled()
    expect(saveCache).not.toHaveBeenCalled()
  })
})

describe('Grype', () => {
  test('updates with retries, scans never auto-update, and the save key follows the build time', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'grype')
    stub.behave({
      fails: 1,
      error: 'failed to load vulnerability db: 502 Bad Gateway',
      updatedAt: '2026-12-01T04:05:06Z'
    })
    const plan = await prepareDatabase(stub.scanner, options())
    const cacheDir = path.join(root, 'grype')

    expect(plan.env).toEqual({
      GRYPE_DB_CACHE_DIR: cacheDir,
      GRYPE_DB_AUTO_UPDATE: 'false',
      GRYPE_CHECK_FOR_APP_UPDATE: 'false'
    })
    expect(plan.scanArgs).toEqual([])
    expect(stub.calls().filter(call => call === 'db update')).toHaveLength(2)
    expect(stub.calls()).toContain('auto-update=false app-update=false')
    expect(waits).toEqual([5000])

    await plan.save()
    expect(restoreCache).toHaveBeenCalledWith([cacheDir], `${prefix('grype')}20261201`, [prefix('grype')])
    expect(saveCache.mock.calls[0][1]).toMatch(new RegExp(`^${prefix('grype')}20261201040506-[0-9a-f]{12}$`))
  })

  test('asks for the database status before updating only when it may save to the cache', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'grype')
    stub.behave({ updatedAt: '2026-12-01T04:05:06Z' })
    await prepareDatabase(stub.scanner, options({ useActionsCache: false }))
    expect(stub.calls().filter(call => call.startsWith('db '))).toEqual(['db update', 'db status'])
    await prepareDatabase(stub.scanner, options())
    expect(
      stub
        .calls()
        .filter(call => call.startsWith('db '))
        .slice(2)
    ).toEqual(['db status', 'db update', 'db status'])
  })

  test('a Grype that cannot be started is an error that names it', async () => {
    const stub = writeStub(path.join(work, 'bin'), 'grype')
    const missing = { ...stub.scanner, path: path.join(work, 'nowhere', 'grype') }
    await expect(prepareDatabase(missing, options({ useActionsCache: false }))).rejects.toThrow(
      /updating the Grype vulnerability database could not start .*nowhere\/grype/
    )
  })
})
