import { afterSubcommand, argsWithoutFlags, isCommandWith } from '../../shell/command.js'
import type { LintRule, ShellCommand } from '../../types.js'
import { runRule, shipsLayers } from './rule.js'
import { hasCacheOrTmpfsMountWith } from './run-flags.js'

/** npm options whose value is the next word (`--registry URL`), so that word is not a package. */
const NPM_VALUE_FLAGS = [
  'loglevel',
  'registry',
  'prefix',
  'cache',
  'userconfig',
  'globalconfig',
  'tag',
  'omit',
  'include',
  'install-strategy',
  'workspace',
  'w',
  'before',
  'otp',
  'scope'
]

const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://']
const PATH_PREFIXES = ['/', './', '../', '~/']
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz']

function isPinnedNpmPackage(pkg: string): boolean {
  if (GIT_PREFIXES.some(prefix => pkg.startsWith(prefix))) return pkg.includes('#')
  if (TARBALL_SUFFIXES.some(suffix => pkg.endsWith(suffix))) return true
  if (PATH_PREFIXES.some(prefix => pkg.startsWith(prefix))) return true
  // `@scope/name@1.2.3`: the version `@` is the one after the scope.
  const name = pkg.startsWith('@') ? pkg.slice(Math.max(pkg.indexOf('/'), 0)) : pkg
  return name.includes('@')
}

export const DL3016 = runRule({
  id: 'DL3016',
  level: 'warning',
  title: 'Pin versions in `npm`.',
  description:
    '`npm install -g typescript` takes the newest release at build time. Write `typescript@5.6.3`, a git URL ' +
    'with `#commit`, a tarball or a folder. A bare `npm install` uses the lock file and is fine.',
  message: 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`',
  fails: commands =>
    commands.some(command => {
      if (!isCommandWith(command, 'npm', ['install'])) return false
      const words = argsWithoutFlags(command, NPM_VALUE_FLAGS)
      return words[0] === 'install' && !afterSubcommand(words, 'install').every(isPinnedNpmPackage)
    })
})

const isYarnInstall = (command: ShellCommand): boolean => isCommandWith(command, 'yarn', ['install'])
const isYarnCacheClean = (command: ShellCommand): boolean =>
  isCommandWith(command, 'yarn', ['cache', 'clean'])

/** No `yarn cache clean` after the install (hadolint: a clean before the first install does not count). */
function keepsYarnCache(commands: ShellCommand[]): boolean {
  const install = commands.findIndex(isYarnInstall)
  if (install === -1) return false
  const clean = commands.findIndex(isYarnCacheClean)
  return clean === -1 || clean < install
}

export const DL3060 = runRule({
  id: 'DL3060',
  level: 'info',
  title: '`yarn cache clean` missing after `yarn install` was run.',
  description:
    'yarn keeps every downloaded package in its cache; run `yarn cache clean` after `yarn install` in the ' +
    'same `RUN`, or mount a BuildKit cache or tmpfs on `~/.cache/yarn`. Stages that no image is built from ' +
    'are not reported.',
  message: '`yarn cache clean` missing after `yarn install` was run.',
  fails: (commands, run, context) =>
    keepsYarnCache(commands) && !hasCacheOrTmpfsMountWith(run, '.cache/yarn') && shipsLayers(run, context)
})

export const NODE_RULES: LintRule[] = [DL3016, DL3060]
