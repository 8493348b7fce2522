import { truncate } from '../util/untrusted.js'

/** Why a word could not be expanded to a known value. */
export interface Unresolved {
  variable: string
  reason: 'no-default' | 'undeclared' | 'platform' | 'unsupported' | 'too-long'
  /** The `${...}` text, for `unsupported`. */
  expression?: string
}

/** A global ARG as the FROM lines see it: a value, declared without default, or depending on one of those. */
export type ArgValue =
  { kind: 'value'; value: string } | { kind: 'unset' } | { kind: 'unresolved'; cause: Unresolved }

export type Expansion = { ok: true; value: string } | { ok: false; cause: Unresolved }

// BuildKit defines these in the global scope; their value depends on the build, not the file.
const PLATFORM_ARGS = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT'
])

/**
 * Longest value an expansion may produce, in characters. `ARG A=${A}${A}` doubles A on each line: 30 lines
 * would need a gigabyte. No image name or real build argument comes near; past it the value is unresolved.
 */
export const MAX_EXPANDED_LENGTH = 64 * 1024
/** `${A:-${B:-…}}` nested deeper than this is unresolved: each level rescans the rest of the word. */
const MAX_NESTING = 16

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

class Unresolvable extends Error {
  constructor(readonly cause: Unresolved) {
    super(cause.variable)
  }
}

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}` and quotes the way
 * BuildKit's shell lexer does for FROM. An unset or undeclared variable is fine behind `:-`/`+`; used bare, its
 * value would come from `--build-arg`, so the result is unresolved instead of a guess.
 */
export function expandWord(word: string, args: ReadonlyMap<string, ArgValue>, escapeChar = '\\'): Expansion {
  try {
    return { ok: true, value: expand(word, args, escapeChar, 0) }
  } catch (error) {
    if (error instanceof Unresolvable) return { ok: false, cause: error.cause }
    throw error
  }
}

function expand(
  word: string,
  args: ReadonlyMap<string, ArgValue>,
  escapeChar: string,
  depth: number
): string {
  if (depth > MAX_NESTING) {
    const expression = truncate(word, 80)
    throw new Unresolvable({ variable: expression, reason: 'unsupported', expression })
  }
  let out = ''
  let quote: '"' | "'" | undefined
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]
    if (quote === "'") {
      if (ch === "'") quote = undefined
      else out += ch
    } else if (ch === escapeChar && i + 1 < word.length) {
      out += word[++i]
    } else if ((ch === '"' || ch === "'") && quote === undefined) {
      quote = ch
    } else if (ch === '"' && quote === '"') {
      quote = undefined
    } else if (ch === '$') {
      const [text, next, name] = variable(word, i, args, escapeChar, depth)
      out += text
      i = next - 1
      if (out.length > MAX_EXPANDED_LENGTH) throw new Unresolvable({ variable: name, reason: 'too-long' })
    } else {
      out += ch
    }
  }
  return out
}

/** Expands the variable starting at `word[start] === '$'`; returns its text, the index after it and its name. */
function variable(
  word: string,
  start: number,
  args: ReadonlyMap<string, ArgValue>,
  escapeChar: string,
  depth: number
): [string, number, string] {
  let i = start + 1
  if (word[i] !== '{') {
    if (i >= word.length || !NAME_START.test(word[i])) return ['$', i, '']
    while (i < word.length && NAME_CHAR.test(word[i])) i++
    const name = word.slice(start + 1, i)
    return [required(name, args), i, name]
  }
  const end = closingBrace(word, i)
  const expression = word.slice(start, end + 1)
  const body = word.slice(i + 1, end)
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0]
  if (name === undefined) throw new Unresolvable({ variable: body, reason: 'unsupported', expression })
  const rest = body.slice(name.length)
  if (rest === '') return [required(name, args), end + 1, name]

  const modifier = /^(:?[-+])/.exec(rest)?.[1]
  if (modifier === undefined) throw new Unresolvable({ variable: name, reason: 'unsupported', expression })
  const operand = rest.slice(modifier.length)
  const value = lookup(name, args)
  if (value.kind === 'unresolved') throw new Unresolvable(value.cause)
  // `:` treats an empty value like an unset one, as in sh.
  const isSet = value.kind === 'value' && (value.value !== '' || !modifier.startsWith(':'))
  const useOperand = modifier.endsWith('-') ? !isSet : isSet
  const own = value.kind === 'value' && modifier.endsWith('-') ? value.value : ''
  const text = useOperand ? expand(operand, args, escapeChar, depth + 1) : own
  return [text, end + 1, name]
}

function required(name: string, args: ReadonlyMap<string, ArgValue>): string {
  const value = lookup(name, args)
  if (value.kind === 'value') return value.value
  if (value.kind === 'unresolved') throw new Unresolvable(value.cause)
  throw new Unresolvable({ variable: name, reason: args.has(name) ? 'no-default' : 'undeclared' })
}

function lookup(name: string, args: ReadonlyMap<string, ArgValue>): ArgValue {
  if (PLATFORM_ARGS.has(name)) return { kind: 'unresolved', cause: { variable: name, reason: 'platform' } }
  return args.get(name) ?? { kind: 'unset' }
}

function closingBrace(word: string, open: number): number {
  let depth = 0
  for (let i = open; i < word.length; i++) {
    if (word[i] === '{') depth++
    else if (word[i] === '}' && --depth === 0) return i
  }
  throw new Unresolvable({
    variable: word.slice(open + 1),
    reason: 'unsupported',
    expression: word.slice(open - 1)
  })
}
