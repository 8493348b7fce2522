// Synthetic test helper: loads the linter with the shell side replaced by a tiny stand-in, so these tests
// exercise the framework and the non-shell rules on their own (the shell rules have their own tests).
import { jest } from '@jest/globals'
import type { LintOptions } from '../../src/checks/lint/lint-file.js'
import type { ParsedShell } from '../../src/checks/lint/types.js'

/** Splits on `&&`, `||`, `;`, `|` and newlines, then into quote-aware words: enough for the rules tested here. */
export async function stubParseShell(script: string): Promise<ParsedShell> {
  const parts = script.split(/&&|\|\||;|\||\n/).filter(part => part.trim() !== '')
  return {
    commands: parts.map((part, pipeline) => {
      const words = (part.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(word => word.replace(/^["']|["']$/g, ''))
      return {
        name: words[0] ?? '',
        args: words.slice(1).map(value => ({ value, literal: true })),
        inPipeline: false,
        pipeline,
        offset: script.indexOf(part)
      }
    })
  }
}

jest.unstable_mockModule('../../src/checks/lint/shell/parse.js', () => ({ parseShell: stubParseShell }))
jest.unstable_mockModule('../../src/checks/lint/rules/shell/index.js', () => ({ SHELL_RULES: [] }))

export const linter = await import('../../src/checks/lint/lint-file.js')

export const NO_OPTIONS: LintOptions = { rules: {}, trustedRegistries: [] }

/** Lints `lines` (joined with `\n`) and returns the findings. */
export async function lint(lines: string[] | string, options: Partial<LintOptions> = {}) {
  const text = Array.isArray(lines) ? `${lines.join('\n')}\n` : lines
  return linter.lintDockerfileText(text, 'Dockerfile', { ...NO_OPTIONS, ...options })
}

/** The ids of the rules that fired, one entry per finding. */
export async function firedRules(lines: string[] | string, options: Partial<LintOptions> = {}) {
  return (await lint(lines, options)).findings.map(f => f.rule)
}
