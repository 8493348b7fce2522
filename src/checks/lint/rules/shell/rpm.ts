import { argsWithoutFlags, hasFlag, isCommandWith } from '../../shell/command.js'
import type { LintContext, LintRule, ShellCommand } from '../../types.js'
import { expandsOneOf, visibleVariables } from '../../variables.js'
import { runRule, type ParsedRun } from './rule.js'
import { hasCacheOrTmpfsMountWith } from './run-flags.js'

/** yum and dnf/microdnf: the RPM package managers of RHEL, Fedora, Rocky, Alma and Amazon Linux. */
const DNF = ['dnf', 'microdnf']

/** `yum install` / `dnf groupinstall` … without `-y`: waits for a yes. */
function asksToConfirm(command: ShellCommand, tools: string[]): boolean {
  return (
    isCommandWith(command, tools, ['install', 'groupinstall', 'localinstall']) &&
    !hasFlag(command, 'y', 'assumeyes')
  )
}

/** Packages (or modules) named by `<tool> [module] install …`. */
function installed(command: ShellCommand, tools: string[]): string[] {
  if (!isCommandWith(command, tools, ['install'])) return []
  return argsWithoutFlags(command).filter(word => word !== 'install' && word !== 'module')
}

export const DL3030 = runRule({
  id: 'DL3030',
  level: 'warning',
  title: 'Use the `-y` switch to avoid manual input `yum install -y <package>`',
  description: '`yum install` without `-y` (`--assumeyes`) waits for an answer no one can give in a build.',
  message: 'Use the -y switch to avoid manual input `yum install -y <package`',
  fails: commands => commands.some(command => asksToConfirm(command, ['yum']))
})

/** True when a command matching `clean` comes after the first one matching `install` (or none installs). */
function cleansAfterInstall(
  commands: ShellCommand[],
  install: (command: ShellCommand) => boolean,
  clean: (command: ShellCommand) => boolean
): boolean {
  const first = commands.findIndex(install)
  return first === -1 || commands.slice(first + 1).some(clean)
}

/**
 * `rm` of a package manager cache (`/var/cache/yum/*`, `/var/cache/libdnf5*`, `/var/cache/dnf`). hadolint
 * takes any `rm -rf` for a clean; we want the removed path to be a package cache.
 */
const removesPackageCache = (command: ShellCommand): boolean =>
  command.name === 'rm' && command.args.some(arg => /^\/var\/cache\/(yum|dnf|libdnf5)/.test(arg.value))

export const DL3032 = runRule({
  id: 'DL3032',
  level: 'warning',
  title: '`yum clean all` missing after yum command.',
  description:
    'yum keeps its metadata and package cache in the layer; end the `RUN` with `yum clean all` (or ' +
    '`rm -rf /var/cache/yum/*`). A clean before the install does not count. Unlike hadolint, an `rm -rf` of ' +
    'some other path is not taken for a clean.',
  message: '`yum clean all` missing after yum command.',
  fails: commands =>
    !cleansAfterInstall(
      commands,
      command => isCommandWith(command, 'yum', ['install']),
      command => isCommandWith(command, 'yum', ['clean', 'all']) || removesPackageCache(command)
    )
})

/** Whether an RPM package is pinned, as hadolint's `packageVersionFixed` decides it. */
function isVersionedRpm(pkg: string, run: ParsedRun, context: LintContext): boolean {
  const parts = pkg.split('-')
  if (parts.length <= 1) return false
  if (pkg.endsWith('.rpm')) return true
  if (pkg.includes('$')) {
    // A version from a variable is a pin when an ENV of this stage or an earlier ARG declares it.
    const visible = visibleVariables(context).get(run.instruction)
    return visible !== undefined && (expandsOneOf(pkg, visible.envs) || expandsOneOf(pkg, visible.args))
  }
  const tail = parts.slice(1)
  return tail.every(part => /^[A-Za-z0-9.~^_:+]*$/.test(part)) && tail.some(part => /^[0-9]/.test(part))
}

/** Some package of `<tool> install` (or stream of `<tool> module install`) is not pinned; groups are not packages. */
function installsUnpinned(
  command: ShellCommand,
  tools: string[],
  run: ParsedRun,
  context: LintContext
): boolean {
  if (isCommandWith(command, tools, ['group'])) return false
  const isModule = isCommandWith(command, tools, ['module'])
  return installed(command, tools).some(pkg =>
    isModule ? !pkg.includes(':') : !isVersionedRpm(pkg, run, context)
  )
}

const VARIABLE_VERSIONS =
  'A version in a variable (`git-core-${VERSION}`) counts when an `ENV` of the stage (or of the stage it ' +
  'is built from) or an earlier `ARG` in any stage declares it, as in hadolint.'

export const DL3033 = runRule({
  id: 'DL3033',
  level: 'warning',
  title: 'Specify version with `yum install -y <package>-<version>`',
  description:
    'An unpinned `yum install` takes whatever the repository has at build time. Write `tomcat-9.0.1` (an ' +
    '`.rpm` file counts as pinned); modules take a stream, `yum module install tomcat:9`. ' +
    VARIABLE_VERSIONS,
  message: 'Specify version with `yum install -y <package>-<version>`.',
  fails: (commands, run, context) =>
    commands.some(command => installsUnpinned(command, ['yum'], run, context))
})

export const DL3038 = runRule({
  id: 'DL3038',
  level: 'warning',
  title: 'Use the `-y` switch to avoid manual input `dnf install -y <package>`',
  description: '`dnf install` without `-y` (`--assumeyes`) waits for an answer no one can give in a build.',
  message: 'Use the -y switch to avoid manual input `dnf install -y <package>`.',
  fails: commands => commands.some(command => asksToConfirm(command, DNF))
})

/** dnf subcommands that download packages into its cache. */
const DNF_INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei']

export const DL3040 = runRule({
  id: 'DL3040',
  level: 'warning',
  title: '`dnf clean all` missing after dnf command.',
  description:
    'dnf keeps its metadata and package cache in the layer. After `dnf install` (or `upgrade`, `reinstall`), ' +
    'run `dnf clean all` (or `rm -rf /var/cache/libdnf5*`) in the same `RUN`, or mount a BuildKit cache or ' +
    'tmpfs on `/var/cache/libdnf5`; a clean before the install does not count. Unlike hadolint, an `rm -rf` ' +
    'of a path that is not a package cache is not taken for a clean.',
  message: '`dnf clean all` missing after dnf command.',
  fails: (commands, run) =>
    !hasCacheOrTmpfsMountWith(run, '/var/cache/libdnf5') &&
    !hasCacheOrTmpfsMountWith(run, '.cache/libdnf5') &&
    DNF.some(
      tool =>
        !cleansAfterInstall(
          commands,
          command => isCommandWith(command, tool, DNF_INSTALLS),
          command => isCommandWith(command, tool, ['clean', 'all']) || removesPackageCache(command)
        )
    )
})

export const DL3041 = runRule({
  id: 'DL3041',
  level: 'warning',
  title: 'Specify version with `dnf install -y <package>-<version>`',
  description:
    'An unpinned `dnf install` takes whatever the repository has at build time. Write `tomcat-9.0.1` or ' +
    '`openssl-1:3.0.7`; modules take a stream: `tomcat:9`. ' +
    VARIABLE_VERSIONS,
  message: 'Specify version with `dnf install -y <package>-<version>`.',
  fails: (commands, run, context) => commands.some(command => installsUnpinned(command, DNF, run, context))
})

export const RPM_RULES: LintRule[] = [DL3030, DL3032, DL3033, DL3038, DL3040, DL3041]
