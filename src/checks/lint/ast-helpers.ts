import type { Argument, Flag, Heredoc, Instruction } from 'dockerfile-ast'
import { perInstruction } from './memo.js'
import type { LintContext, LintStage, LintViolation } from './types.js'

/** Small, shared readers over dockerfile-ast nodes, so rules speak in instructions, not ranges. */

/** dockerfile-ast's 0-based range (it does not re-export the type). */
export type Range = ReturnType<Instruction['getRange']>

/** 1-based start of a range, as annotations want it. */
export function startOf(range: Range): { line: number; column: number } {
  return { line: range.start.line + 1, column: range.start.character + 1 }
}

/** A violation covering `range` (an instruction, a flag, an argument). */
export function violationAt(range: Range, message: string): LintViolation {
  return {
    ...startOf(range),
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    message
  }
}

/** A violation on the instruction's keyword line, spanning the whole instruction. */
export function violationOn(instruction: Instruction, message: string): LintViolation {
  return violationAt(instruction.getRange(), message)
}

export const keywordOf = perInstruction(instruction => instruction.getKeyword().toUpperCase())

/** `"a"` and `'a'` as hadolint compares them: surrounding quotes dropped. */
export function dropQuotes(text: string): string {
  return text.replace(/^["']+|["']+$/g, '')
}

export function flagOf(instruction: Instruction, name: string): Flag | undefined {
  const flags = (instruction as Instruction & { getFlags?: () => Flag[] }).getFlags?.() ?? []
  return flags.find(flag => flag.getName() === name)
}

/** The arguments after the flags. Shared: read, never modify. */
export const argumentsOf: (instruction: Instruction) => readonly Argument[] = perInstruction(instruction =>
  instruction.getArguments()
)

/** The argument words after the flags, as written. */
export const argumentValues: (instruction: Instruction) => readonly string[] = perInstruction(instruction =>
  argumentsOf(instruction).map(argument => argument.getValue())
)

/** The text after the keyword and flags, continuations joined; null without arguments. */
export const argumentsContentOf = perInstruction(instruction => instruction.getArgumentsContent())

/**
 * An ONBUILD's trigger instruction (`ONBUILD RUN …` → the RUN), if it has one. dockerfile-ast parses a new
 * trigger on each call; cached, every rule sees the same one.
 */
export const onbuildTrigger = perInstruction((instruction): Instruction | undefined => {
  if (keywordOf(instruction) !== 'ONBUILD') return undefined
  const onbuild = instruction as Instruction & { getTriggerInstruction?: () => Instruction | null }
  return onbuild.getTriggerInstruction?.() ?? undefined
})

/** Every instruction of the file in order, FROM and the ARGs before it included. */
export function allInstructions(context: LintContext): Instruction[] {
  return context.ast.getInstructions()
}

/** An instruction, or the trigger of an ONBUILD (which runs in the child build, with the same meaning). */
export function unwrapOnbuild(instruction: Instruction): Instruction {
  return onbuildTrigger(instruction) ?? instruction
}

/** An instruction with the stage it belongs to. */
export interface StagedInstruction {
  instruction: Instruction
  stage: LintStage
}

/**
 * Instructions with a given keyword per stage, in file order, paired with their stage. With `onbuild`,
 * `ONBUILD <keyword> …` triggers count too (hadolint does that for some rules, imagegate for its own).
 * Shared between rules: read, never modify.
 */
export function instructionsByKeyword(
  context: LintContext,
  keyword: string,
  { onbuild = false } = {}
): readonly StagedInstruction[] {
  const index = keywordIndexOf(context.stages)
  return (onbuild ? index.withOnbuild : index.own).get(keyword) ?? []
}

interface KeywordIndex {
  own: Map<string, StagedInstruction[]>
  withOnbuild: Map<string, StagedInstruction[]>
}

/** Built once per file: a dozen rules ask for the file's COPYs, ADDs or USERs, each walking every stage. */
const keywordIndexes = new WeakMap<LintStage[], KeywordIndex>()

function keywordIndexOf(stages: LintStage[]): KeywordIndex {
  let index = keywordIndexes.get(stages)
  if (index === undefined) {
    index = { own: new Map(), withOnbuild: new Map() }
    for (const stage of stages) {
      for (const instruction of stage.instructions) {
        addTo(index.own, keywordOf(instruction), { instruction, stage })
        const unwrapped = unwrapOnbuild(instruction)
        addTo(index.withOnbuild, keywordOf(unwrapped), { instruction: unwrapped, stage })
      }
    }
    keywordIndexes.set(stages, index)
  }
  return index
}

function addTo(map: Map<string, StagedInstruction[]>, keyword: string, entry: StagedInstruction): void {
  const list = map.get(keyword)
  if (list === undefined) map.set(keyword, [entry])
  else list.push(entry)
}

/** The arguments of exec-form JSON (`["a","b"]`), or undefined when the text is shell form. */
export function execFormArguments(text: string): string[] | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('[')) return undefined
  try {
    const parsed: unknown = JSON.parse(trimmed)
    return Array.isArray(parsed) && parsed.every(item => typeof item === 'string') ? parsed : undefined
  } catch {
    return undefined
  }
}

export const heredocsOf: (instruction: Instruction) => readonly Heredoc[] = perInstruction(instruction => {
  // dockerfile-ast's own rule for a one-line instruction: a heredoc starts at an argument `<<…`. Checked
  // on the cached arguments, it spares most instructions the library's scan, which parses them again.
  const range = instruction.getRange()
  if (
    range.start.line === range.end.line &&
    !argumentsOf(instruction).some(a => a.getValue().startsWith('<<'))
  )
    return []
  try {
    return (instruction as Instruction & { getHeredocs?: () => Heredoc[] }).getHeredocs?.() ?? []
  } catch {
    // dockerfile-ast throws on an ONBUILD RUN whose line continuation runs into a comment: the library
    // finds no heredoc it can read there, and neither can a rule.
    return []
  }
})

/** 0-based lines inside heredoc bodies: file content there, never Dockerfile comments. */
export function heredocBodyLines(instructions: Instruction[]): Set<number> {
  const lines = new Set<number>()
  for (const instruction of instructions) {
    for (const heredoc of heredocsOf(onbuildTrigger(instruction) ?? instruction)) {
      const content = heredoc.getContentRange()
      if (content === null) continue
      for (let line = content.start.line; line <= content.end.line; line++) lines.add(line)
    }
  }
  return lines
}

/** Built once per file: each alias's first stage, so stage lookups never rescan the earlier stages. */
const stageIndexes = new WeakMap<LintStage[], { byAlias: Map<string, LintStage>; builtOn: Set<string> }>()

function stageIndexOf(stages: LintStage[]) {
  let index = stageIndexes.get(stages)
  if (index === undefined) {
    index = { byAlias: new Map<string, LintStage>(), builtOn: new Set<string>() }
    for (const stage of stages) {
      if (stage.alias !== undefined && !index.byAlias.has(stage.alias)) index.byAlias.set(stage.alias, stage)
      if (stage.image !== undefined) index.builtOn.add(stage.image.toLowerCase())
    }
    stageIndexes.set(stages, index)
  }
  return index
}

/** The first stage called `name` (lowercased) if it comes before `stage`: what `FROM name` means there. */
export function earlierStageNamed(
  stages: LintStage[],
  name: string,
  stage: LintStage
): LintStage | undefined {
  const named = stageIndexOf(stages).byAlias.get(name)
  return named !== undefined && named.index < stage.index ? named : undefined
}

/** The earlier stage a stage builds on (`FROM builder`), if its image names one. */
export function parentStage(stage: LintStage, stages: LintStage[]): LintStage | undefined {
  const image = stage.image?.toLowerCase()
  return image === undefined ? undefined : earlierStageNamed(stages, image, stage)
}

/** True when some FROM names this stage's alias, i.e. another stage builds on it. */
export function isBuiltOn(stage: LintStage, stages: LintStage[]): boolean {
  return stage.alias !== undefined && stageIndexOf(stages).builtOn.has(stage.alias)
}

/** The stages where `own` holds, or holds for the stage they build on, transitively (HEALTHCHECK, labels). */
export function stagesWhereInherited(
  stages: LintStage[],
  own: (stage: LintStage) => boolean
): Set<LintStage> {
  const holds = new Set<LintStage>()
  for (const stage of stages) {
    const parent = parentStage(stage, stages)
    if (own(stage) || (parent !== undefined && holds.has(parent))) holds.add(stage)
  }
  return holds
}
