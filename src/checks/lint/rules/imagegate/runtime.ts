import { argumentValues, instructionsByKeyword, parentStage, violationOn } from '../../ast-helpers.js'
import type { LintRule, LintStage } from '../../types.js'
import { isRootUser, lastUser, userOf } from '../dockerfile/user.js'

/** The user a stage ends with: its own last USER, else the one of the earlier stage it builds on. */
function finalUser(stage: LintStage, stages: LintStage[]): string | undefined {
  // A loop, not recursion: a chain of thousands of `FROM previous` stages would overflow the stack.
  for (
    let current: LintStage | undefined = stage;
    current !== undefined;
    current = parentStage(current, stages)
  ) {
    const own = lastUser(current)
    if (own !== undefined) return userOf(own)
  }
  return undefined
}

export const IG204: LintRule = {
  id: 'IG204',
  level: 'warning',
  title: 'Final stage runs as root',
  description:
    'The image the Dockerfile produces (its last stage) has no `USER`, or ends with `USER root` / `USER 0`, ' +
    'so its process runs as root unless the base image sets a user. Add e.g. `USER 10001:10001` at the end. ' +
    'A `USER` in an earlier stage the final one builds on counts; fragments without `FROM` are not reported.',
  check: context => {
    const final = context.stages.at(-1)
    if (final?.from === undefined) return []
    const user = finalUser(final, context.stages)
    if (user !== undefined && !isRootUser(user)) return []
    const at = lastUser(final) ?? final.from
    const why = user === undefined ? 'has no USER' : `ends with USER ${user}`
    return [violationOn(at, `The final stage ${why}, so the container runs as root; add a non-root USER`)]
  }
}

export const IG206: LintRule = {
  id: 'IG206',
  level: 'warning',
  title: 'EXPOSE 22 (SSH) in an image',
  description:
    'Exposing port 22 means an SSH server in the container: a second way in, with its own keys to manage. ' +
    'Use `docker exec` / `kubectl exec` for access instead.',
  check: context =>
    instructionsByKeyword(context, 'EXPOSE').flatMap(({ instruction }) =>
      argumentValues(instruction).some(port => /^22(?:\/(?:tcp|udp))?$/i.test(port))
        ? [violationOn(instruction, 'EXPOSE 22 exposes SSH; use docker exec or kubectl exec for access')]
        : []
    )
}

export const RUNTIME_RULES: LintRule[] = [IG204, IG206]
