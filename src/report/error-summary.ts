import { ConfigError, errorMessage, formatProblem, howToFix } from '../errors.js'
import { TOOL_NAME } from '../model/rule.js'
import { escapeMarkdownInline } from '../util/untrusted.js'

const MAX_PROBLEMS = 50

/**
 * The job summary of a run that stopped before its verdict (exit 2): what went wrong and how to fix it.
 * Error text can quote a policy or a Dockerfile, so it is escaped like every other untrusted text.
 */
export function renderErrorSummary(error: unknown): string {
  const isConfig = error instanceof ConfigError
  const problems = isConfig ? error.problems.map(formatProblem) : [errorMessage(error)]
  const lines = problems.slice(0, MAX_PROBLEMS).map(p => `- ${escapeMarkdownInline(p, 500)}`)
  if (problems.length > MAX_PROBLEMS) lines.push(`- … and ${problems.length - MAX_PROBLEMS} more`)
  return (
    [
      `## 💥 ${TOOL_NAME}: error`,
      isConfig
        ? 'A configuration error stopped the run before a verdict:'
        : 'A runtime error stopped the run before a verdict:',
      lines.join('\n'),
      // Our own words, markdown meant.
      `**How to fix:** ${howToFix(error)}`
    ].join('\n\n') + '\n'
  )
}
