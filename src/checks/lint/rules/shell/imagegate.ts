import { argsWithoutFlags, basename, isCommandWith } from '../../shell/command.js'
import type { LintRule, ShellCommand } from '../../types.js'
import { runRule } from './rule.js'

const DOWNLOADERS = new Set(['curl', 'wget'])
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox'])
/** Prefixes that run the next word as the command: `sudo sh`, `env bash`. */
const WRAPPERS = new Set(['sudo', 'env', 'exec', 'command', 'nice', 'nohup', 'time'])
/** Wrapper options whose value is the next word (`sudo -u app …`), so that word is not the command. */
const WRAPPER_VALUE_FLAGS = new Set(['u', 'g', 'U', 'C', 'D', 'p', 'r', 't', 'h', 'n'])

/** The command a wrapper runs, as if written alone: `sudo -u app chmod 777 /srv` → `chmod 777 /srv`. */
function unwrapped(command: ShellCommand): ShellCommand {
  // One pass over the words, and one copy at the end: `sudo sudo … sudo x` is as long as its RUN.
  let name = command.name
  let start = 0
  while (WRAPPERS.has(basename(name))) {
    let index = start
    while (index < command.args.length) {
      const word = command.args[index].value
      if (word.startsWith('-')) index += WRAPPER_VALUE_FLAGS.has(word.slice(1)) ? 2 : 1
      else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) index++
      else break
    }
    if (index >= command.args.length) break
    name = command.args[index].value
    start = index + 1
  }
  return start === 0 ? command : { ...command, name, args: command.args.slice(start) }
}

/** The program a command really runs: `sudo -E bash -s` → `bash`. */
function program(command: ShellCommand): string {
  return basename(unwrapped(command).name)
}

/** `sh -c "$(curl …)"`, `bash <(wget -O- …)`: the downloaded text is the script. */
function runsDownloadedScript(command: ShellCommand): boolean {
  if (!SHELLS.has(program(command))) return false
  return command.args.some(arg => !arg.literal && /(\$\(|`|<\()\s*(curl|wget)\b/.test(arg.value))
}

/** `curl … | sh`: a download piped into a later stage of the same pipeline that is a shell. */
function pipesDownloadIntoShell(commands: ShellCommand[]): boolean {
  // Commands come in source order: remember each pipeline's first download, then look for a shell after it.
  const firstDownload = new Map<number, number>()
  for (const command of commands) {
    if (!command.inPipeline) continue
    const download = firstDownload.get(command.pipeline)
    if (download !== undefined && command.offset > download && SHELLS.has(program(command))) return true
    if (download === undefined && DOWNLOADERS.has(basename(command.name)))
      firstDownload.set(command.pipeline, command.offset)
  }
  return false
}

export const IG208 = runRule({
  id: 'IG208',
  level: 'error',
  title: 'Do not pipe a download into a shell (`curl … | sh`).',
  description:
    '`curl -fsSL https://… | sh` runs whatever the server sends at build time, unreviewed and unpinned; a ' +
    'compromised or changed script goes straight into the image. Download to a file, check its SHA-256 ' +
    '(`echo "<sum>  install.sh" | sha256sum -c -`), then run it. Also catches `sh -c "$(curl …)"` and ' +
    '`bash <(wget -O- …)`.',
  message: 'Do not pipe a download into a shell: download the script, verify its checksum, then run it.',
  fails: commands => pipesDownloadIntoShell(commands) || commands.some(runsDownloadedScript)
})

/** True when a chmod mode makes files writable by everyone, e.g. `777`, `0666`, `a+w`, `o=rwx`. */
export function grantsWorldWrite(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const others = Number(mode[mode.length - 1])
    // The sticky bit (1777, as on /tmp) keeps users from deleting each other's files: not reported.
    const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1
    return (others & 2) === 2 && !sticky
  }
  const clauses = mode.split(',')
  if (clauses.some(clause => clause.includes('t'))) return false
  return clauses.some(clause => /^[ugoa]*[oa][ugoa]*[+=][rwxXst]*w/.test(clause))
}

export const IG209 = runRule({
  id: 'IG209',
  level: 'warning',
  title: 'Do not make files world-writable (`chmod 777`).',
  description:
    '`chmod 777` (or any mode that lets others write, like `666` or `o+w`) lets every user and process in ' +
    'the container replace binaries, scripts and configuration. Grant the owner or a group what it needs ' +
    '(`chown app:app` and `chmod 755`/`750`). Sticky directories (`1777`, as `/tmp`) are not reported.',
  message:
    'Do not make files world-writable (chmod 777): give the owner or a group only the access it needs.',
  fails: commands =>
    commands.some(command => {
      const chmod = unwrapped(command)
      if (basename(chmod.name) !== 'chmod') return false
      const mode = argsWithoutFlags(chmod).find(word => !word.startsWith('--'))
      return mode !== undefined && grantsWorldWrite(mode)
    })
})

export const IG210 = runRule({
  id: 'IG210',
  level: 'warning',
  title: 'Do not run `apt-get upgrade` in an image.',
  description:
    '`apt-get upgrade` (and `dist-upgrade`, `full-upgrade`, `apt upgrade`) updates every package to whatever ' +
    'the mirror has on the day of the build, so the image differs from build to build and from its base. ' +
    'Rebuild on a newer, pinned base image to get updates, and install only what you need.',
  message: 'Do not run apt-get upgrade in an image: rebuild on a newer, pinned base image instead.',
  fails: commands =>
    commands.some(command =>
      isCommandWith(unwrapped(command), ['apt-get', 'apt'], ['upgrade', 'dist-upgrade', 'full-upgrade'])
    )
})

export const IMAGEGATE_SHELL_RULES: LintRule[] = [IG208, IG209, IG210]
