import { afterAll, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { defaultDbCacheDir, toolCacheRoot, userCacheDir } from '../../../src/scanners/install/dirs.js'
import { findOnPath } from '../../../src/scanners/install/path-lookup.js'
import { compareVersions, inTestedRange, parseVersion } from '../../../src/scanners/install/semver.js'
import { parseVersionOutput } from '../../../src/scanners/install/version-probe.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'imagegate-helpers-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('semver', () => {
  test.each([
    ['0.72.0', '0.72.0', 0],
    ['0.72.1', '0.72.0', 1],
    ['0.9.0', '0.10.0', -1],
    ['v1.0.0', '0.999.999', 1],
    ['0.72.0-rc1', '0.72.0', 0]
  ])('compare %s with %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })

  test('tested range is min inclusive, below exclusive', () => {
    const range = { min: '0.56.0', below: '0.73.0' }
    expect(inTestedRange('0.56.0', range)).toBe(true)
    expect(inTestedRange('0.72.9', range)).toBe(true)
    expect(inTestedRange('0.73.0', range)).toBe(false)
    expect(inTestedRange('0.55.9', range)).toBe(false)
    expect(inTestedRange('dev', range)).toBe(false)
  })

  test('unparseable versions are rejected', () => {
    expect(parseVersion('dev')).toBeUndefined()
    expect(() => compareVersions('dev', '1.0.0')).toThrow("cannot compare versions 'dev' and '1.0.0'")
  })
})

describe('version output', () => {
  test.each([
    ['{"Version":"0.72.0","VulnerabilityDB":{"Version":2}}', '0.72.0'],
    ['{"application":"grype","version":"0.117.0","supportedDbSchema":6}', '0.117.0'],
    ['{"version":"v0.117.0"}', '0.117.0'],
    ['Version: 0.50.1\nVulnerability DB:\n  Version: 2', '0.50.1'],
    ['Application:  grype\nVersion:      0.74.0\n', '0.74.0'],
    ['{"Version":"dev"}', 'dev'],
    ['{"Version":""}', undefined],
    ['', undefined]
  ])('%j → %s', (stdout, expected) => {
    expect(parseVersionOutput(stdout)).toBe(expected)
  })
})

describe('PATH lookup', () => {
  const first = path.join(work, 'first')
  const second = path.join(work, 'second')
  mkdirSync(first, { recursive: true })
  mkdirSync(second, { recursive: true })
  // Not executable: a shell would skip it, so must we.
  writeFileSync(path.join(first, 'trivy'), 'not a program')
  writeFileSync(path.join(second, 'trivy'), '#!/bin/sh\n')
  chmodSync(path.join(second, 'trivy'), 0o755)
  mkdirSync(path.join(first, 'grype'))

  test('takes the first executable file in PATH order', () => {
    expect(findOnPath('trivy', { PATH: `${first}:${second}` }, 'linux')).toBe(path.join(second, 'trivy'))
  })

  test('ignores directories, relative and empty entries', () => {
    writeFileSync(path.join(work, 'grype'), '#!/bin/sh\n')
    chmodSync(path.join(work, 'grype'), 0o755)
    const relative = path.relative(process.cwd(), work)
    expect(findOnPath('grype', { PATH: `${first}::${relative}` }, 'linux')).toBeUndefined()
  })

  test('tries PATHEXT extensions on Windows', () => {
    writeFileSync(path.join(second, 'grype.EXE'), '')
    expect(findOnPath('grype', { Path: second, PATHEXT: '.COM;.EXE' }, 'win32')).toBe(
      path.join(second, 'grype.EXE')
    )
  })
})

describe('cache directories', () => {
  test('runner tool cache when there is one, the user cache otherwise', () => {
    expect(toolCacheRoot({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' })).toBe('/opt/hostedtoolcache')
    expect(toolCacheRoot({ XDG_CACHE_HOME: '/x' })).toBe(path.join('/x', 'imagegate', 'tools'))
    expect(defaultDbCacheDir({ XDG_CACHE_HOME: '/x' })).toBe(path.join('/x', 'imagegate', 'db'))
  })

  test('per-platform user cache', () => {
    expect(userCacheDir({}, 'linux', '/home/u')).toBe('/home/u/.cache/imagegate')
    expect(userCacheDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/imagegate')
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U')).toBe(path.join('C:\\L', 'imagegate'))
  })
})
