import { expandWord, MAX_EXPANDED_LENGTH, type ArgValue } from '../../src/dockerfile/substitute.js'

const args = new Map<string, ArgValue>([
  ['VERSION', { kind: 'value', value: '3.20' }],
  ['EMPTY', { kind: 'value', value: '' }],
  ['NODEFAULT', { kind: 'unset' }],
  ['DERIVED', { kind: 'unresolved', cause: { variable: 'ROOT', reason: 'no-default' } }]
])
const value = (word: string, escapeChar?: string) => {
  const result = expandWord(word, args, escapeChar)
  if (!result.ok) throw new Error(`unresolved: ${JSON.stringify(result.cause)}`)
  return result.value
}
const cause = (word: string) => {
  const result = expandWord(word, args)
  if (result.ok) throw new Error(`resolved to ${result.value}`)
  return result.cause
}

describe('expandWord', () => {
  it.each([
    ['alpine:$VERSION', 'alpine:3.20'],
    ['alpine:${VERSION}', 'alpine:3.20'],
    ['alpine:${VERSION}-slim', 'alpine:3.20-slim'],
    ['alpine:$VERSION-slim', 'alpine:3.20-slim'],
    ['alpine:${NODEFAULT:-3.19}', 'alpine:3.19'],
    ['alpine:${NODEFAULT-3.19}', 'alpine:3.19'],
    ['alpine:${UNDECLARED:-3.18}', 'alpine:3.18'],
    ['alpine:${VERSION:-3.19}', 'alpine:3.20'],
    ['alpine:${EMPTY:-3.17}', 'alpine:3.17'],
    ['alpine:${EMPTY-3.17}', 'alpine:'],
    ['alpine${VERSION:+:pinned}', 'alpine:pinned'],
    ['alpine${NODEFAULT:+:pinned}', 'alpine'],
    ['alpine:${NODEFAULT:-${VERSION}}', 'alpine:3.20'],
    ['"alpine:$VERSION"', 'alpine:3.20'],
    ["'alpine:$VERSION'", 'alpine:$VERSION'],
    ['alpine:\\$VERSION', 'alpine:$VERSION'],
    ['cost$', 'cost$'],
    ['a$1', 'a$1']
  ])('%s → %s', (word, expected) => {
    expect(value(word)).toBe(expected)
  })

  it('uses the escape directive character, not always a backslash', () => {
    expect(value('alpine:`$VERSION', '`')).toBe('alpine:$VERSION')
    expect(value('alpine:\\$VERSION', '`')).toBe('alpine:\\3.20')
  })

  it('says which variable leaves a word unresolved, and why', () => {
    expect(cause('alpine:$NODEFAULT')).toEqual({ variable: 'NODEFAULT', reason: 'no-default' })
    expect(cause('alpine:${NODEFAULT}')).toEqual({ variable: 'NODEFAULT', reason: 'no-default' })
    expect(cause('$UNDECLARED')).toEqual({ variable: 'UNDECLARED', reason: 'undeclared' })
    expect(cause('${TARGETARCH}/alpine')).toEqual({ variable: 'TARGETARCH', reason: 'platform' })
    expect(cause('alpine:${DERIVED:-x}')).toEqual({ variable: 'ROOT', reason: 'no-default' })
    expect(cause('alpine:${VERSION%.*}')).toEqual({
      variable: 'VERSION',
      reason: 'unsupported',
      expression: '${VERSION%.*}'
    })
    expect(cause('alpine:${VERSION')).toMatchObject({ reason: 'unsupported' })
  })
})

describe('expandWord on hostile words (synthetic)', () => {
  const doubled = new Map<string, ArgValue>([['A', { kind: 'value', value: 'x'.repeat(40_000) }]])

  it('a value over MAX_EXPANDED_LENGTH is unresolved, naming the variable that took it over', () => {
    expect(expandWord('${A}', doubled)).toEqual({ ok: true, value: 'x'.repeat(40_000) })
    expect(expandWord('${A}${A}', doubled)).toEqual({
      ok: false,
      cause: { variable: 'A', reason: 'too-long' }
    })
    expect(MAX_EXPANDED_LENGTH).toBe(65_536)
  })

  it('nesting deeper than 16 levels is unsupported, in linear time', () => {
    const started = performance.now()
    const nested = `\${A:-`.repeat(50_000) + 'x' + '}'.repeat(50_000)
    const result = expandWord(nested, args)
    expect(result).toMatchObject({ ok: false, cause: { reason: 'unsupported' } })
    expect(expandWord(`\${A:-`.repeat(16) + 'x' + '}'.repeat(16), args)).toEqual({ ok: true, value: 'x' })
    expect(expandWord(`\${A:-\${`.repeat(50_000), args)).toMatchObject({ ok: false })
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
