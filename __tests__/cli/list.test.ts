import { parseList } from '../../src/inputs/list.js'

describe('multiline inputs', () => {
  it('splits lines, trims, and drops blanks and # comments', () => {
    const text = '  alpine:3.20 \n\n# base images\nghcr.io/acme/app:1  # the app\r\n'
    expect(parseList(text, { commas: false })).toEqual(['alpine:3.20', 'ghcr.io/acme/app:1'])
  })

  it('splits commas only where asked (image lists, not globs)', () => {
    expect(parseList('a:1, b:2\nc:3', { commas: true })).toEqual(['a:1', 'b:2', 'c:3'])
    expect(parseList('a,b/**', { commas: false })).toEqual(['a,b/**'])
  })
})
