import type { Node, Parser, Syntax } from 'mvdan-sh'
import type { ParsedShell, ShellCommand } from '../types.js'
import { heredocScript } from './heredoc.js'
import { SourceText, wordOf } from './words.js'

/** mvdan/sh BinaryCmd operators (syntax.Pipe, syntax.PipeAll) and heredoc redirects (Hdoc, DashHdoc). */
const PIPE_OPS = new Set([12, 13])
const HEREDOC_OPS = new Set([61, 62])
/** A heredoc fed to a shell holds a script of its own; deeper nesting than this is not worth following. */
const MAX_HEREDOC_DEPTH = 3

interface Loaded {
  syntax: Syntax
  parser: Parser
}

let loading: Promise<Loaded> | undefined

/**
 * mvdan-sh (a GopherJS build of mvdan/sh) rather than sh-syntax: sh-syntax's JSON AST carries only
 * positions, not words, and its WASM file is not found once ncc has bundled the action. Loaded lazily:
 * the parser is 1.5 MB of JavaScript that a run without RUN instructions never needs.
 */
function load(): Promise<Loaded> {
  loading ??= import('mvdan-sh').then(module => {
    const { syntax } = module.default
    // Bash, as hadolint parses: a superset of POSIX sh, so bash-only syntax under SHELL bash still parses.
    return { syntax, parser: syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash)) }
  })
  return loading
}

/**
 * Parses a RUN script into its simple commands, including those inside `$(…)`, subshells, control
 * structures and heredocs fed to a shell (`RUN <<EOF`, `RUN bash <<EOF`). Never throws: a script that does
 * not parse comes back with `parseError` set and no commands, so rules that need the AST stay silent.
 */
export async function parseShell(script: string): Promise<ParsedShell> {
  try {
    const { syntax, parser } = await load()
    return { commands: collect(syntax, parser, script, 0) }
  } catch (error) {
    return { commands: [], parseError: goErrorMessage(error) }
  }
}

function collect(syntax: Syntax, parser: Parser, script: string, depth: number): ShellCommand[] {
  const source = new SourceText(script)
  const file = parser.Parse(script, '')
  const commands: ShellCommand[] = []
  const pipelineOf = new Map<number, number>()
  const nestedPipes = new Set<string>()
  const heredocs: Array<{ offset: number; body: string }> = []
  let pipelines = 0

  syntax.Walk(file, node => {
    if (node === null) return true
    switch (syntax.NodeType(node)) {
      case 'BinaryCmd':
        if (PIPE_OPS.has(node.Op as number) && !nestedPipes.has(spanKey(node))) {
          const pipeline = pipelines++
          for (const stage of pipeStages(syntax, node, nestedPipes)) pipelineOf.set(stage, pipeline)
        }
        break
      case 'Stmt':
        if (depth < MAX_HEREDOC_DEPTH) heredocs.push(...shellHeredocs(syntax, node, source))
        break
      case 'CallExpr': {
        const args = (node.Args as Node[]).map(word => wordOf(syntax, word, source))
        const pipeline = pipelineOf.get(node.Pos().Offset())
        commands.push({
          name: args[0]?.value ?? '',
          args: args.slice(1),
          inPipeline: pipeline !== undefined,
          pipeline: pipeline ?? pipelines++,
          offset: source.charOffset(node.Pos().Offset())
        })
        break
      }
    }
    return true
  })

  for (const heredoc of heredocs) {
    const first = pipelines
    for (const command of collect(syntax, parser, heredoc.body, depth + 1)) {
      const pipeline = first + command.pipeline
      commands.push({ ...command, pipeline, offset: heredoc.offset + command.offset })
      pipelines = Math.max(pipelines, pipeline + 1)
    }
  }
  return commands.sort((a, b) => a.offset - b.offset)
}

/** Offsets of the simple commands that are stages of this pipeline; `a | b | c` nests to the left. */
function pipeStages(syntax: Syntax, pipe: Node, nestedPipes: Set<string>): number[] {
  const stages: number[] = []
  const visit = (stmt: Node): void => {
    const command = stmt.Cmd as Node | null
    if (command === null) return
    const type = syntax.NodeType(command)
    if (type === 'BinaryCmd' && PIPE_OPS.has(command.Op as number)) {
      nestedPipes.add(spanKey(command))
      visit(command.X as Node)
      visit(command.Y as Node)
    } else if (type === 'CallExpr') {
      stages.push(command.Pos().Offset())
    }
  }
  visit(pipe.X as Node)
  visit(pipe.Y as Node)
  return stages
}

/** Heredoc bodies this statement runs as shell: a bare `<<EOF` (BuildKit runs it) or `sh <<EOF`. */
function shellHeredocs(
  syntax: Syntax,
  stmt: Node,
  source: SourceText
): Array<{ offset: number; body: string }> {
  const bodies: Array<{ offset: number; body: string }> = []
  const command = stmt.Cmd as Node | null
  if (command !== null && !isShellWithoutScriptArg(syntax, command, source)) return bodies
  for (const redirect of (stmt.Redirs as Node[] | null) ?? []) {
    const body = redirect.Hdoc as Node | null
    if (!HEREDOC_OPS.has(redirect.Op as number) || body === null) continue
    const start = source.charOffset(body.Pos().Offset())
    const delimiter = wordOf(syntax, redirect.Word as Node, source).value
    const text = heredocScript(withoutDelimiter(source.slice(body), delimiter))
    if (text !== undefined) bodies.push({ offset: start, body: text })
  }
  return bodies
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh'])

function isShellWithoutScriptArg(syntax: Syntax, command: Node, source: SourceText): boolean {
  if (syntax.NodeType(command) !== 'CallExpr') return false
  const words = (command.Args as Node[]).map(word => wordOf(syntax, word, source).value)
  const name = words[0]?.split('/').pop() ?? ''
  // `bash -c 'cmd' <<EOF` feeds the heredoc to cmd's stdin, not to bash as a script.
  return SHELLS.has(name) && !words.slice(1).some(word => /^-[a-z]*c[a-z]*$/.test(word))
}

/** mvdan/sh's heredoc word runs to the end of the closing delimiter line. */
function withoutDelimiter(body: string, delimiter: string): string {
  const lastLine = body.lastIndexOf('\n')
  return body.slice(lastLine + 1).trim() === delimiter ? body.slice(0, lastLine + 1) : body
}

function spanKey(node: Node): string {
  return `${node.Pos().Offset()}:${node.End().Offset()}`
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
