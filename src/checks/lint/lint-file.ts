import { DOCKERFILE_BUDGET, tooLarge, type DockerfileBudget } from '../../dockerfile/budget.js'
import { parseDockerfile } from '../../dockerfile/parse.js'
import { errorMessage } from '../../errors.js'
import type { Finding } from '../../model/finding.js'
import { lintLevelToSeverity } from '../../policy/levels.js'
import type { LintLevel } from '../../policy/types.js'
import { oneLine, truncate } from '../../util/untrusted.js'
import { defaultHelpUri, ruleHelpUri } from '../../model/rule.js'
import { equivalentIds } from '../../model/rule-equivalents.js'
import { buildLintContext, type ShellParser } from './context.js'
import { findPragmas, IgnoreIndex } from './ignores.js'
import type { ShellcheckInput, ShellcheckViolation } from './shell/shellcheck.js'
import { DL1000 } from './rules/dockerfile/syntax-errors.js'
import { LINT_RULES, OVER_BUDGET, UNLINTABLE_FILE, type LintRuleDoc } from './rules/index.js'
import { heredocBodyLines } from './ast-helpers.js'
import type { LintContext, LintRule, LintViolation } from './types.js'

/** Larger files are reported (IG200) instead of parsed: no real Dockerfile is that big. */
export const MAX_DOCKERFILE_BYTES = DOCKERFILE_BUDGET.bytes

export interface LintOptions {
  /** Rule id → level or `off`: the policy's `dockerfile.rules` over `.hadolint.yaml`'s. */
  rules: Record<string, LintLevel | 'off'>
  trustedRegistries: string[]
  labelSchema?: Record<string, string>
  strictLabels?: boolean
  /** Injected in tests; defaults to the RUN shell parser. */
  parseShell?: ShellParser
  /** Injected in tests; defaults to every rule. */
  lintRules?: LintRule[]
  /** Raised in tests and the scaling benchmark, to time analysis past it; defaults to `DOCKERFILE_BUDGET`. */
  budget?: DockerfileBudget
}

export interface FileLintResult {
  findings: Finding[]
  /** Violations an inline or global ignore pragma suppressed: counted, not reported. */
  ignored: number
  /** Things to tell the user about this file that are not findings (empty file, a rule that crashed). */
  notes: string[]
  /** What ShellCheck needs to check this file's RUNs, and the file's pragmas for its findings. */
  shellcheck?: { input: ShellcheckInput; ignores: IgnoreIndex }
}

/** The level a rule runs at, or `off`: the options' override, else its default. */
export function effectiveLevel(
  rule: Pick<LintRule, 'id' | 'level' | 'enabledByDefault'>,
  options: LintOptions
) {
  return options.rules[rule.id] ?? (rule.enabledByDefault === false ? 'off' : rule.level)
}

/** Lints raw file bytes; never throws for anything in the file. `file` is the label used in findings. */
export async function lintDockerfileBytes(
  bytes: Uint8Array,
  file: string,
  options: LintOptions
): Promise<FileLintResult> {
  if (bytes.byteLength > MAX_DOCKERFILE_BYTES) return unlintable(file, tooLarge(bytes.byteLength), options)
  if (bytes.includes(0))
    return unlintable(file, 'it is a binary file (it contains NUL bytes), not a Dockerfile', options)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return unlintable(file, 'it is not valid UTF-8 text', options)
  }
  return lintDockerfileText(text, file, options)
}

/** The one finding for a file that cannot be linted at all. */
export function unlintable(file: string, why: string, options: LintOptions): FileLintResult {
  const violation = { line: 1, column: 1, message: `${file} was not linted: ${why}` }
  return linterFinding(UNLINTABLE_FILE, violation, file, options)
}

/** The only finding for a file the linter stopped on; a note instead when the policy turned its rule off. */
function linterFinding(
  rule: LintRuleDoc,
  violation: LintViolation,
  file: string,
  options: LintOptions
): FileLintResult {
  const level = effectiveLevel(rule, options)
  if (level === 'off') return { findings: [], ignored: 0, notes: [violation.message] }
  return { findings: [toFinding(rule.id, level, violation, file)], ignored: 0, notes: [] }
}

export async function lintDockerfileText(
  text: string,
  file: string,
  options: LintOptions
): Promise<FileLintResult> {
  // CRLF and lone CR become LF, so every rule sees the same lines; columns do not change.
  const content = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n')
  if (content.trim() === '') return { findings: [], ignored: 0, notes: [`${file} is empty; nothing to lint`] }

  const parsed = await parseDockerfile(content, options.budget)
  if (parsed.overBudget !== undefined) {
    const { line, column, message } = parsed.overBudget
    return linterFinding(OVER_BUDGET, { line, column, message: `${file} ${message}` }, file, options)
  }
  if (parsed.ast === undefined) {
    // The parser itself gave up: its problems are syntax errors, and no rule can run.
    const level = effectiveLevel(DL1000, options)
    const findings =
      level === 'off'
        ? []
        : parsed.problems.map(p =>
            toFinding(DL1000.id, level, { line: p.line, column: 1, message: `${file} ${p.message}` }, file)
          )
    return { findings, ignored: 0, notes: [] }
  }
  const lines = content.split('\n')
  const context = await buildLintContext(
    {
      file,
      ast: parsed.ast,
      lines,
      resolvedImages: parsed.froms.map(from => from.image),
      argsOverLimit: parsed.argsOverLimit,
      trustedRegistries: options.trustedRegistries,
      labelSchema: options.labelSchema,
      strictLabels: options.strictLabels
    },
    options.parseShell
  )
  const instructions = parsed.ast.getInstructions()
  const ignores = new IgnoreIndex(findPragmas(lines, heredocBodyLines(instructions)), instructions, lines)

  const input = { file, runs: context.runs, stages: context.stages }
  const result: FileLintResult = { findings: [], ignored: 0, notes: [], shellcheck: { input, ignores } }
  for (const rule of options.lintRules ?? LINT_RULES) {
    const level = effectiveLevel(rule, options)
    if (level === 'off') continue
    for (const violation of runRule(rule, context, result.notes)) {
      const ignoredAs = ignores.ignoredAs(rule.id, violation.line)
      if (ignoredAs === undefined) {
        result.findings.push(toFinding(rule.id, level, violation, file))
        continue
      }
      result.ignored++
      // Kept, marked ignored, when another check reports the same problem: the verdict merges the two,
      // and the pragma then suppresses the merged finding (`RULE_EQUIVALENTS`).
      if (equivalentIds(rule.id).length > 0) {
        const ignoredBy = { id: ignoredAs, reason: `ignore pragma for ${ignoredAs} in ${file}` }
        result.findings.push({ ...toFinding(rule.id, level, violation, file), ignoredBy })
      }
    }
  }
  sortByPosition(result.findings)
  return result
}

/**
 * Adds ShellCheck's findings for a file, as hadolint reports them: `SC…` ids at ShellCheck's level unless
 * `dockerfile.rules` sets one (or `off`), ignorable with the same pragmas as any rule.
 */
export function addShellcheckFindings(
  result: FileLintResult,
  violations: ShellcheckViolation[],
  options: LintOptions
): void {
  if (result.shellcheck === undefined) return
  const { input, ignores } = result.shellcheck
  for (const violation of violations) {
    const level = options.rules[violation.rule] ?? violation.level
    if (level === 'off') continue
    if (ignores.ignores(violation.rule, violation.line)) result.ignored++
    else result.findings.push(toFinding(violation.rule, level, violation, input.file))
  }
  sortByPosition(result.findings)
}

function sortByPosition(findings: Finding[]): void {
  findings.sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0)
  )
}

/** A rule that throws is a bug in imagegate, not in the file: say so in a note and lint on. */
function runRule(rule: LintRule, context: LintContext, notes: string[]): LintViolation[] {
  try {
    return rule.check(context)
  } catch (error) {
    notes.push(`rule ${rule.id} failed on ${context.file} and was skipped: ${errorMessage(error)}`)
    return []
  }
}

const MAX_MESSAGE_LENGTH = 240

function toFinding(rule: string, level: LintLevel, violation: LintViolation, file: string): Finding {
  const { line, column, endLine, endColumn } = violation
  return {
    check: 'lint',
    rule,
    severity: lintLevelToSeverity(level),
    // Messages quote Dockerfile text: one short line keeps annotations readable.
    message: truncate(oneLine(violation.message), MAX_MESSAGE_LENGTH),
    location: {
      file,
      line,
      column,
      ...(endLine !== undefined ? { endLine } : {}),
      ...(endColumn !== undefined ? { endColumn } : {})
    },
    // SC rules are documented by ShellCheck, every other rule in the README's rule reference.
    helpUri: rule.startsWith('SC') ? defaultHelpUri(rule) : ruleHelpUri(rule)
  }
}
