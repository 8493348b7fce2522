import type { Instruction } from 'dockerfile-ast'
import {
  argumentsContentOf,
  argumentValues,
  instructionsByKeyword,
  keywordOf,
  unwrapOnbuild,
  violationOn
} from '../../ast-helpers.js'
import type { LintContext, LintRule, LintStage } from '../../types.js'
import { expandsOneOf } from '../../variables.js'

/** `USER root`, `USER 0`, `USER root:group`, `USER 0:0`, as hadolint reads it. */
export function isRootUser(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:')
}

export function userOf(instruction: Instruction): string {
  return (argumentsContentOf(instruction) ?? '').trim()
}

/** The stage's last USER instruction, if any. */
export function lastUser(stage: LintStage): Instruction | undefined {
  return stage.instructions.filter(i => keywordOf(i) === 'USER').at(-1)
}

export const DL3002: LintRule = {
  id: 'DL3002',
  level: 'warning',
  title: 'Last USER should not be root',
  description:
    'A stage whose last `USER` is `root` (or `0`) runs its command as root. Switch to an unprivileged user ' +
    'after the steps that need root. Reported on that `USER` line, for every stage, as hadolint does.',
  check: context =>
    context.stages.flatMap(stage => {
      const user = lastUser(stage)
      return user !== undefined && isRootUser(userOf(user))
        ? [violationOn(user, `Last USER should not be root (USER ${userOf(user)})`)]
        : []
    })
}

/** ARG names declared before each USER (any stage, or before the first FROM), as hadolint tracks them. */
function argsBeforeUsers(context: LintContext): Map<Instruction, string[]> {
  const args: string[] = []
  const result = new Map<Instruction, string[]>()
  for (const instruction of context.ast.getInstructions().map(unwrapOnbuild)) {
    const keyword = keywordOf(instruction)
    if (keyword === 'ARG') args.push(...argumentValues(instruction).map(word => word.split('=')[0]))
    if (keyword === 'USER') result.set(instruction, [...args])
  }
  return result
}

export const DL3066: LintRule = {
  id: 'DL3066',
  level: 'info',
  title: 'Non-numeric user-id may not be resolvable by host system',
  description:
    'A user name is resolved inside the image; Kubernetes `runAsNonRoot` and host tools only see numbers. ' +
    'Prefer `USER 10001` (or `USER 10001:10001`). A user id from a declared build argument ' +
    '(`ARG APP_UID` … `USER ${APP_UID}`) is not reported: the builder passes the number.',
  check: context => {
    const users = instructionsByKeyword(context, 'USER')
    if (users.length === 0) return []
    const args = argsBeforeUsers(context)
    return users.flatMap(({ instruction }) => {
      const uid = userOf(instruction).split(':')[0]
      if (/^\d*$/.test(uid) || expandsOneOf(uid, args.get(instruction) ?? [])) return []
      return [violationOn(instruction, `Non-numeric user-id "${uid}" may not be resolvable by host system`)]
    })
  }
}

export const USER_RULES: LintRule[] = [DL3002, DL3066]
