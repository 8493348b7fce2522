import { argsWithoutFlags, hasFlag, isCommandWith } from '../../shell/command.js'
import type { LintRule, ShellCommand } from '../../types.js'
import { runRule } from './rule.js'

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

export const DL3032 = runRule({
  id: 'DL3032',
  level: 'warning',
  title: '`yum clean all` missing after yum command.',
  description: 'yum keeps its metadata and package cache in the layer; end the `RUN` with `yum clean all`.',
  message: '`yum clean all` missing after yum command.',
  fails: commands =>
    commands.some(command => isCommandWith(command, 'yum', ['install'])) &&
    !commands.some(
      command => isCommandWith(command, 'yum', ['clean']) && command.args.some(a => a.value === 'all')
    )
})

export const DL3033 = runRule({
  id: 'DL3033',
  level: 'warning',
  title: 'Specify version with `yum install -y <package>-<version>`',
  description:
    'An unpinned `yum install` takes whatever the repository has at build time. Write `tomcat-9.0.1` (an `.rpm` ' +
    'file counts as pinned); modules take a stream, `yum module install tomcat:9`.',
  message: 'Specify version with `yum install -y <package>-<version>`.',
  fails: commands =>
    commands.some(command => {
      const isModule = isCommandWith(command, 'yum', ['module'])
      return installed(command, ['yum']).some(pkg =>
        isModule ? !pkg.includes(':') : !(pkg.includes('-') || pkg.endsWith('.rpm'))
      )
    })
})

export const DL3038 = runRule({
  id: 'DL3038',
  level: 'warning',
  title: 'Use the `-y` switch to avoid manual input `dnf install -y <package>`',
  description: '`dnf install` without `-y` (`--assumeyes`) waits for an answer no one can give in a build.',
  message: 'Use the -y switch to avoid manual input `dnf install -y <package>`.',
  fails: commands => commands.some(command => asksToConfirm(command, DNF))
})

export const DL3040 = runRule({
  id: 'DL3040',
  level: 'warning',
  title: '`dnf clean all` missing after dnf command.',
  description:
    'dnf keeps its metadata and package cache in the layer. After `dnf install`, run `dnf clean all` (or ' +
    '`rm -rf /var/cache/yum/*`) in the same `RUN`; a clean before the install does not count.',
  message: '`dnf clean all` missing after dnf command.',
  fails: commands =>
    DNF.some(tool => {
      const install = commands.findIndex(command => isCommandWith(command, tool, ['install']))
      if (install === -1) return false
      const clean = commands.findIndex(
        command =>
          isCommandWith(command, tool, ['clean', 'all']) || isCommandWith(command, 'rm', ['/var/cache/yum/*'])
      )
      return !(clean > install)
    })
})

/** `tomcat-9.0.1`, `openssl-1:1.1.1k`, `git-core-${GIT_VER}`: something after a dash that looks like a version. */
function isVersionedRpm(pkg: string): boolean {
  const parts = pkg.split('-')
  if (parts.length <= 1) return false
  if (pkg.endsWith('.rpm')) return true
  const tail = parts.slice(1)
  if (tail.some(part => part.includes('$'))) return true
  return tail.every(part => /^[A-Za-z0-9.~^_:+]*$/.test(part)) && tail.some(part => /^[0-9]/.test(part))
}

export const DL3041 = runRule({
  id: 'DL3041',
  level: 'warning',
  title: 'Specify version with `dnf install -y <package>-<version>`',
  description:
    'An unpinned `dnf install` takes whatever the repository has at build time. Write `tomcat-9.0.1` or ' +
    '`openssl-1:3.0.7`; a version in a variable (`git-core-${GIT_VER}`) counts. Modules take a stream: `tomcat:9`.',
  message: 'Specify version with `dnf install -y <package>-<version>`.',
  fails: commands =>
    commands.some(command => {
      if (isCommandWith(command, DNF, ['group'])) return false
      const isModule = isCommandWith(command, DNF, ['module'])
      return installed(command, DNF).some(pkg => (isModule ? !pkg.includes(':') : !isVersionedRpm(pkg)))
    })
})

export const RPM_RULES: LintRule[] = [DL3030, DL3032, DL3033, DL3038, DL3040, DL3041]
