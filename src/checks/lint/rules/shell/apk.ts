import { argsWithoutFlags, hasFlag, isCommandWith } from '../../shell/command.js'
import type { LintRule, ShellCommand } from '../../types.js'
import { runRule } from './rule.js'
import { hasCacheOrTmpfsMountWith } from './run-flags.js'

const isApkAdd = (command: ShellCommand): boolean => isCommandWith(command, 'apk', ['add'])

export const DL3018 = runRule({
  id: 'DL3018',
  level: 'warning',
  title: 'Pin versions in `apk add`. Instead of `apk add <package>` use `apk add <package>=<version>`.',
  description:
    'An unpinned `apk add` installs whatever the repository has at build time. Pin with `pkg=1.2.3-r0` or ' +
    '`pkg~1.2` (or a range: `pkg>=1.2`, `pkg<2`); a local `.apk` file counts as pinned. `--virtual NAME` and `--repository URL` are not packages.',
  message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
  fails: commands =>
    commands
      .filter(isApkAdd)
      .flatMap(command => argsWithoutFlags(command, ['t', 'virtual', 'repository', 'X']))
      .filter(word => word !== 'add')
      .some(pkg => !(/[=~<>]/.test(pkg) || pkg.endsWith('.apk')))
})

export const DL3019 = runRule({
  id: 'DL3019',
  level: 'info',
  title:
    'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages.',
  description:
    '`apk add --no-cache` fetches the index on the fly and leaves no package cache in the layer. A BuildKit ' +
    'cache or tmpfs mount on `/var/cache/apk` keeps the cache out of the layer too.',
  message:
    'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
  fails: (commands, run) =>
    commands.some(command => isApkAdd(command) && !hasFlag(command, 'no-cache')) &&
    !hasCacheOrTmpfsMountWith(run, '/var/cache/apk')
})

export const APK_RULES: LintRule[] = [DL3018, DL3019]
