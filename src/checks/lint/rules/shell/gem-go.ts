import { afterSubcommand, argsWithoutFlags, hasArg, isCommandWith } from '../../shell/command.js'
import type { LintRule } from '../../types.js'
import { runRule } from './rule.js'

/** gem options whose value is the next word (`--source URL`), so that word is not a gem. */
const GEM_VALUE_FLAGS = [
  'source',
  's',
  'install-dir',
  'bindir',
  'n',
  'platform',
  'document',
  'build-root',
  'P'
]
/** The subcommand, and the values of build switches written without `--` (`--use-system-libraries true`). */
const NOT_GEMS = new Set(['install', 'i', 'true', 'false'])

export const DL3028 = runRule({
  id: 'DL3028',
  level: 'warning',
  title: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
  description:
    '`gem install bundler` takes the newest release at build time. Write `bundler:2.5.22`, or pass ' +
    '`-v`/`--version`. Options after `--` go to the gem build and are not gems.',
  message: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
  fails: commands =>
    commands.some(command => {
      if (!isCommandWith(command, 'gem', ['install', 'i'])) return false
      const versioned =
        hasArg(command, '-v') ||
        hasArg(command, '--version') ||
        command.args.some(a => a.value.startsWith('--version='))
      if (versioned) return false
      // Words after `--` are build options (`-- --use-system-libraries true`), not gems.
      const words = command.args.map(arg => arg.value)
      const end = words.indexOf('--')
      const options = { ...command, args: end === -1 ? command.args : command.args.slice(0, end) }
      return argsWithoutFlags(options, GEM_VALUE_FLAGS)
        .filter(word => !NOT_GEMS.has(word))
        .some(gem => !gem.includes(':'))
    })
})

export const DL3062 = runRule({
  id: 'DL3062',
  level: 'warning',
  title: 'Pin versions in go install. Instead of `go install <package>` use `go install <package>@<version>`',
  description:
    '`go install example.com/tool` resolves against the current module, and `@latest` changes over time. ' +
    'Name a version: `go install example.com/tool@v1.2.3`. Local packages (`./cmd/tool`) are fine.',
  message:
    'Pin versions in go install. Instead of `go install <package>` use `go install <package>@<version>`',
  fails: commands =>
    commands.some(
      command =>
        isCommandWith(command, 'go', ['install']) &&
        afterSubcommand(
          argsWithoutFlags(command, ['ldflags', 'tags', 'gcflags', 'o', 'C', 'mod']),
          'install'
        ).some(
          pkg =>
            !(pkg.startsWith('.') || pkg.startsWith('/')) && (!pkg.includes('@') || pkg.endsWith('@latest'))
        )
    )
})

export const GEM_GO_RULES: LintRule[] = [DL3028, DL3062]
