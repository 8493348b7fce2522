import { firstJsonErrorOffset, lineColumn } from '../../../src/scanners/reports/json-position.js'

describe('firstJsonErrorOffset', () => {
  it.each(['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}} ', '"text"', '0'])(
    'finds nothing wrong in valid JSON %j',
    text => {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(firstJsonErrorOffset(text)).toBeUndefined()
    }
  )

  it.each([
    ['{"a": [}', 7],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a": tru}', 6],
    ['{"a": "x', 8],
    ['{"a": "\\q"}', 8],
    ['{} x', 3],
    ['{"matches": [', 13],
    ['{a: 1}', 1],
    ['[01]', 2]
  ])('points at the first bad character of %j', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(firstJsonErrorOffset(text)).toBe(offset)
  })
})

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toBe('line 1 column 1')
    expect(lineColumn('ab\ncd', 4)).toBe('line 2 column 2')
  })
})
