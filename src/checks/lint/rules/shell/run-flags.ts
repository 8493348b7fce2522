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

/** Each `--mount=…` of the RUN as its options: `type=cache,target=/x` → {type: cache, target: /x}. */
export function runMounts(run: LintRun): Array<Map<string, string>> {
  return runFlags(run)
    .filter(flag => flag.getName() === 'mount')
    .map(flag => mountOptions(flag.getValue() ?? ''))
}

/**
 * hadolint's `hasCacheOrTmpfsMountWith`: a `type=cache` or `type=tmpfs` mount whose target contains
 * `fragment` (`.cache/pip` matches `/root/.cache/pip`). What lands there never reaches the layer.
 */
export function hasCacheOrTmpfsMountWith(run: LintRun, fragment: string): boolean {
  return runMounts(run).some(options => {
    const type = options.get('type')
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? ''
    return (type === 'cache' || type === 'tmpfs') && target.includes(fragment)
  })
}

function mountOptions(value: string): Map<string, string> {
  return new Map(
    value.split(',').map(pair => {
      const at = pair.indexOf('=')
      return at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]
    })
  )
}
