// One slow or crashing script costs only its own result: the others keep theirs, each distinct script
// is checked once, and the scripts given up on are named. ShellCheck is a SYNTHETIC stand-in here
// (helpers/stub-shellcheck.ts), plus one test with the real one on a script that keeps it busy.
import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { runShellcheckOnFiles, type ShellcheckInput } from '../../../src/checks/lint/shell/shellcheck.js'
import { stubShellcheck } from '../../helpers/stub-shellcheck.js'
import { contextOf } from './helpers.js'

async function input(file: string, dockerfile: string): Promise<ShellcheckInput> {
  const context = await contextOf(dockerfile)
  return { file, runs: context.runs, stages: context.stages }
}

describe('ShellCheck isolation', () => {
  it('a script that hangs loses only its own result, and is named with its RUN line', async () => {
    const stub = stubShellcheck()
    const inputs = [
      await input('hostile/Dockerfile', 'FROM debian:12\nRUN echo ok\nRUN echo HANG_ME'),
      await input('Dockerfile', 'FROM debian:12\nRUN echo one\nRUN ls $DIR')
    ]
    const started = Date.now()
    const [hostile, normal] = await runShellcheckOnFiles(inputs, { binary: stub.binary, timeoutMs: 800 })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(hostile.failures).toEqual([
      { line: 3, column: 1, reason: 'ShellCheck did not finish within 0.8 s' }
    ])
    expect(hostile.violations).toEqual([])
    expect(normal.failures).toBeUndefined()
    expect(normal.violations.map(v => [v.rule, v.line])).toEqual([['SC2086', 3]])
    // One batch of all four scripts, then each of them on its own to find the one that hangs.
    const calls = stub.calls()
    expect(calls[0]).toHaveLength(4)
    expect(calls.slice(1).map(c => c.length)).toEqual([1, 1, 1, 1])
  })

  it('stops starting ShellCheck once its time for the run is spent, and names what it left unchecked', async () => {
    const stub = stubShellcheck()
    const runs = ['HANG_ME 1', 'HANG_ME 2', 'HANG_ME 3', 'HANG_ME 4']
      .map(text => `RUN echo ${text}`)
      .join('\n')
    const started = Date.now()
    const [result] = await runShellcheckOnFiles([await input('Dockerfile', `FROM debian:12\n${runs}`)], {
      binary: stub.binary,
      timeoutMs: 600,
      concurrency: 1,
      budgetMs: 1500
    })
    expect(Date.now() - started).toBeLessThan(8000)
    const reasons = (result.failures ?? []).map(f => f.reason)
    expect(reasons).toHaveLength(4)
    expect(reasons).toContain(
      'not checked: ShellCheck used up its 1.5 s for this run on scripts it could not finish'
    )
    expect(reasons[1]).toMatch(/^ShellCheck did not finish within/)
  })

  it('a script that crashes ShellCheck is named with what ShellCheck said', async () => {
    const stub = stubShellcheck()
    const inputs = [
      await input('a/Dockerfile', 'FROM debian:12\nRUN ls $DIR'),
      await input('b/Dockerfile', 'FROM debian:12\nRUN echo CRASH_ME')
    ]
    const [a, b] = await runShellcheckOnFiles(inputs, { binary: stub.binary })
    expect(a.violations.map(v => v.rule)).toEqual(['SC2086'])
    expect(b.failures).toEqual([
      { line: 2, column: 1, reason: 'ShellCheck exited with 3: shellcheck: internal error, stack overflow' }
    ])
  })

  it('checks each distinct script once, however many RUNs and files share it', async () => {
    const stub = stubShellcheck()
    const dockerfile = 'FROM debian:12\nRUN ls $DIR\nRUN ls $DIR\nRUN echo other'
    const inputs = await Promise.all(['a', 'b', 'c'].map(name => input(name, dockerfile)))
    const stats = { scripts: 0, distinct: 0, fromCache: 0 }
    const results = await runShellcheckOnFiles(inputs, { binary: stub.binary, stats })
    expect(stub.calls().flat()).toHaveLength(2)
    expect(stats).toEqual({ scripts: 9, distinct: 2, fromCache: 0 })
    for (const result of results) expect(result.violations.map(v => v.line)).toEqual([2, 3])
  })

  it('the same text under another shell is another script', async () => {
    const stub = stubShellcheck()
    const inputs = [
      await input('sh', 'FROM debian:12\nRUN ls $DIR'),
      await input('bash', 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN ls $DIR')
    ]
    await runShellcheckOnFiles(inputs, { binary: stub.binary })
    expect(stub.calls().flat()).toHaveLength(2)
  })

  it('spreads many scripts over bounded batches', async () => {
    const stub = stubShellcheck()
    const runs = Array.from({ length: 120 }, (_, i) => `RUN echo ${i}`).join('\n')
    await runShellcheckOnFiles([await input('many', `FROM debian:12\n${runs}`)], { binary: stub.binary })
    const sizes = stub.calls().map(c => c.length)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(120)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50)
  })

  // ShellCheck 0.9/0.10 backtracks exponentially on unclosed `$(`: 16 of them take ~20 s, 30 forever.
  const haveShellcheck = existsSync('/usr/bin/shellcheck') || process.env.SHELLCHECK_TESTS === '1'
  ;(haveShellcheck ? it : it.skip)(
    'the real ShellCheck on a script built to keep it busy: stopped, named, others still checked',
    async () => {
      const hostile = `FROM debian:12\nRUN echo ok\nRUN echo ${'$(a '.repeat(30)}`
      const inputs = [
        await input('Dockerfile.hostile', hostile),
        await input('Dockerfile', 'FROM debian:12\nRUN for f in $(ls *.txt); do echo "$f"; done')
      ]
      const [bad, good] = await runShellcheckOnFiles(inputs, { timeoutMs: 1500 })
      expect(bad.failures).toEqual([{ line: 3, column: 1, reason: 'ShellCheck did not finish within 1.5 s' }])
      expect(good.violations.map(v => [v.rule, v.level])).toContainEqual(['SC2045', 'error'])
    }
  )
})
