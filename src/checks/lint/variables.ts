import type { Instruction } from 'dockerfile-ast'
import { keywordOf, parentStage, unwrapOnbuild } from './ast-helpers.js'
import type { LintContext, LintStage } from './types.js'

/** The variable names a RUN can see, as hadolint's version-pinning rules (DL3033, DL3041) track them. */
export interface VisibleVariables {
  /** `ENV` names of the RUN's stage so far, with those of the stage it is built `FROM`. */
  envs: ReadonlySet<string>
  /** Every `ARG` declared before the RUN: before the first FROM or in any stage. */
  args: ReadonlySet<string>
}

function namesDeclared(instruction: Instruction): string[] {
  const withProperties = instruction as Instruction & { getProperties?: () => Array<{ getName(): string }> }
  return (withProperties.getProperties?.() ?? []).map(property => property.getName())
}

const computed = new WeakMap<LintStage[], Map<Instruction, VisibleVariables>>()

/**
 * For each RUN instruction (an `ONBUILD RUN`'s trigger included), the variables visible to it. Like
 * hadolint, ARGs count for the rest of the file, not per stage: a version kept in an ARG is a pin.
 */
export function visibleVariables(context: LintContext): Map<Instruction, VisibleVariables> {
  let result = computed.get(context.stages)
  if (result !== undefined) return result
  result = new Map()
  const args = new Set<string>()
  const firstFrom = context.stages[0]?.from?.getRange().start.line
  for (const instruction of context.ast.getInstructions()) {
    if (firstFrom === undefined || instruction.getRange().start.line >= firstFrom) break
    if (keywordOf(instruction) === 'ARG') namesDeclared(instruction).forEach(name => args.add(name))
  }
  const envsAtEnd = new Map<LintStage, Set<string>>()
  for (const stage of context.stages) {
    const parent = parentStage(stage, context.stages)
    const envs = new Set(parent === undefined ? [] : envsAtEnd.get(parent))
    for (const instruction of stage.instructions.map(unwrapOnbuild)) {
      const keyword = keywordOf(instruction)
      if (keyword === 'ARG') namesDeclared(instruction).forEach(name => args.add(name))
      else if (keyword === 'ENV') namesDeclared(instruction).forEach(name => envs.add(name))
      else if (keyword === 'RUN') result.set(instruction, { envs: new Set(envs), args: new Set(args) })
    }
    envsAtEnd.set(stage, envs)
  }
  computed.set(context.stages, result)
  return result
}

/** True when `text` expands one of `names`, as `$NAME` or `${NAME}`. */
export function expandsOneOf(text: string, names: Iterable<string>): boolean {
  for (const name of names) {
    if (text.includes(`\${${name}}`)) return true
    const at = text.indexOf(`$${name}`)
    if (at !== -1 && !/[A-Za-z0-9_]/.test(text[at + name.length + 1] ?? '')) return true
  }
  return false
}
