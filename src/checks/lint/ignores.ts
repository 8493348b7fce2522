import type { Instruction } from 'dockerfile-ast'

/** One `# hadolint ignore=…` / `# imagegate ignore=…` comment. */
export interface IgnorePragma {
  /** 1-based line of the comment. */
  line: number
  column: number
  tool: 'hadolint' | 'imagegate'
  global: boolean
  rules: string[]
}

const PRAGMA = /^(\s*)#\s*(hadolint|imagegate)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]*)/i

/** Finds ignore pragmas in comment lines; `skipLines` are 0-based lines that are not comments (heredoc bodies). */
export function findPragmas(lines: string[], skipLines: ReadonlySet<number> = new Set()): IgnorePragma[] {
  const pragmas: IgnorePragma[] = []
  lines.forEach((text, index) => {
    if (skipLines.has(index)) return
    const match = PRAGMA.exec(text)
    if (match === null) return
    const rules = match[4]
      .split(/[\s,]+/)
      .map(rule => rule.toUpperCase())
      .filter(rule => rule !== '')
    pragmas.push({
      line: index + 1,
      column: match[1].length + 1,
      tool: match[2].toLowerCase() as IgnorePragma['tool'],
      global: match[3] !== undefined,
      rules
    })
  })
  return pragmas
}

/**
 * Decides which violations the file's pragmas ignore. A global pragma covers the whole file; an inline one
 * covers the next instruction (every line of it), with only comments or blank lines in between, as hadolint's.
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
      for (let line = target.start.line; line <= target.end.line; line++) {
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
