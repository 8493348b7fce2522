import {
  afterSubcommand,
  argValues,
  argsWithoutFlags,
  containsRun,
  hasFlag,
  isPipInstall
} from '../../shell/command.js'
import { keywordOf, parentStage } from '../../ast-helpers.js'
import type { Instruction } from 'dockerfile-ast'
import type { LintContext, LintRule, LintStage, ShellCommand } from '../../types.js'
import { propertiesOf } from '../dockerfile/instructions.js'
import { parsedRuns, runRule, violationAtRun } from './rule.js'
import { hasCacheOrTmpfsMountWith } from './run-flags.js'

/** pip options whose value is the next word, so that word is not a package. */
const PIP_VALUE_FLAGS = [
  'abi',
  'b',
  'build',
  'e',
  'editable',
  'extra-index-url',
  'f',
  'find-links',
  'i',
  'index-url',
  'implementation',
  'no-binary',
  'only-binary',
  'platform',
  'prefix',
  'progress-bar',
  'proxy',
  'python',
  'python-version',
  'root',
  'root-user-action',
  'src',
  't',
  'target',
  'trusted-host',
  'upgrade-strategy'
]

/** pip's VCS schemes (https://pip.pypa.io/en/stable/topics/vcs-support/): `git+https://…@v1` is pinned. */
const VCS_PREFIXES = ['git', 'hg', 'svn', 'bzr']
const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '===']

function isPinnedRequirement(pkg: string): boolean {
  const vcs = VCS_PREFIXES.some(prefix => pkg.startsWith(prefix))
  return (
    VERSION_OPERATORS.some(operator => pkg.includes(operator)) ||
    (vcs && pkg.includes('@')) ||
    pkg.endsWith('.whl') ||
    pkg.endsWith('.tar.gz') ||
    (!vcs && pkg.includes('/'))
  )
}

/** Installs from a requirements file, a constraints file or the local project pin elsewhere. */
function pinsElsewhere(command: ShellCommand): boolean {
  const words = argValues(command)
  return (
    hasFlag(command, 'constraint', 'c') ||
    words.some(word => word === '-r' || word === '--requirement' || word.startsWith('--requirement=')) ||
    words.includes('.')
  )
}

export const DL3013 = runRule({
  id: 'DL3013',
  level: 'warning',
  title: 'Pin versions in pip.',
  description:
    '`pip install flask` takes the newest release at build time. Pin with `flask==3.0.3` (or any version ' +
    'specifier), install from `-r requirements.txt` or a constraints file, or from a wheel, sdist or VCS tag. ' +
    '`pipx install` is checked the same way; `pipenv install` is not (it pins in its lock file).',
  message:
    'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or ' +
    '`pip install --requirement <requirements file>`',
  fails: commands =>
    commands.some(
      command =>
        isPipInstall(command) &&
        !pinsElsewhere(command) &&
        !afterSubcommand(argsWithoutFlags(command, PIP_VALUE_FLAGS), 'install').every(isPinnedRequirement)
    )
})

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES'])

function isTruthy(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && TRUTHY.has(value.replace(/^["']|["']$/g, ''))
}

/** pipx and pipenv manage their own caches; `--no-cache-dir` is pip's option. */
function isPipWrapper(command: ShellCommand): boolean {
  const words = argValues(command)
  return ['pipx', 'pipenv'].some(
    wrapper =>
      command.name.includes(wrapper) ||
      (command.name.startsWith('python') && containsRun(words, ['-m', wrapper]))
  )
}

function disablesPipCache(instruction: Instruction): boolean {
  return (
    keywordOf(instruction) === 'ENV' &&
    propertiesOf(instruction).some(
      property => property.getName() === 'PIP_NO_CACHE_DIR' && isTruthy(property.getValue())
    )
  )
}

/**
 * Per stage, the 1-based line after which `ENV PIP_NO_CACHE_DIR=1` holds: 0 when a stage it is built `FROM`
 * sets it, infinity when none does. Worked out once per file, in stage order, so each RUN asks in O(1).
 */
const pipCacheOffAfter = new WeakMap<LintStage[], Map<LintStage, number>>()

function pipCacheOffAfterLine(stages: LintStage[]): Map<LintStage, number> {
  let lines = pipCacheOffAfter.get(stages)
  if (lines === undefined) {
    lines = new Map()
    for (const stage of stages) {
      const parent = parentStage(stage, stages)
      const inherited = parent !== undefined && lines.get(parent) !== Number.POSITIVE_INFINITY
      const own = inherited ? undefined : stage.instructions.find(disablesPipCache)
      lines.set(stage, inherited ? 0 : own ? own.getRange().start.line + 1 : Number.POSITIVE_INFINITY)
    }
    pipCacheOffAfter.set(stages, lines)
  }
  return lines
}

/** `ENV PIP_NO_CACHE_DIR=1` earlier in this stage, or anywhere in a stage it is built `FROM`. */
function stageDisablesPipCache(stage: LintStage, beforeLine: number, context: LintContext): boolean {
  return (pipCacheOffAfterLine(context.stages).get(stage) ?? Number.POSITIVE_INFINITY) < beforeLine
}

const SCRIPT_DISABLES_CACHE = /PIP_NO_CACHE_DIR=["']?([A-Za-z0-9]+)/

export const DL3042: LintRule = {
  id: 'DL3042',
  level: 'warning',
  title: 'Avoid cache directory with `pip install --no-cache-dir <package>`.',
  description:
    'pip keeps downloaded wheels in `~/.cache/pip`, which ends up in the layer. Pass `--no-cache-dir`, or set ' +
    '`PIP_NO_CACHE_DIR=1` with `ENV` (inherited by stages built from this one) or in the `RUN` itself, or ' +
    'mount a BuildKit cache or tmpfs on `~/.cache/pip`. pipx and pipenv manage their own caches.',
  check: context =>
    parsedRuns(context)
      .filter(run => {
        const caching = run.shell.commands.some(
          command =>
            isPipInstall(command) && !argValues(command).includes('--no-cache-dir') && !isPipWrapper(command)
        )
        if (!caching || hasCacheOrTmpfsMountWith(run, '.cache/pip')) return false
        const inScript = SCRIPT_DISABLES_CACHE.exec(run.script)
        if (inScript !== null && isTruthy(inScript[1])) return false
        return !stageDisablesPipCache(run.stage, run.line, context)
      })
      .map(run =>
        violationAtRun(
          run,
          'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`'
        )
      )
}

export const PIP_RULES: LintRule[] = [DL3013, DL3042]
