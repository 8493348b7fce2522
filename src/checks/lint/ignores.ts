import type { Instruction } from 'dockerfile-ast'
import { equivalentIds } from '../../model/rule-equivalents.js'

/** One `# hadolint ignore=…` / `# imagegate ignore=…` comment. */
export interface IgnorePragma {
  /** 1-based line of the comment. */
  line: number
  column: number
  tool: 'hadolint' | 'imagegate'
  /** `global ignore=…`: the whole file. */
  global: boolean
  /** `stage ignore=…` above a FROM: that whole stage. */
  stage: boolean
  rules: string[]
}

const PRAGMA = /^(\s*)#\s*(hadolint|imagegate)\s+(?:(global|stage)\s+)?ignore\s*=(.*)$/i
/** A rule id: hadolint's `DL3008`, ShellCheck's `SC2086`, imagegate's `IG204`. */
const RULE_ID = /^[A-Za-z]{2}\d+$/

/**
 * Finds ignore pragmas in comment lines; `skipLines` are 0-based lines that are not comments (heredoc
 * bodies). As in hadolint, the list is comma-separated and may be followed by `# a comment`; a list
 * with anything that is not a rule id (`ignore=crazy,DL3002`) is no pragma at all.
 */
export function findPragmas(lines: string[], skipLines: ReadonlySet<number> = new Set()): IgnorePragma[] {
  const pragmas: IgnorePragma[] = []
  lines.forEach((text, index) => {
    if (skipLines.has(index)) return
    const match = PRAGMA.exec(text)
    if (match === null) return
    const rules = match[4]
      .replace(/#.*$/, '')
      .split(',')
      .map(rule => rule.trim().toUpperCase())
    if (!rules.every(rule => RULE_ID.test(rule))) return
    const scope = match[3]?.toLowerCase()
    pragmas.push({
      line: index + 1,
      column: match[1].length + 1,
      tool: match[2].toLowerCase() as IgnorePragma['tool'],
      global: scope === 'global',
      stage: scope === 'stage',
      rules
    })
  })
  return pragmas
}

/**
 * Decides which violations the file's pragmas ignore. A global pragma covers the whole file; an inline one
 * covers the next instruction (every line of it), with only comments or blank lines in between, as hadolint's;
 * a stage one, written above a FROM, covers the stage.
 */
export class IgnoreIndex {
  private readonly global = new Set<string>()
  /** 0-based line → rules ignored on it. */
  private readonly byLine = new Map<number, Set<string>>()

  constructor(pragmas: IgnorePragma[], instructions: Instruction[], lines: string[]) {
    const starts = instructions.map(i => i.getRange()).sort((a, b) => a.start.line - b.start.line)
    const nextCode = nextCodeLines(lines)
    for (const pragma of pragmas) {
      if (pragma.global) {
        for (const rule of pragma.rules) this.global.add(rule)
        continue
      }
      const target = starts[firstStartingAtOrAfter(starts, pragma.line)]
      // Only comments and blank lines between the pragma and its instruction.
      if (target === undefined || nextCode[pragma.line] < target.start.line) continue
      // A stage pragma covers its FROM and everything up to the next FROM.
      const end = pragma.stage ? stageEnd(instructions, target.start.line) : target.end.line
      for (let line = target.start.line; line <= end; line++) {
        const rules = this.byLine.get(line) ?? new Set<string>()
        for (const rule of pragma.rules) rules.add(rule)
        this.byLine.set(line, rules)
      }
    }
  }

  /** `line` is 1-based, as violations carry it. */
  ignores(rule: string, line: number): boolean {
    return this.global.has(rule) || (this.byLine.get(line - 1)?.has(rule) ?? false)
  }

  /**
   * The id a pragma names to ignore `rule` on `line`: the rule's own, or that of an equivalent rule of
   * another check (`# imagegate ignore=IG101` also ignores DL3007 on that FROM); undefined if none.
   */
  ignoredAs(rule: string, line: number): string | undefined {
    return [rule, ...equivalentIds(rule)].find(id => this.ignores(id, line))
  }
}

/** The last 0-based line before the first FROM starting after `line`, or the file's last instruction line. */
function stageEnd(instructions: Instruction[], line: number): number {
  const nextFrom = instructions.find(
    i => i.getKeyword().toUpperCase() === 'FROM' && i.getRange().start.line > line
  )
  if (nextFrom !== undefined) return nextFrom.getRange().start.line - 1
  return Math.max(line, ...instructions.map(i => i.getRange().end.line))
}

/** Binary search: index of the first range starting on 0-based `line` or later (length if none). */
function firstStartingAtOrAfter(ranges: Array<{ start: { line: number } }>, line: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ranges[middle].start.line < line) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * For each 0-based line, the first line at or after it that is neither blank nor a comment (`lines.length`
 * if none). One pass from the end, so that each pragma's question costs O(1), not the lines up to its target.
 */
function nextCodeLines(lines: string[]): number[] {
  const next = new Array<number>(lines.length + 1)
  next[lines.length] = lines.length
  for (let line = lines.length - 1; line >= 0; line--) {
    const text = lines[line].trim()
    next[line] = text !== '' && !text.startsWith('#') ? line : next[line + 1]
  }
  return next
}
