import type { Instruction } from 'dockerfile-ast'
import { argumentsOf, execFormArguments, heredocsOf } from './ast-helpers.js'

/** A RUN's script as the shell sees it, with the file position of every character. */
export interface RunScript {
  script: string
  execForm: boolean
  positionAt(offset: number): { line: number; column: number }
}

const HEREDOC_ONLY = /^(?:\s*<<-?(["']?)[A-Za-z0-9_]+\1)+$/

/**
 * Rebuilds the script of a RUN (or `ONBUILD RUN`) from the file's lines: continuations joined and the
 * comment lines inside them dropped, as BuildKit does; a heredoc-only command (`RUN <<EOF … EOF`) becomes
 * the heredoc body, otherwise heredocs stay in place, since the shell reads them itself.
 */
export function buildRunScript(run: Instruction, lines: string[], escapeChar: string): RunScript {
  const keyword = run.getRange().start
  const fallback = { line: keyword.line + 1, column: keyword.character + 1 }
  const builder = new ScriptBuilder(fallback)
  const firstArgument = argumentsOf(run)[0]
  if (firstArgument === undefined) return builder.finish(false)
  const start = firstArgument.getRange().start
  const end = run.getRange().end
  const heredocs = heredocsOf(run)
  const bodyStart = heredocs[0]?.getContentRange()?.start.line ?? end.line + 1

  let line = start.line
  let column = start.character
  // The command line, with its continuations.
  while (line <= end.line && line < bodyStart) {
    const text = lines[line] ?? ''
    const continued = continuation(text, escapeChar)
    const upTo = continued === undefined ? text.length : continued
    if (column === 0 && line !== start.line && isCommentOrBlank(text)) {
      line++
      continue
    }
    builder.append(text.slice(column, upTo), line, column)
    line++
    column = 0
    if (continued === undefined) break
  }

  const commandLine = builder.text()
  if (heredocs.length === 1 && HEREDOC_ONLY.test(commandLine.trimEnd())) {
    const body = new ScriptBuilder(fallback)
    const content = heredocs[0].getContentRange()
    if (content !== null) {
      for (let l = content.start.line; l <= content.end.line; l++) {
        if (l > content.start.line) body.append('\n', l - 1, (lines[l - 1] ?? '').length)
        body.append(
          (lines[l] ?? '').slice(0, l === content.end.line ? content.end.character : undefined),
          l,
          0
        )
      }
    }
    return body.finish(false)
  }
  for (let l = Math.max(line, bodyStart); l <= end.line && heredocs.length > 0; l++) {
    builder.append('\n', l - 1, (lines[l - 1] ?? '').length)
    builder.append(lines[l] ?? '', l, 0)
  }
  const exec = heredocs.length === 0 ? execFormArguments(commandLine) : undefined
  if (exec !== undefined) {
    const joined = new ScriptBuilder(fallback)
    joined.append(exec.join(' '), start.line, start.character)
    return joined.finish(true)
  }
  return builder.finish(false)
}

/** Index of the escape character that continues this line, or undefined when the line ends the command. */
function continuation(text: string, escapeChar: string): number | undefined {
  // trimEnd, not a /\s+$/ regex: that backtracks quadratically on a long run of inner spaces.
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith(escapeChar)) return undefined
  return trimmed.length - escapeChar.length
}

function isCommentOrBlank(text: string): boolean {
  const trimmed = text.trim()
  return trimmed === '' || trimmed.startsWith('#')
}

class ScriptBuilder {
  private parts: string[] = []
  /** Where each part starts in the file; expanded to one position per character only when asked. */
  private starts: Array<{ length: number; line: number; column: number }> = []

  /** Where an empty script is: the RUN keyword. */
  constructor(private readonly fallback: { line: number; column: number }) {}

  append(text: string, line: number, column: number): void {
    this.parts.push(text)
    this.starts.push({ length: text.length, line, column })
  }

  text(): string {
    return this.parts.join('')
  }

  finish(execForm: boolean): RunScript {
    const { starts, fallback } = this
    const script = this.text()
    // Mapping offsets is rare (no rule does it yet): the per-character tables wait for the first call.
    let table: { lineOf: number[]; columnOf: number[] } | undefined
    return {
      script,
      execForm,
      positionAt(offset: number) {
        table ??= positionTable(starts)
        const { lineOf, columnOf } = table
        if (lineOf.length === 0) return fallback
        const i = Math.min(Math.max(0, Math.floor(offset)), lineOf.length - 1)
        return { line: lineOf[i] + 1, column: columnOf[i] + 1 }
      }
    }
  }
}

function positionTable(starts: Array<{ length: number; line: number; column: number }>) {
  const lineOf: number[] = []
  const columnOf: number[] = []
  for (const { length, line, column } of starts) {
    for (let i = 0; i < length; i++) {
      lineOf.push(line)
      columnOf.push(column + i)
    }
  }
  return { lineOf, columnOf }
}
