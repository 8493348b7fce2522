import { atOrAbove, compareSeverityDesc, SEVERITIES } from '../../src/model/severity.js'

describe('severity scale', () => {
  it('orders critical above info', () => {
    expect(atOrAbove('critical', 'high')).toBe(true)
    expect(atOrAbove('medium', 'high')).toBe(false)
    expect(atOrAbove('high', 'high')).toBe(true)
  })
  it('sorts most severe first', () => {
    expect([...SEVERITIES].reverse().sort(compareSeverityDesc)).toEqual([...SEVERITIES])
  })
})
