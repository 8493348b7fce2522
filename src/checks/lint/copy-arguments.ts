import type { Argument, Instruction } from 'dockerfile-ast'
import { argumentsOf, heredocsOf, type Range } from './ast-helpers.js'
import { perInstruction } from './memo.js'

/** A COPY or ADD split into sources and destination: JSON form, shell form and heredocs understood. */
export interface CopyArguments {
  readonly sources: readonly string[]
  readonly target: string | undefined
}

export const copyArguments = perInstruction((instruction): CopyArguments => {
  const json = instruction as Instruction & {
    getOpeningBracket?: () => unknown
    getClosingBracket?: () => unknown
    getJSONStrings?: () => Array<{ getJSONValue(): string }>
  }
  let words: string[]
  if (json.getOpeningBracket?.() && json.getClosingBracket?.()) {
    words = (json.getJSONStrings?.() ?? []).map(s => s.getJSONValue())
  } else {
    // Heredoc bodies are file content, not arguments.
    const bodyStart = heredocsOf(instruction)[0]?.getContentRange()?.start.line ?? Number.POSITIVE_INFINITY
    words = rawWords(
      instruction,
      argumentsOf(instruction).filter(a => a.getRange().start.line < bodyStart)
    )
  }
  return { sources: words.slice(0, -1), target: words.at(-1) }
})

/**
 * Shell-form COPY/ADD words as written, quotes and backslashes kept: `"C:\\Program Files\\app"` is one
 * word, as BuildKit and hadolint read it. dockerfile-ast splits it at the space and drops the backslashes.
 */
function rawWords(instruction: Instruction, args: readonly Argument[]): string[] {
  const raw = instruction.getTextContent()
  // Without quotes or backslashes, dockerfile-ast's values are the words as written.
  if (!/["'\\]/.test(raw)) return args.map(argument => argument.getValue())
  const start = instruction.getRange().start
  const lines = raw.split('\n')
  const offsetOf = ({ line, character }: Range['start']) => {
    let offset = line === start.line ? character - start.character : character
    for (let l = start.line; l < line; l++) offset += (lines[l - start.line]?.length ?? 0) + 1
    return offset
  }
  const text = lines.join('\n')
  const words: string[] = []
  let open: number | undefined
  for (const argument of args) {
    const range = argument.getRange()
    open ??= offsetOf(range.start)
    const word = text.slice(open, offsetOf(range.end))
    // An odd number of quotes: the word goes on past the space dockerfile-ast split it at.
    if (
      ((word.match(/"/g) ?? []).length % 2 === 1 || (word.match(/'/g) ?? []).length % 2 === 1) &&
      argument !== args.at(-1)
    )
      continue
    words.push(word)
    open = undefined
  }
  return words
}
