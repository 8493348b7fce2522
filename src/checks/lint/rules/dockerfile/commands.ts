import type { Instruction } from 'dockerfile-ast'
import {
  argumentsContentOf,
  argumentsOf,
  argumentValues,
  execFormArguments,
  keywordOf,
  parentStage,
  violationOn
} from '../../ast-helpers.js'
import type { LintContext, LintRule, LintStage } from '../../types.js'

/** Rules about the command an image runs: CMD, ENTRYPOINT and HEALTHCHECK. */

/** CMD, ENTRYPOINT or `HEALTHCHECK CMD` in shell form: the command text, or undefined when it is exec form. */
function shellFormCommand(instruction: Instruction): string | undefined {
  const keyword = keywordOf(instruction)
  let text: string
  if (keyword === 'CMD' || keyword === 'ENTRYPOINT') text = argumentsContentOf(instruction) ?? ''
  else if (keyword === 'HEALTHCHECK') {
    const at = argumentValues(instruction).findIndex(word => word.toUpperCase() === 'CMD')
    if (at === -1) return undefined
    text = argumentsOf(instruction)
      .slice(at + 1)
      .map(a => a.getValue())
      .join(' ')
  } else return undefined
  return execFormArguments(text) === undefined ? text : undefined
}

export const DL3025: LintRule = {
  id: 'DL3025',
  level: 'warning',
  title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
  description:
    'The shell form runs the command under `/bin/sh -c`, so it does not receive signals (no graceful ' +
    'shutdown) and `CMD` cannot add arguments to an `ENTRYPOINT`. Write `["executable", "arg"]`. ' +
    '`HEALTHCHECK CMD` is held to the same form, as in hadolint.',
  check: context =>
    context.stages.flatMap(stage =>
      stage.instructions
        .filter(i => shellFormCommand(i) !== undefined)
        .map(i => violationOn(i, `Use arguments JSON notation for ${keywordOf(i)} arguments`))
    )
}

/**
 * Stages counted as having a HEALTHCHECK, as hadolint decides it in file order: a stage inherits it from
 * the stage it is built on, and a stage's own HEALTHCHECK also counts for its ancestors (the stages
 * they are built from), so a chain ending in a healthy image is reported nowhere.
 */
function stagesWithHealthcheck(context: LintContext): Set<LintStage> {
  const healthy = new Set<LintStage>()
  for (const stage of context.stages) {
    const parent = parentStage(stage, context.stages)
    if (parent !== undefined && healthy.has(parent)) healthy.add(stage)
    if (!stage.instructions.some(i => keywordOf(i) === 'HEALTHCHECK')) continue
    for (let s: LintStage | undefined = stage; s !== undefined; s = parentStage(s, context.stages))
      healthy.add(s)
  }
  return healthy
}

export const DL3057: LintRule = {
  id: 'DL3057',
  level: 'info',
  enabledByDefault: false,
  title: 'HEALTHCHECK instruction missing',
  description:
    'Off by default, as in hadolint (level `ignore`); turn it on with e.g. `DL3057: info` under ' +
    '`dockerfile.rules`. Reports each stage without a `HEALTHCHECK`, unless it inherits one from the stage it ' +
    'builds on or a stage built from it (directly or through others) has one; `HEALTHCHECK NONE` counts.',
  check: context => {
    const healthy = stagesWithHealthcheck(context)
    return context.stages.flatMap(stage =>
      stage.from !== undefined && !healthy.has(stage)
        ? [violationOn(stage.from, 'HEALTHCHECK instruction missing')]
        : []
    )
  }
}

export const COMMAND_RULES: LintRule[] = [DL3025, DL3057]
