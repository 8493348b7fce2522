import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureScanner, type ReleasesTable } from '../../../src/scanners/install/index.js'
import {
  buildRelease,
  recordingLogger,
  startReleaseServer,
  writeStubScanner,
  type ReleaseServer,
  type SyntheticRelease
} from './release-server.js'

const TRIVY_ARCHIVE = 'trivy_0.72.0_Linux-64bit.tar.gz'
const GRYPE_ARCHIVE = 'grype_0.117.0_linux_amd64.tar.gz'
const linux = { platform: 'linux' as const, arch: 'x64', pathLookup: false }

let work: string
let trivyRelease: SyntheticRelease
let grypeRelease: SyntheticRelease
let server: ReleaseServer | undefined
const savedEnv = { ...process.env }

/** A releases table pinning the synthetic archives, shaped like the committed releases.json. */
function table(trivySha = trivyRelease.sha256): ReleasesTable {
  return {
    scanners: {
      trivy: {
        repository: 'aquasecurity/trivy',
        defaultVersion: '0.72.0',
        tested: { min: '0.56.0', below: '0.73.0' },
        versions: { '0.72.0': { platforms: { 'linux-x64': { archive: TRIVY_ARCHIVE, sha256: trivySha } } } }
      },
      grype: {
        repository: 'anchore/grype',
        defaultVersion: '0.117.0',
        tested: { min: '0.88.0', below: '0.118.0' },
        versions: {
          '0.117.0': { platforms: { 'linux-x64': { archive: GRYPE_ARCHIVE, sha256: grypeRelease.sha256 } } }
        }
      }
    }
  }
}

beforeAll(() => {
  const build = mkdtempSync(path.join(os.tmpdir(), 'imagegate-release-'))
  trivyRelease = buildRelease(build, 'trivy', '0.72.0', TRIVY_ARCHIVE)
  grypeRelease = buildRelease(build, 'grype', '0.117.0', GRYPE_ARCHIVE)
  // tool-cache waits 10-20 s between download attempts; these tests should not.
  Object.assign(globalThis, {
    TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS: 0,
    TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS: 0
  })
})

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'imagegate-install-'))
  process.env.RUNNER_TOOL_CACHE = path.join(work, 'tool-cache')
  process.env.RUNNER_TEMP = path.join(work, 'runner-temp')
})

afterEach(async () => {
  await server?.close()
  server = undefined
  process.env = { ...savedEnv }
  rmSync(work, { recursive: true, force: true })
})

async function serve(routes: Parameters<typeof startReleaseServer>[0]): Promise<ReleaseServer> {
  server = await startReleaseServer(routes)
  return server
}

describe('download from a mirror', () => {
  test('installs a verified archive, runs it, and reuses the tool cache next time', async () => {
    const mirror = await serve({
      [`/v0.72.0/${TRIVY_ARCHIVE}`]: { responses: [{ status: 200, body: trivyRelease.archive }] }
    })
    const logger = recordingLogger()

    const first = await ensureScanner('trivy', {
      ...linux,
      mirror: `${mirror.url}/`,
      logger,
      releases: table()
    })
    expect(first).toMatchObject({ name: 'trivy', version: '0.72.0', source: 'download', warnings: [] })
    expect(first.path).toBe(path.join(work, 'tool-cache', 'imagegate-trivy', '0.72.0', 'x64', 'trivy'))
    expect(logger.infos.join('\n')).toContain('SHA-256 verified')

    const second = await ensureScanner('trivy', { ...linux, mirror: mirror.url, logger, releases: table() })
    expect(second).toMatchObject({ source: 'tool-cache', path: first.path, version: '0.72.0' })
    expect(mirror.requests).toEqual([`/v0.72.0/${TRIVY_ARCHIVE}`])
  })

  test('installs Grype the same way', async () => {
    const mirror = await serve({
      [`/v0.117.0/${GRYPE_ARCHIVE}`]: { responses: [{ status: 200, body: grypeRelease.archive }] }
    })
    const grype = await ensureScanner('grype', {
      ...linux,
      mirror: mirror.url,
      logger: recordingLogger(),
      releases: table()
    })
    expect(grype).toMatchObject({ name: 'grype', version: '0.117.0', source: 'download' })
  })

  test('refuses a tampered archive even when the mirror serves a matching checksums file', async () => {
    const tampered = Buffer.concat([trivyRelease.archive, Buffer.from('appended by an attacker')])
    const tamperedSha = createHash('sha256').update(tampered).digest('hex')
    const mirror = await serve({
      [`/v0.72.0/${TRIVY_ARCHIVE}`]: { responses: [{ status: 200, body: tampered }] },
      // The mirror vouches for its own file; imagegate must not ask it.
      '/v0.72.0/trivy_0.72.0_checksums.txt': {
        responses: [{ status: 200, body: Buffer.from(`${tamperedSha}  ${TRIVY_ARCHIVE}\n`) }]
      }
    })

    const attempt = ensureScanner('trivy', {
      ...linux,
      mirror: mirror.url,
      logger: recordingLogger(),
      releases: table()
    })
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `SHA-256 of ${mirror.url}/v0.72.0/${TRIVY_ARCHIVE} is ${tamperedSha}, but imagegate pins ${trivyRelease.sha256}`
      )
    )
    expect(mirror.requests).toEqual([`/v0.72.0/${TRIVY_ARCHIVE}`])
    expect(existsSync(path.join(work, 'tool-cache', 'imagegate-trivy'))).toBe(false)
  })

  test('a 404 says which address was missing and how to fix it', async () => {
    const mirror = await serve({})
    await expect(
      ensureScanner('trivy', { ...linux, mirror: mirror.url, logger: recordingLogger(), releases: table() })
    ).rejects.toThrow(
      /downloading trivy 0\.72\.0 from http:\/\/127\.0\.0\.1:\d+\/v0\.72\.0\/trivy_0\.72\.0_Linux-64bit\.tar\.gz failed: HTTP 404.*scanner-mirror.*PATH/
    )
    expect(mirror.requests).toHaveLength(1)
  })

  test('a server error is retried by tool-cache and then succeeds', async () => {
    const mirror = await serve({
      [`/v0.72.0/${TRIVY_ARCHIVE}`]: {
        responses: [{ status: 500 }, { status: 200, body: trivyRelease.archive }]
      }
    })
    const trivy = await ensureScanner('trivy', {
      ...linux,
      mirror: mirror.url,
      logger: recordingLogger(),
      releases: table()
    })
    expect(trivy.source).toBe('download')
    expect(mirror.requests).toHaveLength(2)
  })

  test('an archive without the executable is refused', async () => {
    const empty = buildRelease(work, 'trivy', '0.72.0', 'empty.tar.gz', { withBinary: false })
    const mirror = await serve({
      [`/v0.72.0/${TRIVY_ARCHIVE}`]: { responses: [{ status: 200, body: empty.archive }] }
    })
    await expect(
      ensureScanner('trivy', {
        ...linux,
        mirror: mirror.url,
        logger: recordingLogger(),
        releases: table(empty.sha256)
      })
    ).rejects.toThrow("has no 'trivy' executable at its top level")
  })
})

describe('fail closed without a pinned checksum', () => {
  test('a version override that is not pinned is refused before any download', async () => {
    const mirror = await serve({})
    const attempt = ensureScanner('trivy', {
      ...linux,
      version: 'v0.99.0',
      mirror: mirror.url,
      logger: recordingLogger(),
      releases: table()
    })
    await expect(attempt).rejects.toThrow(
      'no pinned checksum for trivy 0.99.0 on linux-x64; set trivy-version to a pinned version (0.72.0) or put trivy on PATH'
    )
    expect(mirror.requests).toEqual([])
  })

  test('a platform without a pinned archive is refused', async () => {
    await expect(
      ensureScanner('grype', {
        platform: 'win32',
        arch: 'x64',
        pathLookup: false,
        logger: recordingLogger(),
        releases: table()
      })
    ).rejects.toThrow('no pinned checksum for grype 0.117.0 on win32-x64')
  })
})

describe('a scanner already on PATH', () => {
  function pathWith(directory: string): NodeJS.ProcessEnv {
    return { PATH: ['relative/bin', directory, '/usr/bin'].join(path.delimiter) }
  }

  test('is used, with its version logged', async () => {
    const bin = path.join(work, 'bin')
    const stub = writeStubScanner(bin, 'trivy', '0.70.1')
    const logger = recordingLogger()
    const trivy = await ensureScanner('trivy', { logger, env: pathWith(bin), releases: table() })
    expect(trivy).toEqual({ name: 'trivy', path: stub, version: '0.70.1', source: 'path', warnings: [] })
    expect(logger.infos).toContain(`Using trivy 0.70.1 from PATH (${stub})`)
  })

  test('outside the tested range gives a warning but is still used', async () => {
    const bin = path.join(work, 'bin')
    writeStubScanner(bin, 'grype', '0.74.0')
    const logger = recordingLogger()
    const grype = await ensureScanner('grype', { logger, env: pathWith(bin), releases: table() })
    expect(grype.source).toBe('path')
    expect(grype.warnings).toEqual([
      'the grype version 0.74.0 is not in the range this imagegate release was tested with (>= 0.88.0, < 0.118.0); its report format or flags may differ'
    ])
    expect(logger.warnings).toEqual(grype.warnings)
  })

  test('a source build reporting `dev` is used, with a warning', async () => {
    const bin = path.join(work, 'bin')
    writeStubScanner(bin, 'trivy', 'dev')
    const trivy = await ensureScanner('trivy', {
      logger: recordingLogger(),
      env: pathWith(bin),
      releases: table()
    })
    expect(trivy).toMatchObject({ version: 'dev', source: 'path' })
    expect(trivy.warnings).toHaveLength(1)
  })

  test('that cannot report its version is an error, not a silent fallback', async () => {
    const bin = path.join(work, 'bin')
    writeStubScanner(bin, 'trivy', '0.72.0', 3)
    await expect(
      ensureScanner('trivy', { logger: recordingLogger(), env: pathWith(bin), releases: table() })
    ).rejects.toThrow(
      /the trivy found on PATH \(.*\/bin\/trivy\) does not work: .* exited with code 3: stub trivy is broken/
    )
  })

  test('is skipped when pathLookup is false', async () => {
    const bin = path.join(work, 'bin')
    writeStubScanner(bin, 'trivy', '0.72.0')
    const mirror = await serve({
      [`/v0.72.0/${TRIVY_ARCHIVE}`]: { responses: [{ status: 200, body: trivyRelease.archive }] }
    })
    const trivy = await ensureScanner('trivy', {
      ...linux,
      env: pathWith(bin),
      mirror: mirror.url,
      logger: recordingLogger(),
      releases: table()
    })
    expect(trivy.source).toBe('download')
  })
})

describe('outside GitHub Actions (the CLI on a laptop)', () => {
  test('installs under the user cache and keeps workflow commands off stdout', async () => {
    delete process.env.RUNNER_TOOL_CACHE
    delete process.env.RUNNER_TEMP
    delete process.env.GITHUB_ACTIONS
    process.env.XDG_CACHE_HOME = path.join(work, 'xdg')
    process.env.RUNNER_DEBUG = '1'
    const mirror = await serve({
      [`/v0.72.0/${TRIVY_ARCHIVE}`]: { responses: [{ status: 200, body: trivyRelease.archive }] }
    })

    const stdout: string[] = []
    const realWrite = process.stdout.write
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout.push(String(chunk))
      return true
    }) as typeof process.stdout.write
    let trivy
    try {
      trivy = await ensureScanner('trivy', {
        ...linux,
        mirror: mirror.url,
        logger: recordingLogger(),
        releases: table()
      })
    } finally {
      process.stdout.write = realWrite
    }

    expect(trivy.path).toBe(
      path.join(work, 'xdg', 'imagegate', 'tools', 'imagegate-trivy', '0.72.0', 'x64', 'trivy')
    )
    expect(stdout.join('')).not.toContain('::')
    expect(process.env.RUNNER_TOOL_CACHE).toBeUndefined()
    expect(process.env.RUNNER_TEMP).toBeUndefined()
  })
})
