import { argsWithoutFlags, countFlag, hasArg, hasFlag, isCommandWith } from '../../shell/command.js'
import type { LintRule, ShellCommand } from '../../types.js'
import { parsedRuns, runRule, shipsLayers, uses, violationAtRun, type ParsedRun } from './rule.js'
import { hasCacheOrTmpfsMountWith } from './run-flags.js'

const isAptGetInstall = (command: ShellCommand): boolean => isCommandWith(command, 'apt-get', ['install'])

/** `apt-get install` packages; `-t bookworm-backports` names a release, not a package. */
function aptGetPackages(commands: ShellCommand[]): string[] {
  return commands
    .filter(isAptGetInstall)
    .flatMap(command => argsWithoutFlags(command, ['t', 'target-release']))
    .filter(word => word !== 'install')
}

export const DL3008 = runRule({
  id: 'DL3008',
  level: 'warning',
  title: 'Pin versions in `apt-get install`.',
  description:
    'An unpinned `apt-get install curl` installs whatever the mirror has on the day of the build, so two builds ' +
    'of the same commit can differ. Write `curl=7.88.1-10+deb12u5`; a `.deb` file or a path counts as pinned.',
  message:
    'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
  fails: commands =>
    aptGetPackages(commands).some(pkg => !(pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb')))
})

/** apt-get assumes yes at quiet level 2 (`-qq`, `-q -q`, `--quiet --quiet`, `-q=2`), not at level 1. */
function answersYes(command: ShellCommand): boolean {
  return (
    hasFlag(command, 'y', 'yes', 'assume-yes') ||
    countFlag(command, 'q') === 2 ||
    countFlag(command, 'quiet') === 2 ||
    hasArg(command, '-q=2')
  )
}

export const DL3014 = runRule({
  id: 'DL3014',
  level: 'warning',
  title: 'Use the `-y` switch.',
  description:
    '`apt-get install` without `-y` (or `--yes`, `--assume-yes`, or quiet level 2: `-qq`, `-q -q`, ' +
    '`--quiet --quiet`, `-q=2`) waits for an answer no one can give in a build. A single `-q` does not ' +
    'answer the prompt.',
  message: 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`',
  fails: commands => commands.some(command => isAptGetInstall(command) && !answersYes(command))
})

export const DL3015 = runRule({
  id: 'DL3015',
  level: 'info',
  title: 'Avoid additional packages by specifying `--no-install-recommends`.',
  description:
    'Recommended packages are pulled in by default and make the image larger and its attack surface wider. ' +
    'Pass `--no-install-recommends` (or `-o APT::Install-Recommends=false`).',
  message: 'Avoid additional packages by specifying `--no-install-recommends`',
  fails: commands =>
    commands.some(
      command =>
        isAptGetInstall(command) &&
        !hasFlag(command, 'no-install-recommends') &&
        !hasArg(command, 'APT::Install-Recommends=false')
    )
})

export const DL3027 = runRule({
  id: 'DL3027',
  level: 'warning',
  title: 'Do not use `apt` as it is meant to be an end-user tool, use `apt-get` or `apt-cache` instead',
  description:
    '`apt` has no stable command-line interface and warns so in scripts; `apt-get` and `apt-cache` do.',
  message: 'Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead',
  fails: commands => uses(commands, 'apt')
})

const UPDATES_LISTS = ['apt-get', 'apt', 'aptitude']

/** `apt-get update` (or `apt`/`aptitude update`) leaves the package lists in the layer unless the same RUN deletes them. */
function keepsAptLists(run: ParsedRun): boolean {
  const commands = run.shell.commands
  const updates = commands.some(command => isCommandWith(command, UPDATES_LISTS, ['update']))
  const removes = commands.some(
    command => command.name === 'rm' && command.args.some(arg => arg.value.startsWith('/var/lib/apt/lists'))
  )
  if (!updates || removes) return false
  // A cache or tmpfs mount keeps the lists out of the layer.
  return !(
    hasCacheOrTmpfsMountWith(run, '/var/lib/apt/lists') ||
    (hasCacheOrTmpfsMountWith(run, '/var/lib/apt') && hasCacheOrTmpfsMountWith(run, '/var/cache/apt'))
  )
}

export const DL3009: LintRule = {
  id: 'DL3009',
  level: 'info',
  title: 'Delete the apt-get lists after installing something.',
  description:
    '`apt-get update` (or `apt update`, `aptitude update`) downloads package lists (tens of MB) into the ' +
    'layer. End the same `RUN` with `rm -rf /var/lib/apt/lists/*`, or use a BuildKit cache or tmpfs mount on ' +
    '`/var/lib/apt/lists` (or on both `/var/lib/apt` and `/var/cache/apt`). Unlike hadolint, an `rm -rf` of ' +
    'another path is not taken for the cleanup. Stages that no ' +
    'image is built from are not reported; `ONBUILD RUN` always is, as it runs in the image built from this one.',
  check: context =>
    parsedRuns(context)
      .filter(run => keepsAptLists(run) && shipsLayers(run, context))
      .map(run => violationAtRun(run, 'Delete the apt-get lists after installing something.'))
}

export const APT_RULES: LintRule[] = [DL3008, DL3009, DL3014, DL3015, DL3027]
