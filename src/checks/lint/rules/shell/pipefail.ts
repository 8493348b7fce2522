import { argValues, basename, hasFlag } from '../../shell/command.js'
import type { ShellCommand } from '../../types.js'
import { runRule } from './rule.js'

/** Windows shells have no `-o pipefail`, and their pipes pass objects, so the rule does not apply. */
const NON_POSIX_SHELLS = ['pwsh', 'powershell', 'cmd']
/** Shells whose `-o pipefail` option hadolint accepts in `SHELL`; plain `sh` may not have it. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash'])

/** `SHELL ["/bin/bash", "-eo", "pipefail", "-c"]` (or `-o errexit -o pipefail`). */
function shellSetsPipefail(shellCommand: string[]): boolean {
  const [program = '/bin/sh', ...args] = shellCommand
  if (!PIPEFAIL_SHELLS.has(basename(program))) return false
  return args.includes('pipefail') && args.some(arg => /^-[a-z]*o[a-z]*$/.test(arg))
}

function isNonPosix(shellCommand: string[]): boolean {
  const program = basename(shellCommand[0] ?? '').toLowerCase()
  return NON_POSIX_SHELLS.some(shell => program.startsWith(shell))
}

const isSetPipefail = (command: ShellCommand): boolean =>
  command.name === 'set' && hasFlag(command, 'o') && argValues(command).includes('pipefail')

export const DL4006 = runRule({
  id: 'DL4006',
  level: 'warning',
  title: 'Set the `SHELL` option -o pipefail before `RUN` with a pipe in it',
  description:
    'A pipeline fails only when its last command fails, so `curl … | tar x` builds even when the download ' +
    'failed. Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the `RUN` (each stage starts with the ' +
    'default shell again). Unlike hadolint, a `set -o pipefail` in the same `RUN` before the first pipe also ' +
    'counts: either the shell has the option, or `set` fails and stops the build.',
  message:
    'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine ' +
    'image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, ' +
    'or disable this check',
  fails: (commands, run) => {
    const firstPipe = commands.find(command => command.inPipeline)
    if (firstPipe === undefined) return false
    if (isNonPosix(run.shellCommand) || shellSetsPipefail(run.shellCommand)) return false
    return !commands.some(command => isSetPipefail(command) && command.offset < firstPipe.offset)
  }
})
