import { describe, expect, test } from '@jest/globals'
import { cacheKeyPrefix, restoreKeys, saveKey } from '../../../src/scanners/db/cache-keys.js'
import { isRetryable } from '../../../src/scanners/db/retry.js'
import type { RunResult } from '../../../src/util/exec.js'

function failed(stderr: string, extra: Partial<RunResult> = {}): RunResult {
  return { exitCode: 1, timedOut: false, stdout: '', stderrTail: [stderr], durationMs: 1, ...extra }
}

describe('which failures are retried', () => {
  test.each([
    'GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 1.024ms',
    'unexpected status code 429 Too Many Requests',
    'response status code 500: Internal Server Error',
    'failed to load vulnerability db: 502 Bad Gateway',
    'unexpected status code 503 Service Unavailable',
    'GET https://grype.anchore.io/databases/v6/latest.json: 504 Gateway Timeout'
  ])('retried: %s', line => {
    expect(isRetryable(failed(line))).toBe(true)
  })

  test.each([
    'FATAL unknown flag: --download-db-only',
    'UNAUTHORIZED: authentication required',
    'open /cache/db/trivy.db: no space left on device',
    'response status code 404: Not Found'
  ])('not retried: %s', line => {
    expect(isRetryable(failed(line))).toBe(false)
  })

  test('a process that never started or succeeded is not retried', () => {
    expect(isRetryable(failed('429', { spawnError: 'spawn trivy ENOENT', exitCode: null }))).toBe(false)
    expect(isRetryable(failed('429', { exitCode: 0 }))).toBe(false)
  })
})

describe('cache keys', () => {
  const prefix = cacheKeyPrefix('trivy', 'linux')

  test('restore prefers today, then any DB of that scanner and OS', () => {
    expect(restoreKeys(prefix, new Date('2026-12-01T23:59:00Z'))).toEqual({
      primaryKey: 'imagegate-trivy-db-linux-20261201',
      restoreKeys: ['imagegate-trivy-db-linux-']
    })
  })

  test('a newer or different DB gets a different key; the same DB the same key', () => {
    const base = { builtAt: '2026-12-01T06:00:00Z', fingerprint: 'db=2026-12-01T06:00:00Z;java-db=a' }
    const newer = { builtAt: '2026-12-01T12:00:00Z', fingerprint: 'db=2026-12-01T12:00:00Z;java-db=a' }
    const javaOnly = { ...base, fingerprint: 'db=2026-12-01T06:00:00Z;java-db=b' }
    expect(saveKey(prefix, base)).toBe(saveKey(prefix, { ...base }))
    expect(saveKey(prefix, base)).toMatch(/^imagegate-trivy-db-linux-20261201060000-[0-9a-f]{12}$/)
    expect(saveKey(prefix, newer) > saveKey(prefix, base)).toBe(true)
    expect(saveKey(prefix, javaOnly)).not.toBe(saveKey(prefix, base))
  })
})
