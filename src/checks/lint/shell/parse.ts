import type { Parser } from 'mvdan-sh'
import type { ParsedShell, ShellCommand } from '../types.js'
import { heredocScript } from './heredoc.js'
import { child, nodes, rawNode, typeOf, walk, type RawNode } from './raw-ast.js'
import { SourceText, wordOf } from './words.js'

/** mvdan/sh BinaryCmd operators (syntax.Pipe, syntax.PipeAll) and heredoc redirects (Hdoc, DashHdoc). */
const PIPE_OPS = new Set([12, 13])
const HEREDOC_OPS = new Set([61, 62])
/** A heredoc fed to a shell holds a script of its own; deeper nesting than this is not worth following. */
const MAX_HEREDOC_DEPTH = 3
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh'])

let loading: Promise<Parser> | undefined

/**
 * mvdan-sh (a GopherJS build of mvdan/sh) rather than sh-syntax: sh-syntax's JSON AST carries only
 * positions, not words, and its WASM file is not found once ncc has bundled the action. Loaded lazily:
 * the parser is 1.5 MB of JavaScript that a run without RUN instructions never needs.
 */
function load(): Promise<Parser> {
  loading ??= import('mvdan-sh').then(({ default: { syntax } }) =>
    // Bash, as hadolint parses: a superset of POSIX sh, so bash-only syntax under SHELL bash still parses.
    syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash))
  )
  return loading
}

/**
 * Parses a RUN script into its simple commands, including those inside `$(…)`, subshells, control
 * structures and heredocs fed to a shell (`RUN <<EOF`, `RUN bash <<EOF`). Never throws: a script that does
 * not parse comes back with `parseError` set and no commands, so rules that need the AST stay silent.
 */
export async function parseShell(script: string): Promise<ParsedShell> {
  try {
    return { commands: collect(await load(), script, 0) }
  } catch (error) {
    return { commands: [], parseError: goErrorMessage(error) }
  }
}

interface Heredoc {
  offset: number
  body: string
}

function collect(parser: Parser, script: string, depth: number): ShellCommand[] {
  const source = new SourceText(script)
  // The tree is read before the next Parse: the parser reuses its node memory.
  const file = rawNode(parser.Parse(script, ''))
  const commands: ShellCommand[] = []
  const pipelineOf = new Map<number, number>()
  const nestedPipes = new Set<number>()
  const heredocs: Heredoc[] = []
  let pipelines = 0

  walk(file, (node, type) => {
    if (type === 'BinaryCmd' && PIPE_OPS.has(node.Op as number) && !nestedPipes.has(node.Pos().Offset())) {
      const pipeline = pipelines++
      for (const stage of pipeStages(node, nestedPipes)) pipelineOf.set(stage, pipeline)
    } else if (type === 'Stmt' && depth < MAX_HEREDOC_DEPTH) {
      heredocs.push(...shellHeredocs(node, source))
    } else if (type === 'CallExpr') {
      const args = nodes(node.Args).map(word => wordOf(word, source))
      const start = node.Pos().Offset()
      const pipeline = pipelineOf.get(start)
      commands.push({
        name: args[0]?.value ?? '',
        args: args.slice(1),
        inPipeline: pipeline !== undefined,
        pipeline: pipeline ?? pipelines++,
        offset: source.charOffset(start)
      })
    }
    return true
  })

  for (const heredoc of heredocs) {
    const first = pipelines
    for (const command of collect(parser, heredoc.body, depth + 1)) {
      const pipeline = first + command.pipeline
      commands.push({ ...command, pipeline, offset: heredoc.offset + command.offset })
      pipelines = Math.max(pipelines, pipeline + 1)
    }
  }
  return commands.sort((a, b) => a.offset - b.offset)
}

/**
 * Byte offsets of the simple commands that are stages of this pipeline. `a | b | c` nests to the left:
 * the nested pipe goes into `nestedPipes`, so it is not taken for a pipeline of its own. An explicit stack,
 * not recursion: a pipeline nests as deep as it is long, and 10,000 stages overflowed the call stack.
 */
function pipeStages(pipe: RawNode, nestedPipes: Set<number>): number[] {
  const stages: number[] = []
  // Y pushed before X, so that X's stages come off the stack first, in source order.
  const pending = [child(pipe.Y), child(pipe.X)]
  while (pending.length > 0) {
    const command = child(pending.pop()?.Cmd)
    if (command === undefined) continue
    const type = typeOf(command)
    if (type === 'BinaryCmd' && PIPE_OPS.has(command.Op as number)) {
      nestedPipes.add(command.Pos().Offset())
      pending.push(child(command.Y), child(command.X))
    } else if (type === 'CallExpr') {
      stages.push(command.Pos().Offset())
    }
  }
  return stages
}

/** Heredoc bodies this statement runs as shell: a bare `<<EOF` (BuildKit runs it) or `sh <<EOF`. */
function shellHeredocs(stmt: RawNode, source: SourceText): Heredoc[] {
  // Most statements have no heredoc: look for one before reading the command's words.
  const redirects = nodes(stmt.Redirs).filter(redirect => HEREDOC_OPS.has(redirect.Op as number))
  if (redirects.length === 0) return []
  const command = child(stmt.Cmd)
  if (command !== undefined && !isShellWithoutScriptArg(command, source)) return []
  const bodies: Heredoc[] = []
  for (const redirect of redirects) {
    const body = child(redirect.Hdoc)
    const word = child(redirect.Word)
    if (body === undefined || word === undefined) continue
    const text = heredocScript(withoutDelimiter(source.slice(body), wordOf(word, source).value))
    if (text !== undefined) bodies.push({ offset: source.charOffset(body.Pos().Offset()), body: text })
  }
  return bodies
}

function isShellWithoutScriptArg(command: RawNode, source: SourceText): boolean {
  if (typeOf(command) !== 'CallExpr') return false
  const words = nodes(command.Args).map(word => wordOf(word, source).value)
  const name = words[0]?.split('/').pop() ?? ''
  // `bash -c 'cmd' <<EOF` feeds the heredoc to cmd's stdin, not to bash as a script.
  return SHELLS.has(name) && !words.slice(1).some(word => /^-[a-z]*c[a-z]*$/.test(word))
}

/** mvdan/sh's heredoc word runs to the end of the closing delimiter line. */
function withoutDelimiter(body: string, delimiter: string): string {
  const lastLine = body.lastIndexOf('\n')
  return body.slice(lastLine + 1).trim() === delimiter ? body.slice(0, lastLine + 1) : body
}

/** mvdan-sh throws Go error values: `Error()` gives `1:6: reached EOF without closing quote`. */
function goErrorMessage(error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const goError = (error as { Error?: unknown }).Error
    if (typeof goError === 'function') return String(goError.call(error))
    if (error instanceof Error) return error.message
  }
  return String(error)
}
