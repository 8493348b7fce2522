import { jsonErrorOffset, lineColumn } from '../../../src/scanners/reports/json-error-position.js'

const parseError = (text: string): string => {
  try {
    JSON.parse(text)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`${text} is valid JSON`)
}

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a": "x', 8],
    ['{"matches": [', 13],
    ['{a: 1}', 1],
    // Longer than 21 characters: V8 quotes 10 characters either side, at the start, middle or end.
    ['{"abcdefghijklmnopqrstuvwxyz": }', 31],
    ['[}, "abcdefghijklmnopqrstuvwxyz"]', 1],
    ['{"abcdefghijkl": [1, 2, }, "mnopqrstuvwxyz": 1}', 24],
    ['{\n  "SchemaVersion": 2,\n  "Results": [}\n', 38]
  ])('points at the first bad character of %j', (text, offset) => {
    expect(jsonErrorOffset(text, parseError(text))).toBe(offset)
  })

  it('says nothing when the message does not place the error', () => {
    expect(jsonErrorOffset('{"a": }', parseError('{"a": }'))).toBeUndefined()
    expect(jsonErrorOffset('x', 'something else went wrong')).toBeUndefined()
  })
})

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toBe('line 1 column 1')
    expect(lineColumn('ab\ncd', 4)).toBe('line 2 column 2')
  })
})
