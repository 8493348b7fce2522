import { flagValues, hasArg, hasFlag, isCommandWith } from '../../shell/command.js'
import type { LintRule, LintViolation } from '../../types.js'
import { parsedRuns, runRule, uses, violationAtRun } from './rule.js'

/** Commands that make no sense in a build: interactive, or about a running system. */
const POINTLESS_IN_BUILD = new Set([
  'free',
  'kill',
  'mount',
  'ps',
  'service',
  'shutdown',
  'ssh',
  'top',
  'vim'
])

export const DL3001 = runRule({
  id: 'DL3001',
  level: 'info',
  title:
    'For some bash commands it makes no sense running them in a Docker container like ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig.',
  description:
    'A build step has no terminal, no running services and no other processes: `vim`, `ssh`, `service`, `ps`, ' +
    '`top` and the like either hang or do nothing useful.',
  message:
    'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, ' +
    '`service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
  fails: commands => commands.some(command => POINTLESS_IN_BUILD.has(command.name))
})

export const DL3003 = runRule({
  id: 'DL3003',
  level: 'warning',
  title: 'Use WORKDIR to switch to a directory.',
  description:
    '`cd` lasts only until the end of its `RUN`; `WORKDIR` sets the directory for every later instruction and ' +
    'is visible to readers.',
  message: 'Use WORKDIR to switch to a directory.',
  fails: commands => uses(commands, 'cd')
})

export const DL3004 = runRule({
  id: 'DL3004',
  level: 'error',
  title: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root.',
  description:
    'Build steps already run as the `USER` in effect; `sudo` needs a TTY and a sudoers setup, and leaves ' +
    'setuid tooling in the image. Switch with `USER`, or use `gosu` at run time.',
  message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
  fails: commands => uses(commands, 'sudo')
})

export const DL3046 = runRule({
  id: 'DL3046',
  level: 'warning',
  title: '`useradd` without flag `-l` and high UID will result in excessively large Image.',
  description:
    'Without `-l` (`--no-log-init`), `useradd -u 1000000` writes sparse `lastlog`/`faillog` entries that ' +
    'become gigabytes in a layer.',
  message: '`useradd` without flag `-l` and high UID will result in excessively large Image.',
  fails: commands =>
    commands.some(
      command =>
        command.name === 'useradd' &&
        !hasFlag(command, 'l', 'no-log-init') &&
        hasFlag(command, 'u', 'uid') &&
        [...flagValues(command, 'u'), ...flagValues(command, 'uid')].some(uid => uid.length > 5)
    )
})

export const DL3047 = runRule({
  id: 'DL3047',
  level: 'info',
  title:
    '`wget` without flag `--progress` will result in excessively bloated build logs when downloading larger files.',
  description:
    "wget's default progress bar writes a line per step to a non-terminal. Use `--progress=dot:giga`, or `-q`, " +
    '`-nv`, `-o FILE`, `-a FILE`.',
  message:
    'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. ' +
    'Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
  fails: commands =>
    commands.some(
      command =>
        command.name === 'wget' &&
        !hasFlag(command, 'progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') &&
        !hasArg(command, '-nv')
    )
})

export const DL4005 = runRule({
  id: 'DL4005',
  level: 'warning',
  title: 'Use `SHELL` to change the default shell.',
  description:
    'Relinking `/bin/sh` (`ln -sf /bin/bash /bin/sh`) changes the shell for every program in the image; ' +
    '`SHELL ["/bin/bash", "-c"]` changes it for the build only.',
  message: 'Use SHELL to change the default shell',
  fails: commands => commands.some(command => isCommandWith(command, 'ln', ['/bin/sh']))
})

/** Both download tools in one stage: two sets of TLS and proxy behaviour, and two packages in the image. */
export const DL4001: LintRule = {
  id: 'DL4001',
  level: 'warning',
  title: 'Either use Wget or Curl but not both.',
  description:
    'Using both `curl` and `wget` in one stage installs two tools with different TLS, proxy and retry ' +
    'behaviour. Pick one. Reported on each `RUN` that uses one of them once the stage has used both.',
  check: context => {
    const seen = new Map<string, Set<string>>()
    const violations: LintViolation[] = []
    for (const run of parsedRuns(context)) {
      // ONBUILD triggers run in another build, so they are counted apart from the stage's own RUNs.
      const key = `${run.stage.index}:${run.onbuild}`
      const tools = seen.get(key) ?? new Set<string>()
      seen.set(key, tools)
      const used = run.shell.commands.filter(command => command.name === 'curl' || command.name === 'wget')
      for (const command of used) tools.add(command.name)
      if (used.length > 0 && tools.size === 2) {
        violations.push(violationAtRun(run, 'Either use Wget or Curl but not both'))
      }
    }
    return violations
  }
}

export const COMMAND_RULES: LintRule[] = [DL3001, DL3003, DL3004, DL3046, DL3047, DL4001, DL4005]
