import type { Instruction } from 'dockerfile-ast'
import { findPragmas } from '../../ignores.js'
import {
  argumentsOf,
  heredocBodyLines,
  heredocsOf,
  keywordOf,
  onbuildTrigger,
  violationAt,
  violationOn
} from '../../ast-helpers.js'
import { copyArguments } from '../../copy-arguments.js'
import type { LintRule, LintViolation } from '../../types.js'
import { propertiesOf } from './instructions.js'
import { DOCKERFILE_INSTRUCTIONS } from '../../../../dockerfile/instructions.js'

/** What BuildKit would refuse in one instruction (an ONBUILD's trigger checked as well). */
function problemsOf(instruction: Instruction, insideOnbuild = false): LintViolation[] {
  const keyword = keywordOf(instruction)
  if (!DOCKERFILE_INSTRUCTIONS.has(keyword)) {
    const shown = keyword.length > 40 ? `${keyword.slice(0, 40)}…` : keyword
    return [violationAt(instruction.getInstructionRange(), `unknown instruction "${shown}"`)]
  }
  if (argumentsOf(instruction).length === 0) {
    const where = insideOnbuild ? 'ONBUILD ' : ''
    return [violationOn(instruction, `${where}${keyword} requires at least one argument`)]
  }
  const trigger = onbuildTrigger(instruction)
  if (trigger !== undefined) return problemsOf(trigger, true)
  if ((keyword === 'COPY' || keyword === 'ADD') && copyArguments(instruction).sources.length === 0) {
    return [violationOn(instruction, `${keyword} needs a source and a destination`)]
  }
  if (keyword === 'ENV' || keyword === 'LABEL') {
    const bare = propertiesOf(instruction).find(p => p.getValue() === null)
    if (bare !== undefined) {
      return [
        violationAt(
          bare.getNameRange(),
          `${keyword} ${bare.getName()} has no value; write ${bare.getName()}=value`
        )
      ]
    }
  }
  return heredocsOf(instruction)
    .filter(heredoc => heredoc.getDelimiterRange() === null)
    .map(heredoc =>
      violationAt(
        heredoc.getStartRange(),
        `heredoc <<${heredoc.getName()} is never closed by a line "${heredoc.getName()}"`
      )
    )
}

export const DL1000: LintRule = {
  id: 'DL1000',
  level: 'error',
  title: 'Dockerfile syntax error',
  description:
    'The Dockerfile cannot be built as written: an unknown instruction, an instruction without arguments, ' +
    '`COPY`/`ADD` without a destination, `ENV`/`LABEL` without a value, or a heredoc that is never closed. ' +
    'Reported on the offending line; the rest of the file is still linted.',
  check: context => context.ast.getInstructions().flatMap(instruction => problemsOf(instruction))
}

export const DL1001: LintRule = {
  id: 'DL1001',
  level: 'info',
  enabledByDefault: false,
  title: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`',
  description:
    'Off by default, as in hadolint (level `ignore`). When turned on (e.g. `DL1001: info`), each inline ' +
    '`# hadolint ignore=…` comment is reported, for teams that want exceptions in the policy instead.',
  check: context =>
    findPragmas(context.lines, heredocBodyLines(context.ast.getInstructions()))
      .filter(pragma => pragma.tool === 'hadolint' && !pragma.global && !pragma.stage)
      .map(pragma => ({
        line: pragma.line,
        column: pragma.column,
        message: 'Please refrain from using inline ignore pragmas; use a policy exception instead'
      }))
}

export const SYNTAX_RULES: LintRule[] = [DL1000, DL1001]
