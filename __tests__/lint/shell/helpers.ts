import { describe, expect, it } from '@jest/globals'
import { buildLintContext } from '../../../src/checks/lint/context.js'
import type { LintContext, LintRule, LintViolation } from '../../../src/checks/lint/types.js'
import { parseDockerfile } from '../../../src/dockerfile/parse.js'

/** The linter's own context builder on Dockerfile text, so rules see exactly what they see in a run. */
export async function contextOf(dockerfile: string): Promise<LintContext> {
  const parsed = await parseDockerfile(dockerfile)
  if (parsed.ast === undefined)
    throw new Error(`test Dockerfile does not parse: ${parsed.problems[0]?.message}`)
  return buildLintContext({
    file: 'Dockerfile',
    ast: parsed.ast,
    lines: dockerfile.split('\n'),
    trustedRegistries: []
  })
}

export async function violationsOf(rule: LintRule, dockerfile: string): Promise<LintViolation[]> {
  return rule.check(await contextOf(dockerfile))
}

/** The same file with every `RUN` as an `ONBUILD RUN` trigger, as hadolint's `onBuildRuleCatches`. */
export function asOnbuild(dockerfile: string): string {
  return dockerfile.replace(/^RUN /gm, 'ONBUILD RUN ')
}

export interface RuleCase {
  /** What the case shows, in the words of hadolint's spec where it comes from there. */
  name: string
  dockerfile: string
  /** How many violations the rule reports: 0 for a negative case. */
  fires: number
  /** Also run the case with `ONBUILD RUN` (default true): RUN rules apply to triggers too. */
  onbuild?: boolean
}

/** One `it` per case (and per ONBUILD variant), asserting the number of violations and their line. */
export function ruleCases(rule: LintRule, cases: RuleCase[]): void {
  describe(`${rule.id} (${rule.level})`, () => {
    it('has a title and a description', () => {
      expect(rule.title.length).toBeGreaterThan(10)
      expect(rule.description.length).toBeGreaterThan(40)
    })
    it('has positive and negative cases', () => {
      expect(cases.some(c => c.fires > 0)).toBe(true)
      expect(cases.some(c => c.fires === 0)).toBe(true)
    })
    for (const testCase of cases) {
      const variants = testCase.onbuild === false ? [false] : [false, true]
      for (const onbuild of variants) {
        const label = `${testCase.fires > 0 ? 'reports' : 'accepts'}: ${testCase.name}${onbuild ? ' (ONBUILD)' : ''}`
        it(label, async () => {
          const text = onbuild ? asOnbuild(testCase.dockerfile) : testCase.dockerfile
          const violations = await violationsOf(rule, text)
          expect(violations).toHaveLength(testCase.fires)
          for (const violation of violations) {
            expect(text.split('\n')[violation.line - 1]).toMatch(/^(ONBUILD )?RUN\b/)
            expect(violation.message).not.toBe('')
          }
        })
      }
    }
  })
}
