import { argsWithoutFlags, hasFlag, isCommandWith } from '../../shell/command.js'
import type { LintRule, ShellCommand } from '../../types.js'
import { runRule } from './rule.js'
import { hasCacheOrTmpfsMountWith } from './run-flags.js'

const isZypperInstall = (command: ShellCommand): boolean =>
  isCommandWith(command, 'zypper', ['install', 'in'])

export const DL3034 = runRule({
  id: 'DL3034',
  level: 'warning',
  title: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
  description:
    '`zypper install`, `remove`, `source-install` and `patch` ask for confirmation; pass `-y` ' +
    '(`--no-confirm`) or `-n` (`--non-interactive`) so the build does not wait for input.',
  message: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
  fails: commands =>
    commands.some(
      command =>
        isCommandWith(command, 'zypper', [
          'install',
          'in',
          'remove',
          'rm',
          'source-install',
          'si',
          'patch'
        ]) && !hasFlag(command, 'no-confirm', 'y', 'n', 'non-interactive')
    )
})

export const DL3035 = runRule({
  id: 'DL3035',
  level: 'warning',
  title: 'Do not use `zypper dist-upgrade`.',
  description:
    '`zypper dist-upgrade` moves the whole distribution to new package versions during a build; pick a newer ' +
    'base image instead.',
  message: 'Do not use `zypper dist-upgrade`.',
  fails: commands => commands.some(command => isCommandWith(command, 'zypper', ['dist-upgrade', 'dup']))
})

export const DL3036 = runRule({
  id: 'DL3036',
  level: 'warning',
  title: '`zypper clean` missing after zypper use.',
  description:
    'zypper keeps its package cache in the layer; run `zypper clean` after `zypper install` (a clean before ' +
    'the install does not count), or mount a BuildKit cache or tmpfs on `/var/cache/zypp`.',
  message: '`zypper clean` missing after zypper use.',
  fails: (commands, run) => {
    const install = commands.findIndex(isZypperInstall)
    if (install === -1 || hasCacheOrTmpfsMountWith(run, '/var/cache/zypp')) return false
    return !(commands.findIndex(command => isCommandWith(command, 'zypper', ['clean', 'cc'])) > install)
  }
})

export const DL3037 = runRule({
  id: 'DL3037',
  level: 'warning',
  title: 'Specify version with `zypper install -y <package>[=]<version>`.',
  description:
    'An unpinned `zypper install` takes whatever the repository has at build time. Write `curl=8.0.1` or a ' +
    'range (`curl>=8`); an `.rpm` file counts as pinned.',
  message: 'Specify version with `zypper install -y <package>=<version>`.',
  fails: commands =>
    commands
      .filter(isZypperInstall)
      .flatMap(command => argsWithoutFlags(command))
      .filter(word => word !== 'install' && word !== 'in')
      .some(pkg => !(/[=<>]/.test(pkg) || pkg.endsWith('.rpm')))
})

export const ZYPPER_RULES: LintRule[] = [DL3034, DL3035, DL3036, DL3037]
