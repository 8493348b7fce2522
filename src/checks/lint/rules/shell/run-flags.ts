import type { Instruction } from 'dockerfile-ast'
import type { LintRun } from '../../types.js'

interface FlagLike {
  getName(): string
  getValue(): string | null
}

/** The RUN's `--flag=value` options (for `ONBUILD RUN`, the context's instruction is the trigger). */
function runFlags(run: LintRun): FlagLike[] {
  const instruction = run.instruction as Instruction & { getFlags?: () => FlagLike[] }
  return instruction.getFlags?.() ?? []
}

/** `--mount=type=cache,target=/var/lib/apt` → `['/var/lib/apt']`. */
export function cacheMountTargets(run: LintRun): string[] {
  return runFlags(run)
    .filter(flag => flag.getName() === 'mount')
    .map(flag => mountOptions(flag.getValue() ?? ''))
    .filter(options => options.get('type') === 'cache')
    .map(options => options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '')
    .filter(target => target !== '')
}

function mountOptions(value: string): Map<string, string> {
  return new Map(
    value.split(',').map(pair => {
      const at = pair.indexOf('=')
      return at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]
    })
  )
}
