import { isBuiltOn } from '../../ast-helpers.js'
import type { LintLevel } from '../../../../policy/types.js'
import type { LintContext, LintRule, LintRun, LintViolation, ParsedShell, ShellCommand } from '../../types.js'

/** A RUN whose script parsed: the only RUNs shell rules look at (exec form and parse errors stay silent). */
export type ParsedRun = LintRun & { shell: ParsedShell }

export function parsedRuns(context: LintContext): ParsedRun[] {
  return context.runs.filter(
    (run): run is ParsedRun => run.shell !== undefined && run.shell.parseError === undefined
  )
}

/** A violation at the RUN instruction itself. */
export function violationAtRun(run: LintRun, message: string): LintViolation {
  return { line: run.line, column: run.column, message }
}

export interface RunRuleSpec {
  id: string
  level: LintLevel
  title: string
  description: string
  message: string
  /** True when this RUN breaks the rule. */
  fails(commands: ShellCommand[], run: ParsedRun, context: LintContext): boolean
}

/** A rule judged one RUN at a time, with no state carried between instructions. */
export function runRule(spec: RunRuleSpec): LintRule {
  return {
    id: spec.id,
    level: spec.level,
    title: spec.title,
    description: spec.description,
    check: context =>
      parsedRuns(context)
        .filter(run => spec.fails(run.shell.commands, run, context))
        .map(run => violationAtRun(run, spec.message))
  }
}

/** hadolint's `usingProgram`: some command of the RUN is called exactly `name`. */
export function uses(commands: ShellCommand[], name: string): boolean {
  return commands.some(command => command.name === name)
}

/**
 * Whether what a RUN leaves behind ends up in an image: in the last stage, in a stage a later FROM builds
 * on, or in an ONBUILD trigger (which runs in the image built from this one). For cleanup rules.
 */
export function shipsLayers(run: LintRun, context: LintContext): boolean {
  const { stage } = run
  if (run.onbuild || stage === context.stages[context.stages.length - 1]) return true
  return isBuiltOn(stage, context.stages)
}
