// ShellCheck's findings as the lint check reports them; the runner itself is replaced by a stand-in that
// returns fixed, synthetic ShellCheck results (the real runner has its own tests in __tests__/lint/shell).
import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { LINT_DEFAULTS, testPolicy } from '../helpers/policy.js'
import type { Policy } from '../../src/policy/types.js'
import type {
  ShellcheckInput,
  ShellcheckOptions,
  ShellcheckResult
} from '../../src/checks/lint/shell/shellcheck.js'

let outcome: (inputs: ShellcheckInput[]) => ShellcheckResult[] = () => []
const runShellcheckOnFiles = jest.fn(async (inputs: ShellcheckInput[], options?: ShellcheckOptions) => {
  const scripts = inputs.reduce((sum, input) => sum + input.runs.length, 0)
  if (options?.stats) Object.assign(options.stats, { scripts, distinct: scripts, fromCache: 0 })
  return outcome(inputs)
})
jest.unstable_mockModule('../../src/checks/lint/shell/shellcheck.js', () => ({ runShellcheckOnFiles }))
await import('./helpers.js')
const { lintCheck } = await import('../../src/checks/lint/lint-check.js')

const DOCKERFILE = [
  'FROM alpine:3',
  'USER 10001',
  'RUN echo $HOME',
  '# hadolint ignore=SC2086',
  'RUN ls $DIR',
  ''
].join('\n')

function run(rules: Policy['dockerfile']['rules'] = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-lint-sc-'))
  writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE)
  const policy = testPolicy({ dockerfile: { failOn: 'error', rules, ...LINT_DEFAULTS, shellcheck: true } })
  return lintCheck.run({ policy, workingDirectory: dir, dockerfiles: ['Dockerfile'], images: [] })
}

/** ShellCheck's SC2086 on every RUN it is given. */
function sc2086Everywhere(inputs: ShellcheckInput[]): ShellcheckResult[] {
  return inputs.map(input => ({
    violations: input.runs.map(r => ({
      rule: 'SC2086',
      level: 'info' as const,
      line: r.line,
      column: r.column,
      message: 'Double quote to prevent globbing and word splitting.'
    }))
  }))
}

describe('ShellCheck in the lint check', () => {
  it('hands over every RUN with its stage and reports SC findings at ShellCheck level, pragmas applied', async () => {
    outcome = sc2086Everywhere
    const output = await run()
    const input = runShellcheckOnFiles.mock.calls.at(-1)?.[0][0]
    expect(input?.runs.map(r => r.script)).toEqual(['echo $HOME', 'ls $DIR'])
    expect(input?.stages).toHaveLength(1)
    expect(output.findings.filter(f => f.rule === 'SC2086')).toEqual([
      {
        check: 'lint',
        rule: 'SC2086',
        severity: 'low',
        message: 'Double quote to prevent globbing and word splitting.',
        location: { file: 'Dockerfile', line: 3, column: 1 },
        helpUri: 'https://www.shellcheck.net/wiki/SC2086'
      }
    ])
    expect(output.notes).toContain(
      'ShellCheck checked the RUN instructions of 1 Dockerfile (2 distinct scripts)'
    )
    expect(output.notes).toContain('1 finding ignored by inline pragmas (# hadolint/imagegate ignore=…)')
  })

  it('applies dockerfile.rules levels and off to SC rules', async () => {
    outcome = sc2086Everywhere
    expect((await run({ SC2086: 'error' })).findings.find(f => f.rule === 'SC2086')?.severity).toBe('high')
    expect((await run({ SC2086: 'off' })).findings.some(f => f.rule === 'SC2086')).toBe(false)
  })

  it('says why ShellCheck did not run, and still reports the other rules', async () => {
    outcome = inputs => inputs.map(() => ({ violations: [], skippedReason: 'ShellCheck is not installed' }))
    const output = await run()
    expect(output.notes).toContain('ShellCheck is not installed')
    expect(output.findings.some(f => f.rule === 'DL3059')).toBe(true)
  })
})
