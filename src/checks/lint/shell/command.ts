import type { ShellCommand } from '../types.js'

/**
 * Questions rules ask about one simple command, with hadolint's meaning (its `Hadolint.Shell` module):
 * `-abc` is the flags a, b, c; `--name=value` is the flag `name`; a flag's value is the word after it.
 */

export interface Flag {
  name: string
  /** Index in `command.args` of the word that holds the flag. */
  index: number
}

const flagCache = new WeakMap<ShellCommand, Flag[]>()

export function argValues(command: ShellCommand): string[] {
  return command.args.map(arg => arg.value)
}

export function flagsOf(command: ShellCommand): Flag[] {
  let flags = flagCache.get(command)
  if (flags === undefined) {
    flags = command.args.flatMap(({ value }, index) => {
      if (value === '-' || value === '--' || !value.startsWith('-')) return []
      if (value.startsWith('--')) return [{ name: value.slice(2).split('=')[0], index }]
      return [...value.slice(1)].map(name => ({ name, index }))
    })
    flagCache.set(command, flags)
  }
  return flags
}

/** How often a flag is given: `-qq` and `-q -q` both count `q` twice. */
export function countFlag(command: ShellCommand, name: string): number {
  return flagsOf(command).filter(flag => flag.name === name).length
}

export function hasFlag(command: ShellCommand, ...names: string[]): boolean {
  return flagsOf(command).some(flag => names.includes(flag.name))
}

/** `cmdHasArgs`: the command is `name` (or one of `names`) and one of its words is one of `args`. */
export function isCommandWith(command: ShellCommand, names: string | string[], args: string[]): boolean {
  if (!(typeof names === 'string' ? command.name === names : names.includes(command.name))) return false
  return command.args.some(arg => args.includes(arg.value))
}

export function hasArg(command: ShellCommand, value: string): boolean {
  return command.args.some(arg => arg.value === value)
}

/**
 * The words that are not flags, leaving out the value after each flag in `valueFlags` (`-t bookworm`).
 * A flag written `--target=x` carries its own value, so the next word stays.
 */
export function argsWithoutFlags(command: ShellCommand, valueFlags: string[] = []): string[] {
  const skip = new Set<number>()
  for (const flag of flagsOf(command)) {
    skip.add(flag.index)
    if (valueFlags.includes(flag.name) && !command.args[flag.index].value.includes('='))
      skip.add(flag.index + 1)
  }
  return command.args.filter((_, index) => !skip.has(index)).map(arg => arg.value)
}

/** The values given to a flag: `useradd -u 12345` → `['12345']` for `u`. */
export function flagValues(command: ShellCommand, name: string): string[] {
  return flagsOf(command)
    .filter(flag => flag.name === name)
    .map(flag => {
      const word = command.args[flag.index].value
      if (word.startsWith('--') && word.includes('=')) return word.slice(word.indexOf('=') + 1)
      return command.args[flag.index + 1]?.value
    })
    .filter((value): value is string => value !== undefined)
}

/** The words after the first `subcommand` word (hadolint's `stripInstallPrefix`). */
export function afterSubcommand(words: string[], subcommand: string): string[] {
  const at = words.indexOf(subcommand)
  if (at === -1) return []
  let start = at
  while (words[start] === subcommand) start++
  return words.slice(start)
}

/**
 * `pip install`, `pip3 install`, `python -m pip install`, `python3.12 -m pip install`. As in hadolint,
 * `pipx install` counts (its packages are pinned the same way) and `pipenv install` does not.
 */
export function isPipInstall(command: ShellCommand): boolean {
  if (command.name.startsWith('pip')) return !command.name.startsWith('pipenv') && hasArg(command, 'install')
  return command.name.startsWith('python') && containsRun(argValues(command), ['-m', 'pip', 'install'])
}

/** True when `run` appears in `words` as consecutive words. */
export function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, j) => words[i + j] === word)) return true
  }
  return false
}

/** `/usr/bin/bash` → `bash`. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}
