// The gate with a hostile RUN beside a Dockerfile with a blocking SC finding (issue #10, item 1): the run
// fails, the reports name the script ShellCheck gave up on, and the other file's finding is kept.
// Synthetic Dockerfiles; the hostile one is built to keep ShellCheck 0.9/0.10 busy (unclosed `$(`).
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { createLintCheck } from '../../src/checks/lint/lint-check.js'
import { runGate } from '../../src/gate.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { renderSummaryMarkdown } from '../../src/report/markdown.js'
import { exitCodeFor } from '../../src/verdict/exit-code.js'
import { LINT_DEFAULTS, loaded, testPolicy } from '../helpers/policy.js'
import { stubShellcheck } from '../helpers/stub-shellcheck.js'

// ~800 characters of `$(`, `${X:-`, `<(` and backticks, none closed.
const HOSTILE_RUN = `RUN echo ${['$(a ', '${X:-b ', '<(c ', '`d '].join('').repeat(40)}`
const BLOCKING = 'FROM debian:12\nUSER 10001\nRUN for f in $(ls *.txt); do echo "$f"; done\n'

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'imagegate-sc-gate-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text)
  return root
}

async function gate(files: Record<string, string>, shellcheckRequired: boolean, binary?: string) {
  const policy = testPolicy({
    dockerfile: { failOn: 'error', rules: {}, ...LINT_DEFAULTS, shellcheckRequired }
  })
  return runGate({
    policy: loaded(policy),
    workingDirectory: workspace(files),
    dockerfilePatterns: Object.keys(files),
    images: [],
    checks: [createLintCheck({ shellcheck: { binary, timeoutMs: 1500 } })]
  })
}

const haveShellcheck = existsSync('/usr/bin/shellcheck') || process.env.SHELLCHECK_TESTS === '1'

describe('a RUN ShellCheck gives up on', () => {
  ;(haveShellcheck ? it : it.skip)(
    'fails the run closed, names file and line, and keeps the other file’s SC finding',
    async () => {
      const result = await gate(
        { 'Dockerfile.hostile': `FROM debian:12\nUSER 10001\n${HOSTILE_RUN}\n`, Dockerfile: BLOCKING },
        true
      )
      expect(result.verdict).toBe('fail')
      expect(exitCodeFor(result)).toBe(2)
      const lint = result.checks.find(c => c.id === 'lint')
      expect(lint?.status).toBe('error')
      expect(lint?.detail).toMatch(
        /^ShellCheck gave up on 1 RUN script: Dockerfile\.hostile:3 \(ShellCheck did not finish within 1\.5 s\)/
      )
      expect(lint?.detail).toContain('Split such a RUN')
      expect(result.reasons[0]).toContain('Dockerfile.hostile:3')
      const sc2045 = result.findings.find(f => f.rule === 'SC2045')
      expect(sc2045).toMatchObject({ blocking: true, location: { file: 'Dockerfile', line: 3 } })
      const json = buildJsonReport(result)
      expect(json.checks.find(c => c.id === 'lint')?.detail).toContain('Dockerfile.hostile:3')
      expect(renderSummaryMarkdown(result)).toContain('Dockerfile.hostile:3')
    },
    30_000
  )

  it('with dockerfile.shellcheckRequired: false, is a visible warning in the verdict and reports', async () => {
    const stub = stubShellcheck()
    const result = await gate(
      {
        'Dockerfile.hostile': 'FROM debian:12\nUSER 10001\nRUN echo HANG_ME\n',
        Dockerfile: 'FROM debian:12\nUSER 10001\nRUN ls $DIR\n'
      },
      false,
      stub.binary
    )
    expect(result.verdict).toBe('warn')
    expect(exitCodeFor(result)).toBe(0)
    const lint = result.checks.find(c => c.id === 'lint')
    expect(lint).toMatchObject({ status: 'passed' })
    expect(lint?.detail).toContain('Dockerfile.hostile:3')
    expect(result.reasons).toContainEqual(
      expect.stringMatching(/^Dockerfile lint: ShellCheck gave up on 1 RUN script: Dockerfile\.hostile:3/)
    )
    expect(result.findings.map(f => [f.rule, f.location?.file])).toContainEqual(['SC2086', 'Dockerfile'])
    expect(renderSummaryMarkdown(result)).toContain('Dockerfile.hostile:3')
    expect(buildJsonReport(result).reasons.join('\n')).toContain('Dockerfile.hostile:3')
  })

  it('a crash fails closed as a time-out does', async () => {
    const stub = stubShellcheck()
    const result = await gate(
      { Dockerfile: 'FROM debian:12\nUSER 10001\nRUN echo CRASH_ME\n' },
      true,
      stub.binary
    )
    expect(result.verdict).toBe('fail')
    expect(result.checks[0].detail).toContain(
      'Dockerfile:3 (ShellCheck exited with 3: shellcheck: internal error'
    )
  })
})
