import { readFile, stat } from 'node:fs/promises'
import * as path from 'node:path'
import type { Dockerfile, From } from 'dockerfile-ast'
import { ConfigError, errorMessage } from '../errors.js'
import {
  DOCKERFILE_BUDGET,
  overLineBudget,
  overParsedBudget,
  tooLarge,
  type BudgetExcess,
  type DockerfileBudget
} from './budget.js'
import { posixRelative } from '../util/paths.js'
import { expandWord, type ArgValue, type Unresolved } from './substitute.js'

/**
 * What a FROM names: a registry image, an earlier stage (`FROM builder`), `scratch`, or nothing at all.
 * Only `image` is pulled from a registry.
 */
export type FromKind = 'image' | 'stage' | 'scratch' | 'missing'

export interface FromInstruction {
  kind: FromKind
  /** 1-based position of the image token; of the FROM keyword when there is no image. */
  line: number
  column: number
  /** 1-based line of the FROM keyword (differs from `line` when the image is on a continuation line). */
  instructionLine: number
  /** The image text as written, continuation lines joined. */
  rawImage?: string
  /** After global ARG substitution; absent when `unresolved` is set. */
  image?: string
  unresolved?: Unresolved
  /** The `--platform` value as written. */
  platform?: string
  /** The `AS name` alias as written. */
  stage?: string
  /** Why this FROM is malformed, e.g. extra arguments; empty when fine. */
  problems: string[]
}

export interface ParsedDockerfile {
  escapeChar: string
  /** ARGs declared before the first FROM, the only variables a FROM can use. */
  globalArgs: ReadonlyMap<string, ArgValue>
  froms: FromInstruction[]
  /** Problems with the file as a whole (the parser gave up, a budget was exceeded); 1-based line. */
  problems: Array<{ line: number; message: string }>
  /** The budget the file went over; its FROMs and ARGs were then not analysed. Also one of `problems`. */
  overBudget?: BudgetExcess
  /** Global ARGs whose value grew past `MAX_EXPANDED_LENGTH`, where they first did; their value is unresolved. */
  argsOverLimit?: Array<{ name: string; line: number; column: number }>
  /** The dockerfile-ast tree for checks that need more than FROM; absent when parsing failed. */
  ast?: Dockerfile
}

export interface LoadedDockerfile extends ParsedDockerfile {
  /** Relative to the working directory, forward slashes. */
  file: string
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/

/** Label for reports: relative to the working directory, forward slashes. */
export function dockerfileLabel(file: string, workingDirectory: string): string {
  return posixRelative(workingDirectory, path.resolve(workingDirectory, file))
}

/** Reads a Dockerfile; a missing or unreadable one is the user's mistake, so a ConfigError naming it. */
export async function readDockerfile(file: string, workingDirectory: string): Promise<string> {
  const absolute = path.resolve(workingDirectory, file)
  try {
    return await readFile(absolute, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'EISDIR'
          ? 'it is a directory'
          : `it cannot be read (${errorMessage(error)})`
    throw new ConfigError(`Dockerfile "${dockerfileLabel(file, workingDirectory)}": ${why}`)
  }
}

export async function loadDockerfile(file: string, workingDirectory: string): Promise<LoadedDockerfile> {
  const label = dockerfileLabel(file, workingDirectory)
  // Checked before reading, so a huge file is never loaded; a missing one is readDockerfile's to report.
  const size = await stat(path.resolve(workingDirectory, file)).then(
    stats => stats.size,
    () => 0
  )
  if (size > DOCKERFILE_BUDGET.bytes) {
    const problems = [{ line: 1, message: `was not checked: ${tooLarge(size)}` }]
    return { file: label, escapeChar: '\\', globalArgs: new Map(), froms: [], problems }
  }
  const text = await readDockerfile(file, workingDirectory)
  return { file: label, ...(await parseDockerfile(text)) }
}

let dockerfileAst: Promise<typeof import('dockerfile-ast')> | undefined

/** Imported lazily (~40 ms to load, and the CLI may not need it), and once: the linter parses many files. */
function loadDockerfileAst(): Promise<typeof import('dockerfile-ast')> {
  dockerfileAst ??= import('dockerfile-ast')
  return dockerfileAst
}

/** Parses Dockerfile text. Never throws for bad content: problems come back as data with their line. */
export async function parseDockerfile(
  text: string,
  budget: DockerfileBudget = DOCKERFILE_BUDGET
): Promise<ParsedDockerfile> {
  const { DockerfileParser } = await loadDockerfileAst()
  // A BOM would shift every column on line 1 and hide an `# escape=` directive.
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text
  const overLines = overLineBudget(content, budget)
  if (overLines !== undefined) return overBudgetResult(overLines, '\\')
  let ast: Dockerfile
  try {
    ast = DockerfileParser.parse(content)
  } catch (error) {
    const problems = [{ line: 1, message: `could not be parsed: ${errorMessage(error)}` }]
    return { escapeChar: '\\', globalArgs: new Map(), froms: [], problems }
  }
  const escapeChar = ast.getEscapeCharacter()
  const overBudget = overParsedBudget(ast, content, budget)
  if (overBudget !== undefined) return overBudgetResult(overBudget, escapeChar, ast)
  const { args: globalArgs, overLimit } = collectGlobalArgs(ast, escapeChar)
  const stages = new Set<string>()
  const froms = ast.getFROMs().map(from => describeFrom(from, globalArgs, stages, escapeChar))
  return { escapeChar, globalArgs, froms, problems: [], ast, argsOverLimit: overLimit }
}

function overBudgetResult(overBudget: BudgetExcess, escapeChar: string, ast?: Dockerfile): ParsedDockerfile {
  const problems = [{ line: overBudget.line, message: overBudget.message }]
  return { escapeChar, globalArgs: new Map(), froms: [], problems, overBudget, ...(ast ? { ast } : {}) }
}

/** Later ARGs may use earlier ones (`ARG IMAGE=${BASE}:1`), as in BuildKit's meta-arg scope. */
function collectGlobalArgs(ast: Dockerfile, escapeChar: string) {
  const args = new Map<string, ArgValue>()
  const overLimit: Array<{ name: string; line: number; column: number }> = []
  // An ARG using one that went over the limit carries the same cause: reported once, where it happened.
  const reported = new Set<Unresolved>()
  for (const arg of ast.getInitialARGs()) {
    for (const property of arg.getProperties()) {
      const raw = property.getValue()
      if (raw === null) {
        args.set(property.getName(), { kind: 'unset' })
        continue
      }
      const expanded = expandWord(raw, args, escapeChar)
      if (!expanded.ok && expanded.cause.reason === 'too-long' && !reported.has(expanded.cause)) {
        reported.add(expanded.cause)
        const { start } = property.getNameRange()
        overLimit.push({ name: property.getName(), line: start.line + 1, column: start.character + 1 })
      }
      args.set(
        property.getName(),
        expanded.ok ? { kind: 'value', value: expanded.value } : { kind: 'unresolved', cause: expanded.cause }
      )
    }
  }
  return { args, overLimit }
}

function describeFrom(
  from: From,
  globalArgs: ReadonlyMap<string, ArgValue>,
  stages: Set<string>,
  escapeChar: string
): FromInstruction {
  const keyword = from.getRange().start
  const instructionLine = keyword.line + 1
  const platform =
    from
      .getFlags()
      .find(flag => flag.getName() === 'platform')
      ?.getValue() ?? undefined
  const args = from.getArguments()
  const problems: string[] = []
  const first = args[0]
  if (first === undefined) {
    return {
      kind: 'missing',
      line: instructionLine,
      column: keyword.character + 1,
      instructionLine,
      platform,
      problems
    }
  }

  let stage: string | undefined
  if (args.length === 3 && args[1].getValue().toLowerCase() === 'as') {
    stage = args[2].getValue()
    if (!STAGE_NAME.test(stage.toLowerCase())) {
      problems.push(
        `"${stage}" is not a valid stage name; start with a letter, then letters, digits, "-", "_" or "."`
      )
    }
  } else if (args.length !== 1) {
    const extra = args
      .slice(1)
      .map(a => a.getValue())
      .join(' ')
    problems.push(`FROM takes an image and an optional "AS name", but "${extra}" follows the image`)
  }

  const start = first.getRange().start
  const rawImage = first.getValue()
  const base = {
    line: start.line + 1,
    column: start.character + 1,
    instructionLine,
    rawImage,
    platform,
    stage,
    problems
  }
  const expanded = expandWord(rawImage, globalArgs, escapeChar)
  const result: FromInstruction = expanded.ok
    ? { ...base, kind: classify(expanded.value, stages), image: expanded.value }
    : { ...base, kind: 'image', unresolved: expanded.cause }
  // Registered after classifying, so `FROM x AS x` still names the image x. BuildKit lowercases stage names.
  if (stage !== undefined) stages.add(stage.toLowerCase())
  return result
}

function classify(image: string, stages: ReadonlySet<string>): FromKind {
  const lower = image.toLowerCase()
  if (lower === 'scratch') return 'scratch'
  return stages.has(lower) ? 'stage' : 'image'
}
