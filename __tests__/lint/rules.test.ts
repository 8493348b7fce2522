import { firedRules, lint, linter } from './helpers.js'
import { DOCKERFILE_CASES } from './cases/dockerfile-cases.js'
import type { RuleCase } from './cases/rule-case.js'
import { IMAGEGATE_CASES } from './cases/imagegate-cases.js'
import { AGREEMENT_CASES } from './cases/agreement-cases.js'

const { LINT_RULES } = await import('../../src/checks/lint/rules/index.js')
const CASES: RuleCase[] = [...DOCKERFILE_CASES, ...IMAGEGATE_CASES, ...AGREEMENT_CASES]

describe.each(CASES.map(c => [`${c.rule} ${c.fires ? 'fires' : 'stays silent'}: ${c.name}`, c] as const))(
  '%s',
  (_, c) => {
    it('matches', async () => {
      const fired = await firedRules(c.dockerfile, c.options)
      if (c.fires) expect(fired).toContain(c.rule)
      else expect(fired).not.toContain(c.rule)
    })
    if (c.fires && c.line !== undefined) {
      it(`is reported on line ${c.line}`, async () => {
        const { findings } = await lint(c.dockerfile, c.options)
        expect(findings.find(f => f.rule === c.rule)?.location?.line).toBe(c.line)
      })
    }
  }
)

describe('the rule set', () => {
  it.each(LINT_RULES.map(r => [r.id]))('%s has a positive and a negative case', id => {
    const cases = CASES.filter(c => c.rule === id)
    expect(cases.some(c => c.fires)).toBe(true)
    expect(cases.some(c => !c.fires)).toBe(true)
  })

  it('has unique ids', () => {
    const ids = LINT_RULES.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('uses hadolint ids for DL rules and IG2xx for its own', () => {
    for (const rule of LINT_RULES) expect(rule.id).toMatch(/^(DL[1-4]\d{3}|IG2\d\d)$/)
  })

  it('carries finding metadata: severity from the level, a README anchor, the exact position', async () => {
    const { findings } = await lint(['FROM alpine:3', 'WORKDIR  relative'])
    expect(findings.find(f => f.rule === 'DL3000')).toEqual({
      check: 'lint',
      rule: 'DL3000',
      severity: 'high',
      message: 'Use absolute WORKDIR (got relative)',
      location: { file: 'Dockerfile', line: 2, column: 1, endLine: 2, endColumn: 18 },
      helpUri: 'https://github.com/imagegate/imagegate#dl3000'
    })
  })

  it('points at the token when it can: the image of a FROM', async () => {
    const { findings } = await lint(['FROM --platform=linux/arm64 debian:latest'])
    const at = (rule: string) => findings.find(f => f.rule === rule)?.location
    expect(at('DL3007')).toMatchObject({ line: 1, column: 29 })
    expect(at('DL3029')).toMatchObject({ line: 1, column: 6 })
  })

  it('points at the variable of an ENV, not just the instruction', async () => {
    const { findings } = await lint(['FROM alpine:3', 'ENV MODE=prod DB_PASSWORD=hunter2'])
    expect(findings.find(f => f.rule === 'IG201')?.location).toMatchObject({
      line: 2,
      column: 15,
      endColumn: 26
    })
  })

  it('quotes COPY --from as written and points at the flag', async () => {
    const { findings } = await lint(['FROM alpine:3', 'COPY --from=Build /a /a'])
    expect(findings.find(f => f.rule === 'DL3022')).toMatchObject({
      message: 'COPY --from=Build does not name an earlier stage',
      location: { line: 2, column: 6, endColumn: 18 }
    })
  })

  it.each([
    [['FROM stage1', 'FROM stage2'], 2],
    [['FROM stage1', 'LABEL bar="baz"', 'FROM stage2', 'LABEL buzz="fuzz"'], 2],
    [['FROM baseimage', 'FROM newimage', 'LABEL foo="bar"'], 1],
    [['FROM baseimage as base', 'FROM base', 'LABEL foo="bar"'], 1],
    [['FROM baseimage as base', 'LABEL foo="bar"', 'FROM base'], 0]
  ])(
    'DL3049 reports each stage missing a schema label, as hadolint counts them: %j',
    async (dockerfile, count) => {
      const fired = await firedRules(dockerfile, { labelSchema: { foo: 'text' } })
      expect(fired.filter(rule => rule === 'DL3049')).toHaveLength(count)
    }
  )

  it('applies policy levels and off', async () => {
    const options = { rules: { DL3007: 'error' as const, DL3029: 'off' as const } }
    const { findings } = await lint(['FROM --platform=linux/arm64 debian:latest'], options)
    expect(findings.find(f => f.rule === 'DL3007')?.severity).toBe('high')
    expect(findings.some(f => f.rule === 'DL3029')).toBe(false)
  })

  it('keeps linting when a rule throws, and says so', async () => {
    const broken = {
      ...LINT_RULES[0],
      id: 'DL9999',
      check: () => {
        throw new Error('boom')
      }
    }
    const result = await linter.lintDockerfileText('FROM alpine:3\n', 'Dockerfile', {
      rules: {},
      trustedRegistries: [],
      lintRules: [broken, ...LINT_RULES]
    })
    expect(result.notes).toEqual(['rule DL9999 failed on Dockerfile and was skipped: boom'])
    expect(result.findings.some(f => f.rule === 'IG204')).toBe(true)
  })
})
