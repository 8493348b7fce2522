import {
  isIgnoreRuleExpired,
  normalizeExpiry,
  splitIgnoreRules
} from '../../../src/scanners/ignore/expiry.js'
import type { IgnoreRule } from '../../../src/scanners/ignore/types.js'

const rule = (expires?: string): IgnoreRule => ({
  source: { file: '.trivyignore', line: 1 },
  format: 'trivyignore',
  kind: 'any',
  id: 'CVE-1',
  includeAliases: false,
  ...(expires ? { expires } : {})
})

describe('normalizeExpiry', () => {
  it('keeps real dates as written', () => {
    expect(normalizeExpiry('2027-01-31')).toEqual({ expires: '2027-01-31' })
  })

  it('turns zoned timestamps into UTC ISO, in the forms Go’s YAML decoder reads', () => {
    expect(normalizeExpiry('2027-01-31T23:30:00-02:00')).toEqual({ expires: '2027-02-01T01:30:00.000Z' })
    expect(normalizeExpiry('2027-01-31 10:00:00.5Z')).toEqual({ expires: '2027-01-31T10:00:00.500Z' })
    expect(normalizeExpiry('2027-01-31t10:00:00z')).toEqual({ expires: '2027-01-31T10:00:00.000Z' })
  })

  it('refuses impossible dates, timestamps without a zone, and other text', () => {
    for (const text of [
      '2027-02-30',
      '2027-1-31',
      '31-01-2027',
      '2027-01-31T10:00:00',
      '2027-02-30T10:00:00Z',
      'soon'
    ])
      expect(normalizeExpiry(text)).toEqual({ error: expect.stringContaining(JSON.stringify(text)) })
  })
})

describe('isIgnoreRuleExpired and splitIgnoreRules', () => {
  it('never expires a rule without a date', () => {
    expect(isIgnoreRuleExpired(rule(), new Date('9999-12-31T00:00:00Z'))).toBe(false)
  })

  it('keeps a date valid through the last millisecond of that UTC day, like policy exceptions', () => {
    expect(isIgnoreRuleExpired(rule('2027-01-31'), new Date('2027-01-31T23:59:59.999Z'))).toBe(false)
    expect(isIgnoreRuleExpired(rule('2027-01-31'), new Date('2027-02-01T00:00:00.000Z'))).toBe(true)
  })

  it('ends a timestamp at its instant', () => {
    expect(isIgnoreRuleExpired(rule('2027-01-31T10:00:00.000Z'), new Date('2027-01-31T10:00:00.000Z'))).toBe(
      false
    )
    expect(isIgnoreRuleExpired(rule('2027-01-31T10:00:00.000Z'), new Date('2027-01-31T10:00:00.001Z'))).toBe(
      true
    )
  })

  it('splits rules into active and expired, keeping their order', () => {
    const rules = [rule('2020-01-01'), rule(), rule('2030-01-01'), rule('2021-06-01')]
    expect(splitIgnoreRules(rules, new Date('2026-01-01T00:00:00Z'))).toEqual({
      active: [rules[1], rules[2]],
      expired: [rules[0], rules[3]]
    })
  })
})

describe('isIgnoreRuleExpired with an expiry no loader would produce', () => {
  it('counts it as expired rather than as never expiring', () => {
    expect(isIgnoreRuleExpired(rule('next tuesday'), new Date('2026-01-01T00:00:00Z'))).toBe(true)
  })
})
