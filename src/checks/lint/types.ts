import type { Dockerfile, Instruction } from 'dockerfile-ast'
import type { LintLevel } from '../../policy/types.js'

/**
 * One lint rule: hadolint-compatible (`DL…`) or imagegate's own (`IG2…`). Rules are pure functions of
 * the parsed file; levels, ignores and policy overrides are applied by the linter, never by a rule.
 */
export interface LintRule {
  id: string
  /** hadolint's default level for DL rules; ours for IG rules. */
  level: LintLevel
  /** One line for `imagegate rules` and the README table. */
  title: string
  /** Markdown paragraph for the README rule reference. */
  description: string
  /** False for rules hadolint ships at level `ignore` (DL1001, DL3057): they run only when the policy sets a level. */
  enabledByDefault?: boolean
  check(context: LintContext): LintViolation[]
}

/** Where and why a rule fired. Positions are 1-based, as annotations want them. */
export interface LintViolation {
  line: number
  column: number
  endLine?: number
  endColumn?: number
  message: string
}

/** One build stage (`FROM … AS name` up to the next FROM), or the whole file when it has no FROM. */
export interface LintStage {
  index: number
  /** The FROM instruction; absent for a fragment without FROM, linted as one stage. */
  from?: Instruction
  /** Image as written after the FROM flags, e.g. `debian:12` or `builder`. */
  image?: string
  /** `AS name`, lowercased, when given. */
  alias?: string
  /** `image` after global ARG substitution (`FROM node:${V}` → `node:20`); absent when a build argument decides it. */
  resolvedImage?: string
  instructions: Instruction[]
}

/** A word of a simple shell command, with its literal text where it has one. */
export interface ShellWord {
  /** The word with quotes removed; expansions like `$FOO` kept as written. */
  value: string
  /** False when the word contains an expansion or substitution, so its value is not known. */
  literal: boolean
}

/** One simple command inside a RUN script, e.g. `apt-get install -y curl`. */
export interface ShellCommand {
  /** The command name as written (`apt-get`, `/usr/bin/pip`); empty for bare assignments. */
  name: string
  args: ShellWord[]
  /** True when the command is one stage of a pipeline of two or more (`a | b`). */
  inPipeline: boolean
  /** 0-based index of the pipeline this command belongs to, so rules can look at its neighbours. */
  pipeline: number
  /** 0-based offset of the command in the script text, to map it to a line of the RUN instruction. */
  offset: number
}

export interface ParsedShell {
  commands: ShellCommand[]
  /** Set when the script could not be parsed; rules that need the AST then stay silent. */
  parseError?: string
}

/** One RUN instruction (also `ONBUILD RUN`), with its shell script parsed. */
export interface LintRun {
  instruction: Instruction
  stage: LintStage
  onbuild: boolean
  /** Exec form (`RUN ["a","b"]`) runs no shell: `shell` is then undefined. */
  execForm: boolean
  /** The script text as the shell sees it (continuations joined, heredoc bodies included). */
  script: string
  /** 1-based line of the RUN keyword. */
  line: number
  column: number
  shell?: ParsedShell
  /** The `SHELL` in effect for this RUN, e.g. `["/bin/bash","-o","pipefail","-c"]`; default `/bin/sh -c`. */
  shellCommand: string[]
  /** Maps a 0-based offset in `script` (e.g. `ShellCommand.offset`) to its 1-based line and column in the file. */
  positionAt?(offset: number): { line: number; column: number }
}

/** Everything a rule may look at: the AST plus derived views, computed once per file. */
export interface LintContext {
  /** Relative path, for messages. */
  file: string
  ast: Dockerfile
  /** Raw lines of the file (BOM stripped, CRLF normalized), for rules that read comments or text. */
  lines: string[]
  escapeChar: string
  stages: LintStage[]
  runs: LintRun[]
  /** Registries FROM may use (DL3026); empty means any. From the policy or `.hadolint.yaml`. */
  trustedRegistries: string[]
  /** `.hadolint.yaml` `label-schema`: label name → type (`text`, `url`, `semver`…), for DL3049-DL3058. */
  labelSchema?: Record<string, string>
  /** `.hadolint.yaml` `strict-labels`: labels outside `labelSchema` are reported (DL3050). */
  strictLabels?: boolean
  /** Global ARGs whose value grew past the expansion limit, where it first did (IG212). */
  argsOverLimit?: Array<{ name: string; line: number; column: number }>
}
