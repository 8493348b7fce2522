import {
  dropQuotes,
  earlierStageNamed,
  flagOf,
  instructionsByKeyword,
  keywordOf,
  parentStage,
  unwrapOnbuild,
  violationAt,
  violationOn
} from '../../ast-helpers.js'
import { copyArguments } from '../../copy-arguments.js'
import type { Instruction } from 'dockerfile-ast'
import type { LintContext, LintRule, LintStage, LintViolation } from '../../types.js'

/** hadolint's list of archive extensions that ADD unpacks. */
export const ARCHIVE_EXTENSIONS = [
  '.tar',
  '.Z',
  '.bz2',
  '.gz',
  '.lz',
  '.lzma',
  '.tZ',
  '.tb2',
  '.tbz',
  '.tbz2',
  '.tgz',
  '.tlz',
  '.tpz',
  '.txz',
  '.xz'
]

export function isArchive(path: string): boolean {
  const unquoted = dropQuotes(path)
  return ARCHIVE_EXTENSIONS.some(extension => unquoted.endsWith(extension))
}

export function isUrl(path: string): boolean {
  return /^https?:\/\//.test(dropQuotes(path))
}

export const DL3020: LintRule = {
  id: 'DL3020',
  level: 'error',
  title: 'Use COPY instead of ADD for files and folders',
  description:
    '`ADD` also fetches URLs and unpacks archives; for plain files and folders `COPY` says what happens. ' +
    'An `ADD` whose every source is a URL or a local archive is not reported.',
  check: context =>
    instructionsByKeyword(context, 'ADD').flatMap(({ instruction }) => {
      const { sources } = copyArguments(instruction)
      const plain = sources.filter(s => !s.startsWith('<<') && !isArchive(s) && !isUrl(s))
      return plain.length > 0
        ? [violationOn(instruction, `Use COPY instead of ADD for files and folders (${plain[0]})`)]
        : []
    })
}

export const DL3021: LintRule = {
  id: 'DL3021',
  level: 'error',
  title: 'COPY with more than 2 arguments requires the last argument to end with /',
  description: 'With several sources, the destination is a directory and must say so with a trailing `/`.',
  check: context =>
    instructionsByKeyword(context, 'COPY').flatMap(({ instruction }) => {
      const { sources, target } = copyArguments(instruction)
      if (sources.length < 2 || target === undefined || dropQuotes(target).endsWith('/')) return []
      return [
        violationOn(
          instruction,
          `COPY with more than 2 arguments requires the last argument (${target}) to end with /`
        )
      ]
    })
}

/** Each `COPY --from=…` with its stage; the reference lowercased, as BuildKit compares stage names. */
export function copiesFrom(
  context: LintContext
): Array<{ copy: { instruction: Instruction; stage: LintStage }; from: string }> {
  return instructionsByKeyword(context, 'COPY').flatMap(copy => {
    const from = flagOf(copy.instruction, 'from')?.getValue()
    return from ? [{ copy, from: from.toLowerCase() }] : []
  })
}

/** True when a `--from` value names a stage defined before `stage`, by alias or by index. */
export function namesEarlierStage(context: LintContext, stage: LintStage, from: string): boolean {
  return (
    earlierStageNamed(context.stages, from, stage) !== undefined ||
    (/^\d+$/.test(from) && Number(from) < stage.index)
  )
}

export const DL3022: LintRule = {
  id: 'DL3022',
  level: 'warning',
  title: 'COPY --from should reference a previously defined FROM alias',
  description:
    '`COPY --from=name` copies from the stage named `name`, which must be defined above it; a numeric ' +
    'index of an earlier stage is accepted. An image reference with a tag or digest ' +
    '(`--from=nginx:1.27`) copies from that image and is not reported; a bare name that is no stage is.',
  check: context =>
    copiesFrom(context).flatMap(({ copy, from }) => {
      return namesEarlierStage(context, copy.stage, from) || dropQuotes(from).includes(':')
        ? []
        : [fromFlagViolation(copy.instruction, 'does not name an earlier stage')]
    })
}

export const DL3023: LintRule = {
  id: 'DL3023',
  level: 'error',
  title: 'COPY --from cannot reference its own FROM alias',
  description: 'A stage cannot copy from itself; reference an earlier stage.',
  check: context =>
    copiesFrom(context).flatMap(({ copy, from }) =>
      copy.stage.alias === from ? [fromFlagViolation(copy.instruction, 'references its own stage')] : []
    )
}

export const DL3067: LintRule = {
  id: 'DL3067',
  level: 'warning',
  title: 'Do not copy an entire filesystem from another stage',
  description:
    "`COPY --from=stage / /` copies everything, including the other stage's package database and secrets.",
  check: context =>
    copiesFrom(context).flatMap(({ copy }) => {
      const { sources, target } = copyArguments(copy.instruction)
      const root =
        sources.some(s => dropQuotes(s) === '/') && target !== undefined && dropQuotes(target) === '/'
      return root
        ? [violationOn(copy.instruction, 'Do not copy an entire filesystem from another stage')]
        : []
    })
}

export const DL3045: LintRule = {
  id: 'DL3045',
  level: 'warning',
  title: 'COPY to a relative destination without WORKDIR set',
  description:
    "A relative `COPY` destination depends on the base image's working directory. Set `WORKDIR` in the " +
    'stage (or in the stage it builds on) or use an absolute path; a destination starting with `$` is not reported.',
  check: context => {
    const workdirAtEnd = new Map<LintStage, boolean>()
    const violations: LintViolation[] = []
    for (const stage of context.stages) {
      const parent = parentStage(stage, context.stages)
      let hasWorkdir = parent !== undefined && workdirAtEnd.get(parent) === true
      // `ONBUILD COPY` and `ONBUILD WORKDIR` count as in hadolint: they run in the child build.
      for (const instruction of stage.instructions.map(unwrapOnbuild)) {
        const keyword = keywordOf(instruction)
        if (keyword === 'WORKDIR') hasWorkdir = true
        if (keyword !== 'COPY' || hasWorkdir) continue
        const target = dropQuotes(copyArguments(instruction).target ?? '/')
        // Absolute (`/app`, Windows `C:\app`) or a variable: the base image's WORKDIR does not matter.
        if (!/^(\/|\$|[A-Za-z]:)/.test(target)) {
          violations.push(
            violationOn(instruction, `COPY to a relative destination (${target}) without WORKDIR set`)
          )
        }
      }
      workdirAtEnd.set(stage, hasWorkdir)
    }
    return violations
  }
}

/** A violation on the `--from=…` flag, the message prefixed with the flag as written. */
function fromFlagViolation(instruction: Instruction, problem: string): LintViolation {
  const flag = flagOf(instruction, 'from')
  const message = `COPY --from=${flag?.getValue() ?? ''} ${problem}`
  return flag ? violationAt(flag.getRange(), message) : violationOn(instruction, message)
}

export const COPY_RULES: LintRule[] = [DL3020, DL3021, DL3022, DL3023, DL3045, DL3067]
