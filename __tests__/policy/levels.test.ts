import { atOrAbove, type Severity } from '../../src/model/severity.js'
import { lintLevelToSeverity, thresholdFromLintLevel } from '../../src/policy/levels.js'
import { LINT_LEVELS } from '../../src/policy/types.js'

describe('lint levels on the shared severity scale', () => {
  it('maps hadolint levels to severities', () => {
    expect(LINT_LEVELS.map(lintLevelToSeverity)).toEqual(['high', 'medium', 'low', 'info'])
  })

  it('turns dockerfile.failOn into a threshold, none staying none', () => {
    expect(thresholdFromLintLevel('error')).toBe('high')
    expect(thresholdFromLintLevel('style')).toBe('info')
    expect(thresholdFromLintLevel('none')).toBe('none')
  })

  it('fails on the failOn level and above only', () => {
    const fails = (failOn: 'warning', level: (typeof LINT_LEVELS)[number]) =>
      atOrAbove(lintLevelToSeverity(level), thresholdFromLintLevel(failOn) as Severity)
    expect(LINT_LEVELS.filter(level => fails('warning', level))).toEqual(['error', 'warning'])
  })
})
