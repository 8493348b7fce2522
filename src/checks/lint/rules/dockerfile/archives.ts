import { dropQuotes, flagOf, keywordOf, violationOn } from '../../ast-helpers.js'
import { copyArguments } from '../../copy-arguments.js'
import type { LintRule, LintViolation, ShellCommand } from '../../types.js'
import { isArchive } from './copy.js'

const UNPACKERS = new Set([
  'unzip',
  'gunzip',
  'bunzip2',
  'unlzma',
  'unxz',
  'zgz',
  'uncompress',
  'zcat',
  'gzcat'
])

function basename(path: string): string {
  return dropQuotes(path).split(/[\\/]/).at(-1) ?? ''
}

/** `tar -x…`, `tar --extract`/`--get`, or one of the unpacking tools, as hadolint recognises them. */
function extracts(command: ShellCommand): boolean {
  const args = command.args.map(a => a.value)
  if (command.name === 'tar') {
    return args.some(a => a === '--extract' || a === '--get' || (/^-[^-]/.test(a) && a.includes('x')))
  }
  return UNPACKERS.has(command.name)
}

export const DL3010: LintRule = {
  id: 'DL3010',
  level: 'info',
  title: 'Use ADD for extracting archives into an image',
  description:
    'A local archive that is `COPY`ed and then unpacked by a later `RUN` (`tar -x`, `unzip`, `gunzip`…) in ' +
    'the same stage leaves the archive in a layer; `ADD` unpacks it in one step. Reported on the `COPY`.',
  check: context => {
    const runs = new Map(context.runs.map(run => [run.instruction, run]))
    const violations: LintViolation[] = []
    for (const stage of context.stages) {
      const copied: Array<{ name: string; copy: (typeof stage.instructions)[number] }> = []
      const reported = new Set<unknown>()
      for (const instruction of stage.instructions) {
        const keyword = keywordOf(instruction)
        if (keyword === 'COPY' && flagOf(instruction, 'from') === undefined) {
          const { sources, target } = copyArguments(instruction)
          // Copied to an archive name, the target is what gets unpacked; otherwise each archive source.
          const names = target !== undefined && isArchive(target) ? [target] : sources.filter(isArchive)
          copied.push(...names.map(name => ({ name: basename(name), copy: instruction })))
        }
        // Only a RUN after a COPY of an archive can unpack it.
        if (keyword !== 'RUN' || copied.length === 0) continue
        const commands = runs.get(instruction)?.shell?.commands ?? []
        const unpacked = new Set(
          commands
            .filter(extracts)
            .flatMap(c => c.args.map(a => a.value).filter(a => !a.startsWith('-')))
            .map(basename)
        )
        for (const archive of copied) {
          if (!unpacked.has(archive.name) || reported.has(archive.copy)) continue
          reported.add(archive.copy)
          violations.push(
            violationOn(archive.copy, `Use ADD for extracting archives into an image (${archive.name})`)
          )
        }
      }
    }
    return violations
  }
}
