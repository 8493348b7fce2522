import { isCalendarDate } from '../../src/policy/date.js'
import { closestMatch, levenshtein } from '../../src/policy/suggest.js'

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3)
    expect(levenshtein('', 'abc')).toBe(3)
    expect(levenshtein('same', 'same')).toBe(0)
  })
})

describe('closestMatch', () => {
  const keys = ['failOn', 'tags', 'registries']
  it('finds near misses, ignoring case', () => {
    expect(closestMatch('failon', keys)).toBe('failOn')
    expect(closestMatch('registry', keys)).toBe('registries')
    expect(closestMatch('tag', keys)).toBe('tags')
  })
  it('suggests nothing for unrelated words', () => {
    expect(closestMatch('colour', keys)).toBeUndefined()
    expect(closestMatch('ab', ['id'])).toBeUndefined()
  })
})

describe('isCalendarDate', () => {
  it('accepts real days, leap days included', () => {
    expect(['2027-01-31', '2028-02-29', '2000-02-29'].filter(isCalendarDate)).toHaveLength(3)
  })
  it('rejects impossible days and other spellings', () => {
    const bad = [
      '2027-02-29',
      '1900-02-29',
      '2027-13-01',
      '2027-04-31',
      '2027-1-31',
      '31/01/2027',
      '2027-01-31T00:00'
    ]
    expect(bad.filter(isCalendarDate)).toEqual([])
  })
})
