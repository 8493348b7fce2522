// The runner's open-file limit is nobody's Dockerfile's fault: the lint check fails (a runtime error,
// exit 2) with what to do, instead of an IG200 finding against whichever file hit the limit. Also checks
// that files are opened at most FILES_AT_ONCE at a time.
import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { LINT_DEFAULTS, testPolicy } from '../helpers/policy.js'

const actual = await import('node:fs/promises')
let inFlight = 0
let mostInFlight = 0
let failOn: string | undefined
jest.unstable_mockModule('node:fs/promises', () => ({
  ...actual,
  readFile: async (file: string, ...rest: unknown[]) => {
    inFlight++
    mostInFlight = Math.max(mostInFlight, inFlight)
    try {
      await new Promise(resolve => setTimeout(resolve, 1))
      if (failOn !== undefined && String(file).endsWith(failOn)) {
        throw Object.assign(new Error(`EMFILE: too many open files, open '${file}'`), { code: 'EMFILE' })
      }
      return await (actual.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest)
    } finally {
      inFlight--
    }
  }
}))
const { lintCheck } = await import('../../src/checks/lint/lint-check.js')
const { runChecks } = await import('../../src/checks/run-checks.js')
const { FILES_AT_ONCE } = await import('../../src/util/concurrency.js')

function context(count: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-emfile-'))
  const dockerfiles = Array.from({ length: count }, (_, i) => `${i}.Dockerfile`)
  for (const file of dockerfiles) writeFileSync(path.join(dir, file), 'FROM alpine:3.20\nUSER app\n')
  const policy = testPolicy({
    dockerfile: { failOn: 'error', rules: {}, ...LINT_DEFAULTS, shellcheck: false }
  })
  return { policy, workingDirectory: dir, dockerfiles, images: [] }
}

beforeEach(() => {
  failOn = undefined
  mostInFlight = 0
})

it('reads at most FILES_AT_ONCE Dockerfiles at a time', async () => {
  const output = await lintCheck.run(context(200))
  expect(output.findings.filter(f => f.rule === 'IG200')).toEqual([])
  expect(mostInFlight).toBeGreaterThan(1)
  expect(mostInFlight).toBeLessThanOrEqual(FILES_AT_ONCE)
})

it('turns EMFILE into a check error that says what to do, never an IG200 finding', async () => {
  failOn = '/7.Dockerfile'
  const [run] = await runChecks([lintCheck], context(20))
  expect(run.findings).toEqual([])
  expect(run.outcome).toEqual({
    kind: 'error',
    error: expect.stringMatching(
      /^the system ran out of open files \(EMFILE\) while reading 7\.Dockerfile; raise the limit \(`ulimit -n 4096`\)/
    )
  })
})
