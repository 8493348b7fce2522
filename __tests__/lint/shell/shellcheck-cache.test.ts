// ShellCheck results kept between runs in the Actions cache, with a SYNTHETIC stand-in for @actions/cache
// (an in-memory store of folder copies) and for ShellCheck (helpers/stub-shellcheck.ts).
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runShellcheckOnFiles, type ShellcheckInput } from '../../../src/checks/lint/shell/shellcheck.js'
import { openShellcheckCache } from '../../../src/checks/lint/shell/shellcheck-cache.js'
import { stubShellcheck } from '../../helpers/stub-shellcheck.js'
import { contextOf } from './helpers.js'

/** Entries by key; a restore by prefix returns the newest, as the cache service does. */
function fakeActionsCache(available = true) {
  const store = mkdtempSync(path.join(tmpdir(), 'imagegate-fake-cache-'))
  const saved: string[] = []
  return {
    saved,
    module: async () => ({
      isFeatureAvailable: () => available,
      restoreCache: async (paths: string[], primaryKey: string, restoreKeys?: string[]) => {
        const key = [...saved]
          .reverse()
          .find(k => k === primaryKey || restoreKeys?.some(p => k.startsWith(p)))
        if (key === undefined) return undefined
        cpSync(path.join(store, key), paths[0], { recursive: true })
        return key
      },
      saveCache: async (paths: string[], key: string) => {
        if (saved.includes(key)) return -1
        cpSync(paths[0], path.join(store, key), { recursive: true })
        saved.push(key)
        return saved.length
      }
    })
  }
}

async function inputs(): Promise<ShellcheckInput[]> {
  const context = await contextOf('FROM debian:12\nRUN ls $DIR\nRUN echo ok\nRUN ls $DIR')
  return [{ file: 'Dockerfile', runs: context.runs, stages: context.stages }]
}

/** One run: a fresh folder (a fresh runner), restore, check, save. */
async function run(cache: ReturnType<typeof fakeActionsCache>, binary: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'imagegate-sc-cache-'))
  rmSync(folder, { recursive: true })
  const opened = await openShellcheckCache({ binary, folder, load: cache.module })
  const stats = { scripts: 0, distinct: 0, fromCache: 0 }
  const [result] = await runShellcheckOnFiles(await inputs(), { binary, cache: opened?.results, stats })
  await opened?.save()
  return { result, stats, folder }
}

describe('the ShellCheck results cache', () => {
  it('saves under ShellCheck’s version, then answers the next run without running ShellCheck', async () => {
    const cache = fakeActionsCache()
    const first = stubShellcheck()
    const one = await run(cache, first.binary)
    expect(one.stats).toEqual({ scripts: 3, distinct: 2, fromCache: 0 })
    expect(first.calls().flat()).toHaveLength(2)
    expect(cache.saved).toEqual([
      expect.stringMatching(new RegExp(`^imagegate-shellcheck-${process.platform}-0\\.9\\.0-[0-9a-f]{16}$`))
    ])

    const second = stubShellcheck()
    const two = await run(cache, second.binary)
    expect(two.stats).toEqual({ scripts: 3, distinct: 2, fromCache: 2 })
    expect(second.calls()).toEqual([])
    expect(two.result.violations).toEqual(one.result.violations)
    expect(two.result.violations.map(v => [v.rule, v.line])).toEqual([
      ['SC2086', 2],
      ['SC2086', 4]
    ])
    // Nothing new: no second entry.
    expect(cache.saved).toHaveLength(1)
  })

  it('ignores a restored file that is not what it wrote, and checks the scripts again', async () => {
    const cache = fakeActionsCache()
    const stub = stubShellcheck()
    const { folder } = await run(cache, stub.binary)
    const file = path.join(folder, readdirSync(folder)[0])
    // The same keys, with comments that are not ShellCheck's.
    const { entries } = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> }
    expect(Object.keys(entries)).toHaveLength(2)
    for (const key of Object.keys(entries)) entries[key] = [{ line: 'x', message: '<script>' }]
    writeFileSync(file, JSON.stringify({ format: 1, entries }))
    // The newest entry for this version now holds the broken file.
    await (await cache.module()).saveCache([folder], `imagegate-shellcheck-${process.platform}-0.9.0-broken`)
    const again = stubShellcheck()
    const two = await run(cache, again.binary)
    expect(two.stats.fromCache).toBe(0)
    expect(again.calls().flat()).toHaveLength(2)
  })

  it('is not used without the cache service, and does not cache scripts ShellCheck gave up on', async () => {
    const stub = stubShellcheck()
    expect(
      await openShellcheckCache({ binary: stub.binary, load: fakeActionsCache(false).module })
    ).toBeUndefined()
    const cache = fakeActionsCache()
    const folder = mkdtempSync(path.join(tmpdir(), 'imagegate-sc-cache-'))
    const opened = await openShellcheckCache({ binary: stub.binary, folder, load: cache.module })
    const context = await contextOf('FROM debian:12\nRUN echo CRASH_ME')
    await runShellcheckOnFiles([{ file: 'D', runs: context.runs }], {
      binary: stub.binary,
      cache: opened?.results
    })
    await opened?.save()
    expect(cache.saved).toEqual([])
  })
})
