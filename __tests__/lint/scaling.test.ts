// Synthetic hostile Dockerfiles from issue 10: each is linted within a time bound far below what it took
// before (minutes, or a crash out of memory), with the findings it should have. With the default budgets
// the file stops at the budget finding (IG211); with them lifted, the analysis itself must stay linear.
// Bounds are on CPU time, not wall time, so that a busy CI runner does not fail them.
import { DOCKERFILE_BUDGET } from '../../src/dockerfile/budget.js'
import { lintDockerfileText, type LintOptions } from '../../src/checks/lint/lint-file.js'

const OPTIONS: LintOptions = { rules: {}, trustedRegistries: [] }
const UNLIMITED: LintOptions = {
  ...OPTIONS,
  budget: { bytes: Infinity, lines: Infinity, instructions: Infinity, stages: Infinity, runLength: Infinity }
}

const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `${line(i)}\n`).join('')

const SHAPES = {
  stageChain: (n: number) => 'FROM alpine:3.20 AS s0\n' + lines(n - 1, i => `FROM s${i} AS s${i + 1}`),
  copyFromPairs: (n: number) =>
    'FROM alpine:3.20 AS s0\n' + lines(n - 1, i => `FROM alpine:3.20 AS s${i + 1}\nCOPY --from=s${i} /a /b`),
  sudoRun: (n: number) => `FROM alpine:3.20\nRUN ${'sudo '.repeat(n)}true\n`,
  chainedEnv: (n: number) =>
    `FROM alpine:3.20\nENV A0=x${Array.from({ length: n - 1 }, (_, i) => ` A${i + 1}=$A${i}`).join('')}\n`,
  runLines: (n: number) => 'FROM alpine:3.20\n' + lines(n, () => 'RUN x'),
  ignorePragmas: (n: number) => 'FROM alpine:3.20\n' + lines(n, () => '# hadolint ignore=DL3059') + 'RUN x\n',
  argDoubling: (n: number) => 'ARG A=x\n' + lines(n, () => 'ARG A=${A}${A}') + 'FROM alpine:${A}\n'
}

/** Lints `text`, measuring the CPU time it takes. */
async function timedLint(text: string, options: LintOptions) {
  const started = process.cpuUsage()
  const result = await lintDockerfileText(text, 'Dockerfile', options)
  const { user, system } = process.cpuUsage(started)
  return { result, cpuMs: (user + system) / 1000 }
}

/** Lints `text`; fails the test when that takes more than `maxCpuMs` of CPU time. */
async function lintWithin(maxCpuMs: number, text: string, options = OPTIONS) {
  const { result, cpuMs } = await timedLint(text, options)
  expect(cpuMs).toBeLessThan(maxCpuMs)
  return result
}

/**
 * Lints `shape(n)` and `shape(4 * n)` with the budgets lifted. Linear work takes at most 4 times as long on
 * 4 times the input (less, with fixed costs), quadratic work 16 times: the bound of 8 is between, whatever
 * the speed of the machine. Returns the result of the larger.
 */
async function expectLinear(shape: (n: number) => string, n: number, maxCpuMs: number) {
  const small = await timedLint(shape(n), UNLIMITED)
  const large = await timedLint(shape(4 * n), UNLIMITED)
  expect(large.cpuMs).toBeLessThan(maxCpuMs)
  expect(large.cpuMs / small.cpuMs).toBeLessThan(8)
  return large.result
}

/** Rule id → number of findings. */
function counts(findings: Array<{ rule: string }>): Record<string, number> {
  const byRule: Record<string, number> = {}
  for (const { rule } of findings) byRule[rule] = (byRule[rule] ?? 0) + 1
  return byRule
}

beforeAll(async () => {
  // Loads the Dockerfile and shell parsers once, outside every time bound.
  await lintDockerfileText('FROM alpine:3.20\nRUN true\n', 'Dockerfile', OPTIONS)
})

describe('over a budget: one located IG211, nothing else analysed', () => {
  it('a chain of 20,000 FROM sN-1 AS sN stages stops at the 1,001st FROM', async () => {
    const result = await lintWithin(3_000, SHAPES.stageChain(20_000))
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'IG211',
        severity: 'high',
        location: { file: 'Dockerfile', line: 1_001, column: 1 },
        message: expect.stringMatching(/^Dockerfile has more than 1,000 stages \(FROM instructions\)/)
      })
    ])
  })

  it('1,001 FROM / COPY --from pairs stop at the 1,001st FROM', async () => {
    const result = await lintWithin(3_000, SHAPES.copyFromPairs(1_001))
    expect(result.findings.map(f => [f.rule, f.location?.line])).toEqual([['IG211', 2_000]])
  })

  it('a RUN repeating sudo 14,000 times is over the 64 KiB per RUN', async () => {
    const result = await lintWithin(3_000, SHAPES.sudoRun(14_000))
    expect(result.findings.map(f => [f.rule, f.location?.line, f.location?.column])).toEqual([
      ['IG211', 2, 1]
    ])
    expect(result.findings[0].message).toMatch(/has a RUN of 69 KiB, over imagegate's budget of 64 KiB/)
  })

  it('10,001 RUN lines stop at the 10,001st instruction', async () => {
    const result = await lintWithin(3_000, SHAPES.runLines(10_000))
    expect(result.findings.map(f => [f.rule, f.location?.line])).toEqual([['IG211', 10_001]])
    expect(result.findings[0].message).toMatch(/more than 10,000 instructions/)
  })

  it('60,000 comment lines stop at line 50,001, before parsing', async () => {
    const result = await lintWithin(3_000, `FROM alpine:3.20\n${'# note\n'.repeat(60_000)}`)
    expect(result.findings.map(f => [f.rule, f.location?.line])).toEqual([['IG211', 50_001]])
    expect(result.findings[0].message).toMatch(/more than 50,000 lines/)
  })

  it('a file just inside every budget is linted as usual', async () => {
    const { instructions, stages, runLength } = DOCKERFILE_BUDGET
    const run = `RUN ${'a'.repeat(runLength - 'RUN '.length)}\n`
    const text = SHAPES.stageChain(stages) + lines(instructions - stages - 1, () => 'EXPOSE 80') + run
    const result = await lintWithin(10_000, text)
    expect(counts(result.findings)).toEqual({ IG204: 1 })
  })

  it('IG211 turned off leaves a note, and the file is still not analysed', async () => {
    const result = await lintDockerfileText(SHAPES.stageChain(1_001), 'Dockerfile', {
      ...OPTIONS,
      rules: { IG211: 'off' }
    })
    expect(result.findings).toEqual([])
    expect(result.notes).toEqual([expect.stringMatching(/^Dockerfile has more than 1,000 stages/)])
  })
})

describe('ARG expansion is capped', () => {
  it('30 lines of ARG A=${A}${A}: IG212 on the ARG where A went over 65,536 characters', async () => {
    const result = await lintWithin(1_000, SHAPES.argDoubling(30))
    expect(result.findings.filter(f => f.rule === 'IG212')).toEqual([
      expect.objectContaining({
        severity: 'medium',
        // A doubles from 1 character: 2^17 on the 17th ARG A=${A}${A}, line 18, is the first over 2^16.
        location: { file: 'Dockerfile', line: 18, column: 5 },
        message: "ARG A expands to more than 65,536 characters, imagegate's limit; its value is not resolved"
      })
    ])
  })

  it('1,000 doubling lines cost next to nothing more than 30', async () => {
    const result = await lintWithin(3_000, SHAPES.argDoubling(1_000))
    expect(counts(result.findings)).toEqual({ IG212: 1, IG204: 1 })
  })
})

describe('past the budgets the analysis stays linear', () => {
  it('a chain of FROM sN-1 AS sN stages', async () => {
    const result = await expectLinear(SHAPES.stageChain, 1_250, 10_000)
    expect(counts(result.findings)).toEqual({ IG204: 1 })
    expect(result.notes).toEqual([])
  })

  it('FROM / COPY --from pairs: every --from names an earlier stage', async () => {
    const result = await expectLinear(SHAPES.copyFromPairs, 625, 10_000)
    expect(counts(result.findings)).toEqual({ IG204: 1 })
    expect(result.notes).toEqual([])
  })

  it('one RUN repeating sudo: DL3004 once, no rule overflows the stack', async () => {
    const result = await expectLinear(SHAPES.sudoRun, 12_500, 10_000)
    expect(counts(result.findings)).toEqual({ DL3004: 1, IG204: 1 })
    expect(result.notes).toEqual([])
  })

  it('an ENV of chained assignments: DL3044 once', async () => {
    const result = await expectLinear(SHAPES.chainedEnv, 15_000, 10_000)
    expect(counts(result.findings)).toEqual({ DL3044: 1, IG204: 1 })
  })

  it('ignore pragmas on every line before one RUN', async () => {
    const result = await expectLinear(SHAPES.ignorePragmas, 10_000, 10_000)
    expect(counts(result.findings)).toEqual({ IG204: 1 })
  })

  it('an ENV value of nested ${ before one }', async () => {
    const result = await expectLinear(
      n => `FROM alpine:3.20\nENV A=1 B=${'${'.repeat(n)}A}\n`,
      25_000,
      10_000
    )
    expect(counts(result.findings)).toEqual({ DL3044: 1, IG204: 1 })
  })

  it('RUN x lines: DL3059 on every RUN after the first', async () => {
    const result = await expectLinear(SHAPES.runLines, 1_250, 10_000)
    expect(counts(result.findings)).toEqual({ DL3059: 4_999, IG204: 1 })
  })
})

describe('deep shell syntax within the budgets', () => {
  it('a RUN piping 20,000 commands is parsed (no stack overflow), so its rules run', async () => {
    const result = await lintWithin(5_000, `FROM alpine:3.20\nRUN ${Array(20_000).fill('a').join('|')}\n`)
    expect(counts(result.findings)).toEqual({ DL4006: 1, IG204: 1 })
  })
})
