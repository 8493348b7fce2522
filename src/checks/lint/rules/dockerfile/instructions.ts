import type { Instruction } from 'dockerfile-ast'
import {
  argumentsContentOf,
  argumentValues,
  dropQuotes,
  instructionsByKeyword,
  keywordOf,
  onbuildTrigger,
  violationOn,
  type Range
} from '../../ast-helpers.js'
import type { LintContext, LintRule, LintRun, LintViolation } from '../../types.js'

export const DL3000: LintRule = {
  id: 'DL3000',
  level: 'error',
  title: 'Use absolute WORKDIR',
  description:
    "A relative `WORKDIR` depends on the one before it (or the base image's); use an absolute path or a `$VARIABLE`.",
  check: context =>
    instructionsByKeyword(context, 'WORKDIR').flatMap(({ instruction }) => {
      const path = dropQuotes(argumentsContentOf(instruction) ?? '')
      return path === '' || /^(\/|\$|[A-Za-z]:)/.test(path)
        ? []
        : [violationOn(instruction, `Use absolute WORKDIR (got ${path})`)]
    })
}

export const DL3011: LintRule = {
  id: 'DL3011',
  level: 'error',
  title: 'Valid UNIX ports range from 0 to 65535',
  description: 'An `EXPOSE` port (or either end of a range) above 65535 cannot exist.',
  check: context =>
    instructionsByKeyword(context, 'EXPOSE').flatMap(({ instruction }) => {
      const bad = argumentValues(instruction).find(port =>
        port
          .replace(/\/\w+$/, '')
          .split('-')
          .some(part => /^\d+$/.test(part) && Number(part) > 65535)
      )
      return bad === undefined
        ? []
        : [violationOn(instruction, `Valid UNIX ports range from 0 to 65535 (got ${bad})`)]
    })
}

/** Every occurrence after the first of `keyword` within one stage. */
function repeatsInStage(context: LintContext, keyword: string, message: string): LintViolation[] {
  return context.stages.flatMap(stage =>
    stage.instructions
      .filter(i => keywordOf(i) === keyword)
      .slice(1)
      .map(i => violationOn(i, message))
  )
}

export const DL3012: LintRule = {
  id: 'DL3012',
  level: 'error',
  title: 'Multiple HEALTHCHECK instructions',
  description: 'Only the last `HEALTHCHECK` of a stage takes effect; keep one.',
  check: context => repeatsInStage(context, 'HEALTHCHECK', 'Multiple HEALTHCHECK instructions in one stage')
}

export const DL4003: LintRule = {
  id: 'DL4003',
  level: 'warning',
  title: 'Multiple CMD instructions found',
  description: 'If you list more than one `CMD` in a stage, only the last one takes effect.',
  check: context =>
    repeatsInStage(context, 'CMD', 'Multiple CMD instructions found; only the last one takes effect')
}

export const DL4004: LintRule = {
  id: 'DL4004',
  level: 'error',
  title: 'Multiple ENTRYPOINT instructions found',
  description: 'If you list more than one `ENTRYPOINT` in a stage, only the last one takes effect.',
  check: context =>
    repeatsInStage(
      context,
      'ENTRYPOINT',
      'Multiple ENTRYPOINT instructions found; only the last one takes effect'
    )
}

export const DL3043: LintRule = {
  id: 'DL3043',
  level: 'error',
  title: 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD instruction',
  description: '`ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` are not allowed by the builder.',
  check: context =>
    context.ast.getInstructions().flatMap(instruction => {
      const trigger = onbuildTrigger(instruction)
      const keyword = trigger ? keywordOf(trigger) : ''
      return ['ONBUILD', 'FROM', 'MAINTAINER'].includes(keyword)
        ? [violationOn(instruction, `${keyword} cannot be triggered from within ONBUILD`)]
        : []
    })
}

export const DL4000: LintRule = {
  id: 'DL4000',
  level: 'error',
  title: 'MAINTAINER is deprecated',
  description: 'Use `LABEL org.opencontainers.image.authors="…"` instead of `MAINTAINER`.',
  check: context =>
    context.ast
      .getInstructions()
      .filter(i => keywordOf(i) === 'MAINTAINER')
      .map(i => violationOn(i, 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors'))
}

const VARIABLE_CHAR = /[A-Za-z0-9_]/

/**
 * The names `text` refers to as `$name` (the whole run of name characters after `$`) or `${name}`. One pass,
 * so that an ENV of thousands of assignments costs the length of its text, not its square.
 */
function referencedNames(text: string): Set<string> {
  const names = new Set<string>()
  // The next `}`, found once for all the `${` before it; infinity when there is none left.
  let close = -1
  for (let at = text.indexOf('$'); at !== -1;) {
    const next = text.indexOf('$', at + 1)
    let end = at + 1
    while (end < text.length && VARIABLE_CHAR.test(text[end])) end++
    if (end > at + 1) names.add(text.slice(at + 1, end))
    const braced = text[at + 1] === '{'
    if (braced && close < at + 2) {
      const found = text.indexOf('}', at + 2)
      close = found === -1 ? Number.POSITIVE_INFINITY : found
    }
    // A name has no `$` in it: `${a${b}` names only b, and the slices never overlap.
    if (braced && close < (next === -1 ? Number.POSITIVE_INFINITY : next))
      names.add(text.slice(at + 2, close))
    at = next
  }
  return names
}

export const DL3044: LintRule = {
  id: 'DL3044',
  level: 'error',
  title: 'Do not refer to an environment variable within the same ENV statement where it is defined',
  description:
    'In `ENV A=1 B=$A`, `$A` is expanded before `A` is set, so `B` gets the old (usually empty) value. ' +
    'Split it into two `ENV` instructions. Variables defined by an earlier `ENV` or `ARG` are fine.',
  check: context => {
    const defined = new Set<string>()
    const violations: LintViolation[] = []
    for (const instruction of context.ast.getInstructions()) {
      const keyword = keywordOf(instruction)
      const properties = propertiesOf(instruction)
      if (keyword === 'ENV') {
        const pairs = properties.map(p => ({
          name: p.getName(),
          references: referencedNames(p.getValue() ?? '')
        }))
        // How many pairs refer to each name; a pair referring to its own name does not count for it.
        const referrers = new Map<string, number>()
        for (const pair of pairs)
          for (const name of pair.references) referrers.set(name, (referrers.get(name) ?? 0) + 1)
        const selfReferenced = pairs.find(
          pair =>
            !defined.has(pair.name) &&
            (referrers.get(pair.name) ?? 0) > (pair.references.has(pair.name) ? 1 : 0)
        )
        if (selfReferenced !== undefined) {
          const name = selfReferenced.name
          violations.push(
            violationOn(
              instruction,
              `Do not refer to ${name} within the same ENV statement where it is defined`
            )
          )
        }
      }
      if (keyword === 'ENV' || keyword === 'ARG') for (const p of properties) defined.add(p.getName())
    }
    return violations
  }
}

type Property = { getName(): string; getNameRange(): Range; getValue(): string | null }

export function propertiesOf(instruction: Instruction): Property[] {
  return (instruction as Instruction & { getProperties?: () => Property[] }).getProperties?.() ?? []
}

export const DL3059: LintRule = {
  id: 'DL3059',
  level: 'info',
  title: 'Multiple consecutive RUN instructions. Consider consolidation',
  description:
    'Each `RUN` adds a layer. Consecutive `RUN`s with the same flags, each running a single command, ' +
    'can be joined with `&&`; a `RUN` that already chains commands is not reported. Comments between them do ' +
    'not count, any other instruction does.',
  check: context => {
    const commandCount = new Map(context.runs.map(run => [run.instruction, commandsIn(run)]))
    const violations: LintViolation[] = []
    for (const stage of context.stages) {
      let previous: { flags: string; count: number } | undefined
      for (const instruction of stage.instructions) {
        if (keywordOf(instruction) !== 'RUN') {
          previous = undefined
          continue
        }
        const flags = runFlags(instruction)
        const count = commandCount.get(instruction) ?? 1
        // Chained commands (`a && b`) in either RUN mean the split was deliberate.
        if (previous !== undefined && previous.flags === flags && count <= 1 && previous.count <= 1) {
          violations.push(
            violationOn(instruction, 'Multiple consecutive RUN instructions; consider consolidation')
          )
        }
        previous = { flags, count }
      }
    }
    return violations
  }
}

/** Commands in a RUN: from the shell parser, or a rough count of separators when it could not parse. */
function commandsIn(run: LintRun): number {
  if (run.shell !== undefined && run.shell.parseError === undefined) return run.shell.commands.length
  return run.script.split(/&&|\|\||;|\||\n/).filter(part => part.trim() !== '').length
}

function runFlags(instruction: Instruction): string {
  const flags =
    (instruction as Instruction & { getFlags?: () => Array<{ toString(): string }> }).getFlags?.() ?? []
  return flags
    .map(f => f.toString())
    .sort()
    .join(' ')
}

export const INSTRUCTION_RULES: LintRule[] = [
  DL3000,
  DL3011,
  DL3012,
  DL3043,
  DL3044,
  DL3059,
  DL4000,
  DL4003,
  DL4004
]
