// SYNTHETIC: generators of hostile text and values shared by the fuzz properties.
import fc from 'fast-check'

/** Text an attacker would put in any field a report echoes: workflow commands, HTML, mentions, controls. */
export const INJECTIONS = [
  '::error::injected',
  '::set-output name=verdict::pass',
  '  ::warning file=x::y',
  '\u0085::notice::x',
  '##[error]legacy',
  '::add-mask::x',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details><details open>',
  '<!-- hidden -->',
  '<a href="javascript:alert(1)">x</a>',
  '@everyone @acme/security',
  '[link](javascript:alert(1))',
  '![img](https://example.invalid/x.png)',
  '| a | b |',
  '```\ncode\n```',
  '`<b>x</b>`',
  '$$\\unicode{x}$$',
  '\u202eevil\u202c',
  '\u001b[31mred\u001b[0m',
  '\u001b]8;;https://example.invalid\u0007link\u001b]8;;\u0007',
  'line\r\n::error::after CRLF',
  'line\r::error::after CR',
  'x\n- list\n# heading',
  '&lt;already&gt; &amp;',
  '\ud83d\ude00 emoji and lone \ud800 surrogate',
  '${IFS}$(id)`id`'
] as const

/** One hostile fragment, a random string, or a mix of both. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 8 })), { maxLength: 4 })
      .map(parts => parts.join(''))
  },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 4_000 }).map(n => `${'A'.repeat(n)}::error::x`) }
)

/** Numbers a typed field should reject or survive: huge, tiny, negative, fractional, not finite. */
export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1e308, -1e308, 5e-324, 2 ** 53 + 1, Number.NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer()
)

/** Any JSON-ish value, hostile strings and odd numbers included, nested a little. */
export const oddValue: fc.Arbitrary<unknown> = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    oddNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostileText, fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 3 })
  )
})).value

/** Replaces, deletes or adds at one random place in a parsed JSON/YAML value; returns a new value. */
export function mutateAt(value: unknown, choices: number[], replacement: unknown, key: string): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement
  const [choice, ...rest] = choices
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement]
    const copy = [...value]
    const i = choice % (value.length + 1)
    if (i === value.length) {
      // Past the end: repeat an item many times, or delete one.
      return choice % 3 === 0
        ? copy.filter((_, j) => j !== rest.length % value.length)
        : [...copy, replacement]
    }
    copy[i] = mutateAt(copy[i], rest, replacement, key)
    return copy
  }
  const record = { ...(value as Record<string, unknown>) }
  const keys = Object.keys(record)
  const i = choice % (keys.length + 2)
  if (i === keys.length) record[key] = replacement
  else if (i === keys.length + 1 && keys.length > 0) delete record[keys[rest.length % keys.length]]
  else if (keys.length > 0)
    record[keys[i % keys.length]] = mutateAt(record[keys[i % keys.length]], rest, replacement, key)
  return record
}

/** A structured mutation: where (a path of choices), what to put there, and a key name for additions. */
export const mutation = fc.record({
  choices: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  replacement: oddValue,
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('version', 'id', 'image', 'allow', '<<'))
})

/** Sets `path` (creating mappings and lists on the way) to `replacement`; returns a new value. */
export function setPath(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [segment, ...rest] = path
  if (/^\d+$/.test(segment)) {
    const list = Array.isArray(value) ? [...(value as unknown[])] : []
    const i = Math.min(Number(segment), list.length)
    list[i] = setPath(list[i], rest, replacement)
    return list
  }
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {}
  const target = record as Record<string, unknown>
  target[segment] = setPath(target[segment], rest, replacement)
  return record
}
