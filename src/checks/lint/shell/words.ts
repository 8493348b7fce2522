import type { ShellWord } from '../types.js'
import { nodes, typeOf, type RawNode } from './raw-ast.js'

/**
 * The script text with mvdan/sh's byte offsets (UTF-8) turned into string indexes. Only scripts with
 * non-ASCII characters pay for the table.
 */
export class SourceText {
  private readonly charAt: number[] | undefined

  constructor(readonly text: string) {
    // eslint-disable-next-line no-control-regex
    this.charAt = /[^\x00-\x7f]/.test(text) ? byteToCharTable(text) : undefined
  }

  charOffset(byteOffset: number): number {
    if (this.charAt === undefined) return byteOffset
    return this.charAt[Math.min(byteOffset, this.charAt.length - 1)] ?? this.text.length
  }

  slice(node: RawNode): string {
    return this.text.slice(this.charOffset(node.Pos().Offset()), this.charOffset(node.End().Offset()))
  }
}

function byteToCharTable(text: string): number[] {
  const table: number[] = []
  let index = 0
  for (const char of text) {
    const bytes = Buffer.byteLength(char, 'utf8')
    for (let i = 0; i < bytes; i++) table.push(index)
    index += char.length
  }
  table.push(index)
  return table
}

/**
 * A word as the command sees it: quotes removed, backslash escapes resolved. Expansions (`$FOO`, `$(…)`)
 * keep their source text and make the word non-literal, since their value is only known at build time.
 */
export function wordOf(word: RawNode, source: SourceText): ShellWord {
  return partsOf(word.Parts, source, false)
}

/** The parts of a word, or of a `"…"` inside it, joined. */
function partsOf(parts: unknown, source: SourceText, quoted: boolean): ShellWord {
  let value = ''
  let literal = true
  for (const part of nodes(parts)) {
    const piece = partOf(part, source, quoted)
    value += piece.value
    literal &&= piece.literal
  }
  return { value, literal }
}

function partOf(part: RawNode, source: SourceText, quoted: boolean): ShellWord {
  switch (typeOf(part)) {
    case 'Lit':
      return {
        value: quoted ? unescapeQuoted(part.Value as string) : unescape(part.Value as string),
        literal: true
      }
    case 'SglQuoted':
      return { value: part.Value as string, literal: true }
    case 'DblQuoted':
      return partsOf(part.Parts, source, true)
    default:
      return { value: source.slice(part), literal: false }
  }
}

/** Outside quotes a backslash quotes the next character; backslash-newline joins lines. */
function unescape(text: string): string {
  return text.includes('\\') ? text.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1') : text
}

/** Inside double quotes a backslash only escapes `$`, backtick, `"`, `\` and newline. */
function unescapeQuoted(text: string): string {
  return text.includes('\\') ? text.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1') : text
}
