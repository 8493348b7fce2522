/**
 * Reads the test cases out of hadolint's Haskell rule specs (`test/Hadolint/Rule/DL*Spec.hs`): every
 * `ruleCatches` / `ruleCatchesNot` / `onBuildRuleCatches` / `onBuildRuleCatchesNot` call, with its
 * Dockerfile text and the `?config` in effect. Haskell is not parsed in full: a tokenizer and a tiny
 * evaluator for the few expression forms the specs use (string literals with escapes and gaps, lists,
 * `Text.unlines`, `$`, parentheses, names bound by `let`). No library reads Haskell from JavaScript.
 */

import { DockerfileParser } from 'dockerfile-ast'

export type Expectation = 'catches' | 'catches-not'

/** The parts of hadolint's `Configuration` the specs set. */
export interface SpecConfig {
  allowedRegistries?: string[]
  labelSchema?: Record<string, string>
  strictLabels?: boolean
}

export interface SpecCase {
  rule: string
  dockerfile: string
  expect: Expectation
  /** `onBuild…` variants: hadolint wraps every RUN in `ONBUILD` and wants exactly one finding. */
  onbuild: boolean
  config: SpecConfig
  /** 1-based line of the call in the spec file. */
  line: number
}

interface Token {
  kind: 'string' | 'name' | 'symbol'
  text: string
  line: number
  column: number
}

type Value = string | Value[] | SpecConfig

const CALLS: Record<string, { expect: Expectation; onbuild: boolean }> = {
  ruleCatches: { expect: 'catches', onbuild: false },
  ruleCatchesNot: { expect: 'catches-not', onbuild: false },
  onBuildRuleCatches: { expect: 'catches', onbuild: true },
  onBuildRuleCatchesNot: { expect: 'catches-not', onbuild: true }
}

/** hadolint's label types (`Rule.GitHash`) → the names `.hadolint.yaml` uses for them. */
const LABEL_TYPES: Record<string, string> = {
  RawText: 'text',
  Url: 'url',
  Spdx: 'spdx',
  GitHash: 'hash',
  Rfc3339: 'rfc3339',
  SemVer: 'semver',
  Email: 'email'
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", '&': '' }

export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  let line = 1
  let lineStart = 0
  const advance = (to: number) => {
    for (; i < to; i++) {
      if (source[i] === '\n') {
        line++
        lineStart = i + 1
      }
    }
  }
  while (i < source.length) {
    const c = source[i]
    const rest = source.slice(i, i + 2)
    if (/\s/.test(c)) advance(i + 1)
    else if (rest === '--' && !/[!#$%&*+./<=>?@\\^|~:]/.test(source[i + 2] ?? '')) {
      const end = source.indexOf('\n', i)
      advance(end === -1 ? source.length : end)
    } else if (rest === '{-') {
      const end = source.indexOf('-}', i)
      advance(end === -1 ? source.length : end + 2)
    } else if (c === '"') {
      const start = { line, column: i - lineStart + 1 }
      const { text, end } = readString(source, i + 1)
      advance(end)
      tokens.push({ kind: 'string', text, ...start })
    } else if (/[A-Za-z_?]/.test(c)) {
      const match = /^\??[A-Za-z_][A-Za-z0-9_'.]*/.exec(source.slice(i))
      const text = match?.[0] ?? c
      tokens.push({ kind: 'name', text, line, column: i - lineStart + 1 })
      advance(i + text.length)
    } else {
      tokens.push({ kind: 'symbol', text: c, line, column: i - lineStart + 1 })
      advance(i + 1)
    }
  }
  return tokens
}

/** A string literal's value; `from` is just past the opening quote, `end` just past the closing one. */
function readString(source: string, from: number): { text: string; end: number } {
  let text = ''
  let i = from
  while (i < source.length && source[i] !== '"') {
    if (source[i] !== '\\') {
      text += source[i++]
      continue
    }
    const next = source[i + 1]
    if (/\s/.test(next)) {
      // A gap: backslash, whitespace (line breaks included), backslash: nothing.
      i = source.indexOf('\\', i + 1) + 1
    } else if (/\d/.test(next)) {
      const digits = /^\d+/.exec(source.slice(i + 1))?.[0] ?? ''
      text += String.fromCodePoint(Number(digits))
      i += 1 + digits.length
    } else if (next === 'x') {
      const digits = /^[0-9a-fA-F]+/.exec(source.slice(i + 2))?.[0] ?? ''
      text += String.fromCodePoint(parseInt(digits, 16))
      i += 2 + digits.length
    } else {
      text += ESCAPES[next] ?? next
      i += 2
    }
  }
  return { text, end: i + 1 }
}

/** Evaluates the expression at `tokens[at]`; `scope` holds the `let` names seen so far. */
function evaluate(tokens: Token[], at: number, scope: Map<string, Value>): { value?: Value; next: number } {
  const token = tokens[at]
  if (token === undefined) return { next: at }
  if (token.kind === 'string') return { value: token.text, next: at + 1 }
  if (token.text === '$') return evaluate(tokens, at + 1, scope)
  if (token.text === '(') {
    const inner = evaluate(tokens, at + 1, scope)
    return { value: inner.value, next: tokens[inner.next]?.text === ')' ? inner.next + 1 : inner.next }
  }
  if (token.text === '[') return evaluateList(tokens, at + 1, scope)
  if (token.text === 'Text.unlines') {
    const list = evaluate(tokens, at + 1, scope)
    const lines = Array.isArray(list.value) ? list.value : undefined
    const value = lines?.every(l => typeof l === 'string') ? lines.map(l => `${l}\n`).join('') : undefined
    return { value, next: list.next }
  }
  if (token.text === 'def') return evaluateConfig(tokens, at + 1, scope)
  if (token.text === 'Map.fromList') {
    const list = evaluate(tokens, at + 1, scope)
    return { value: list.value, next: list.next }
  }
  if (token.kind === 'name') return { value: scope.get(token.text), next: at + 1 }
  return { next: at + 1 }
}

function evaluateList(
  tokens: Token[],
  at: number,
  scope: Map<string, Value>
): { value: Value[]; next: number } {
  const items: Value[] = []
  let i = at
  while (i < tokens.length && tokens[i].text !== ']') {
    if (tokens[i].text === ',') {
      i++
      continue
    }
    if (tokens[i].text === '(' && tokens[i + 2]?.text === ',') {
      // A pair `("label", Rule.Type)`, as in a label schema: kept as [name, type].
      items.push([tokens[i + 1].text, tokens[i + 3]?.text.replace(/^(Rule|Hadolint)\./, '') ?? ''])
      i += 5
      continue
    }
    const item = evaluate(tokens, i, scope)
    if (item.value !== undefined) items.push(item.value)
    i = Math.max(item.next, i + 1)
  }
  return { value: items, next: i + 1 }
}

/** `def` or `def { field = value, … }`. */
function evaluateConfig(tokens: Token[], at: number, scope: Map<string, Value>) {
  const config: SpecConfig = {}
  if (tokens[at]?.text !== '{') return { value: config, next: at }
  let i = at + 1
  while (i < tokens.length && tokens[i].text !== '}') {
    const field = tokens[i].text
    if (tokens[i + 1]?.text !== '=') {
      i++
      continue
    }
    if (field === 'strictLabels') {
      config.strictLabels = tokens[i + 2]?.text === 'True'
      i += 3
      continue
    }
    const { value, next } = evaluate(tokens, i + 2, scope)
    if (field === 'allowedRegistries' && Array.isArray(value)) config.allowedRegistries = value as string[]
    if (field === 'labelSchema' && Array.isArray(value)) {
      config.labelSchema = Object.fromEntries(
        (value as string[][]).map(([name, type]) => [name, LABEL_TYPES[type] ?? type.toLowerCase()])
      )
    }
    i = next
  }
  return { value: config, next: i + 1 }
}

/** Every test case in one spec file, in file order. */
export function extractSpecCases(source: string): SpecCase[] {
  const tokens = tokenize(source)
  const scope = new Map<string, Value>()
  // `let ?config = …` holds for the rest of its do block: until a token left of the `let`.
  const configs: Array<{ config: SpecConfig; column: number }> = []
  const cases: SpecCase[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    while (configs.length > 0 && token.column < configs[configs.length - 1].column) configs.pop()
    if (token.kind === 'name' && tokens[i + 1]?.text === '=' && tokens[i + 2]?.text !== '=') {
      const { value, next } = evaluate(tokens, i + 2, scope)
      if (token.text === '?config') {
        const letToken = tokens[i - 1]?.text === 'let' ? tokens[i - 1] : token
        configs.push({ config: (value as SpecConfig | undefined) ?? {}, column: letToken.column })
      } else if (value !== undefined) scope.set(token.text, value)
      i = next - 1
      continue
    }
    const call = token.kind === 'name' ? CALLS[token.text] : undefined
    if (call === undefined) continue
    const rule = evaluate(tokens, i + 1, scope)
    const dockerfile = evaluate(tokens, rule.next, scope)
    if (typeof rule.value !== 'string' || typeof dockerfile.value !== 'string') continue
    cases.push({
      rule: rule.value,
      dockerfile: dockerfile.value,
      ...call,
      config: configs.at(-1)?.config ?? {},
      line: token.line
    })
    i = dockerfile.next - 1
  }
  return cases
}

/** hadolint's `onBuild…` helpers: every RUN instruction becomes `ONBUILD RUN`. */
export function wrapRunsInOnbuild(dockerfile: string): string {
  const lines = dockerfile.split('\n')
  const runs = DockerfileParser.parse(dockerfile)
    .getInstructions()
    .filter(i => i.getKeyword().toUpperCase() === 'RUN')
    .map(i => i.getRange().start)
    .reverse()
  for (const { line, character } of runs) {
    const text = lines[line]
    lines[line] = `${text.slice(0, character)}ONBUILD ${text.slice(character)}`
  }
  return lines.join('\n')
}
