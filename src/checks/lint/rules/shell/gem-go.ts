import { argsWithoutFlags, hasArg, isCommandWith } from '../../shell/command.js'
import type { LintRule, ShellCommand } from '../../types.js'
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

/** go build flags whose value is the next word, so that word is not a package. */
const GO_VALUE_FLAGS = ['ldflags', 'tags', 'gcflags', 'o', 'C', 'mod']

/** The words of a go command that are not flags; go flags are words (`-tool`, `-ldflags=…`), not letters. */
function goWords(command: ShellCommand): string[] {
  const words: string[] = []
  const args = command.args.map(arg => arg.value)
  for (let i = 0; i < args.length; i++) {
    const word = args[i]
    if (!word.startsWith('-')) words.push(word)
    else if (!word.includes('=') && GO_VALUE_FLAGS.includes(word.replace(/^--?/, ''))) i++
  }
  return words
}

/**
 * The packages a RUN's `go run`, `go install` or `go get` fetch. As in hadolint, `go run` takes one
 * package (the words after it are the program's arguments) and, when present, is the one looked at.
 */
function goPackages(commands: ShellCommand[]): string[] {
  const run = commands
    .filter(command => isCommandWith(command, 'go', ['run']))
    .flatMap(command =>
      goWords(command)
        .slice(0, 2)
        .filter(word => word !== 'run')
    )
  if (run.length > 0) return run
  return commands
    .filter(command => isCommandWith(command, 'go', ['install', 'get']))
    .flatMap(command => goWords(command).filter(word => !['install', 'get', 'tool'].includes(word)))
}

const isPinnedGoPackage = (pkg: string): boolean =>
  pkg.startsWith('.') || pkg.startsWith('/') || (pkg.includes('@') && !/@(latest|none)$/.test(pkg))

export const DL3062 = runRule({
  id: 'DL3062',
  level: 'warning',
  title: 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
  description:
    '`go install example.com/tool` (or `go get`, `go get -tool`, `go run`) resolves against the current ' +
    'module, and `@latest` changes over time. Name a version: `go install example.com/tool@v1.2.3`. Local ' +
    'packages (`./cmd/tool`, `/src/tool`) are fine. Unlike hadolint, the value of a build flag ' +
    '(`-tags netgo`, `-ldflags …`) is not taken for a package.',
  message: 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
  fails: commands => !goPackages(commands).every(isPinnedGoPackage)
})

export const GEM_GO_RULES: LintRule[] = [DL3028, DL3062]
