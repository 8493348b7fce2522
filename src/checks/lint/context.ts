import type { Dockerfile, Instruction } from 'dockerfile-ast'
import { parseShell } from './shell/parse.js'
import { buildRunScript } from './run-script.js'
import {
  argumentsContentOf,
  argumentValues,
  execFormArguments,
  keywordOf,
  onbuildTrigger
} from './ast-helpers.js'
import type { LintContext, LintRun, LintStage, ParsedShell } from './types.js'

export interface ContextInput {
  file: string
  ast: Dockerfile
  /** File lines, BOM stripped, split on any line break. */
  lines: string[]
  trustedRegistries: string[]
  /** FROM images after global ARG substitution, in file order (from `parseDockerfile`). */
  resolvedImages?: Array<string | undefined>
  labelSchema?: Record<string, string>
  strictLabels?: boolean
  /** From `parseDockerfile`. */
  argsOverLimit?: LintContext['argsOverLimit']
}

export type ShellParser = (script: string) => Promise<ParsedShell>

const DEFAULT_SHELL = ['/bin/sh', '-c']

/** Builds what rules look at, once per file: stages, RUNs with their scripts parsed, the options. */
export async function buildLintContext(
  input: ContextInput,
  parse: ShellParser = parseShell
): Promise<LintContext> {
  const { ast, lines } = input
  const escapeChar = ast.getEscapeCharacter()
  const { resolvedImages, ...rest } = input
  const stages = splitStages(ast.getInstructions(), resolvedImages)
  const runs = collectRuns(stages, lines, escapeChar)
  await Promise.all(
    runs.map(async run => (run.shell = run.execForm ? undefined : await safeParse(parse, run.script)))
  )
  return { ...rest, escapeChar, stages, runs }
}

/** Splits at each FROM. Instructions before the first FROM (global ARGs) belong to no stage; a file without FROM is one stage. */
export function splitStages(
  instructions: Instruction[],
  resolvedImages: Array<string | undefined> = []
): LintStage[] {
  const stages: LintStage[] = []
  if (!instructions.some(i => keywordOf(i) === 'FROM')) {
    return instructions.length === 0 ? [] : [{ index: 0, instructions }]
  }
  for (const instruction of instructions) {
    if (keywordOf(instruction) === 'FROM') {
      const [image, as, alias] = argumentValues(instruction)
      stages.push({
        index: stages.length,
        from: instruction,
        image,
        alias: as?.toLowerCase() === 'as' && alias !== undefined ? alias.toLowerCase() : undefined,
        resolvedImage: resolvedImages[stages.length],
        instructions: [instruction]
      })
    } else {
      stages.at(-1)?.instructions.push(instruction)
    }
  }
  return stages
}

function collectRuns(stages: LintStage[], lines: string[], escapeChar: string): LintRun[] {
  const runs: LintRun[] = []
  const shellAtEnd = new Map<string, string[]>()
  for (const stage of stages) {
    // A stage built FROM an earlier stage inherits the SHELL in effect at that stage's end.
    let shell =
      (stage.image !== undefined ? shellAtEnd.get(stage.image.toLowerCase()) : undefined) ?? DEFAULT_SHELL
    for (const instruction of stage.instructions) {
      const keyword = keywordOf(instruction)
      if (keyword === 'SHELL') shell = execFormArguments(argumentsContentOf(instruction) ?? '') ?? shell
      const trigger = onbuildTrigger(instruction)
      const run =
        keyword === 'RUN' ? instruction : trigger && keywordOf(trigger) === 'RUN' ? trigger : undefined
      if (run === undefined) continue
      const { script, execForm, positionAt } = buildRunScript(run, lines, escapeChar)
      const keywordStart = run.getRange().start
      runs.push({
        instruction: run,
        stage,
        onbuild: run !== instruction,
        execForm,
        script,
        line: keywordStart.line + 1,
        column: keywordStart.character + 1,
        shellCommand: shell,
        positionAt
      })
    }
    if (stage.alias !== undefined) shellAtEnd.set(stage.alias, shell)
  }
  return runs
}

/** A shell parser bug must not take the file down: its rules then see a parse error and stay silent. */
async function safeParse(parse: ShellParser, script: string): Promise<ParsedShell> {
  try {
    return await parse(script)
  } catch (error) {
    return { commands: [], parseError: error instanceof Error ? error.message : String(error) }
  }
}
