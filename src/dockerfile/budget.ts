import type { Dockerfile, Instruction } from 'dockerfile-ast'
import { formatCount } from '../util/text.js'

/** How much of one Dockerfile imagegate analyses. */
export interface DockerfileBudget {
  /** File size, checked before the file is read. */
  bytes: number
  lines: number
  instructions: number
  /** FROM instructions. */
  stages: number
  /** Characters of one RUN (or ONBUILD) instruction, continuation lines and heredocs included. */
  runLength: number
}

/**
 * Real Dockerfiles stay far below every figure (large ones have a few hundred instructions and a dozen
 * stages); a file past one is generated or hostile, and is reported where it went over instead of
 * analysed, so its size can never cost the run minutes or gigabytes. Tests and the scaling benchmark pass
 * larger ones, to time the analysis itself.
 */
export const DOCKERFILE_BUDGET: Readonly<DockerfileBudget> = {
  bytes: 1024 * 1024,
  lines: 50_000,
  instructions: 10_000,
  stages: 1_000,
  runLength: 64 * 1024
}

/** The first budget a file goes over, and where: reported as one finding, the file not analysed further. */
export interface BudgetExcess {
  budget: 'lines' | 'instructions' | 'stages' | 'runLength'
  /** 1-based. */
  line: number
  column: number
  /** Reads after the file's name: `Dockerfile has more than 1,000 stages …`. */
  message: string
}

const STOPPED = 'imagegate stopped analysing the file there; split the Dockerfile'

/** Why a file over the byte budget is not read: `it is 1.5 MiB, over the 1 MiB limit for a Dockerfile`. */
export function tooLarge(bytes: number): string {
  return `it is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over the 1 MiB limit for a Dockerfile`
}

/** Counted on the text, before parsing. */
export function overLineBudget(content: string, budget: DockerfileBudget): BudgetExcess | undefined {
  let line = 1
  for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1)) {
    // A final line break does not start a line.
    if (++line > budget.lines && at + 1 < content.length) {
      const message = `has more than ${formatCount(budget.lines)} lines, imagegate's budget; ${STOPPED}`
      return { budget: 'lines', line, column: 1, message }
    }
  }
  return undefined
}

/** Instructions, stages and RUN length, on the parsed file: the budget the file goes over first. */
export function overParsedBudget(
  ast: Dockerfile,
  content: string,
  budget: DockerfileBudget
): BudgetExcess | undefined {
  const instructions = ast.getInstructions()
  const excesses: BudgetExcess[] = []
  const extra = instructions[budget.instructions]
  if (extra !== undefined) {
    const limit = formatCount(budget.instructions)
    const message = `has more than ${limit} instructions, imagegate's budget; ${STOPPED}`
    excesses.push({ budget: 'instructions', ...startOf(extra), message })
  }
  const extraStage = ast.getFROMs()[budget.stages]
  if (extraStage !== undefined) {
    const limit = formatCount(budget.stages)
    const message = `has more than ${limit} stages (FROM instructions), imagegate's budget; ${STOPPED}`
    excesses.push({ budget: 'stages', ...startOf(extraStage), message })
  }
  const long = longInstruction(instructions.slice(0, budget.instructions), content, budget)
  if (long !== undefined) excesses.push(long)
  return excesses.sort((a, b) => a.line - b.line)[0]
}

/** The first RUN (or ONBUILD) longer than the budget. */
function longInstruction(
  instructions: Instruction[],
  content: string,
  budget: DockerfileBudget
): BudgetExcess | undefined {
  const lineStarts = lineStartOffsets(content)
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword().toUpperCase()
    if (keyword !== 'RUN' && keyword !== 'ONBUILD') continue
    const { start, end } = instruction.getRange()
    const length = lineStarts[end.line] + end.character - (lineStarts[start.line] + start.character)
    if (length > budget.runLength) {
      const size = `${formatCount(Math.ceil(length / 1024))} KiB`
      const what = keyword === 'RUN' ? 'a RUN' : 'an ONBUILD'
      const limit = `${formatCount(budget.runLength / 1024)} KiB`
      const message = `has ${what} of ${size}, over imagegate's budget of ${limit} per instruction; imagegate stopped analysing the file there; put the script in a file and COPY it`
      return { budget: 'runLength', ...startOf(instruction), message }
    }
  }
  return undefined
}

function startOf(instruction: { getRange(): { start: { line: number; character: number } } }) {
  const { start } = instruction.getRange()
  return { line: start.line + 1, column: start.character + 1 }
}

/** Offset of the first character of each 0-based line. */
function lineStartOffsets(content: string): number[] {
  const starts = [0]
  for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}
