import { ConfigError, formatProblem } from '../../errors.js'
import { isCalendarDate } from '../../policy/date.js'
import type { Problem } from '../../policy/problems.js'
import type { IgnoreRule } from './types.js'

/**
 * `.trivyignore`: one id per line, `#` comments, and an optional `exp:YYYY-MM-DD` token. As in
 * Trivy, other `key:value` tokens are ignored and the id applies to every kind of finding. Unlike
 * Trivy, which skips a line whose date it cannot read, a bad date is an error here: that line
 * would otherwise stop ignoring without a word.
 */
export function parseTrivyIgnore(text: string, file: string): IgnoreRule[] {
  const rules: IgnoreRule[] = []
  const problems: Problem[] = []
  // The comment block just above a group of lines is its reason, as in Trivy's documented example.
  let comment: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1
    const trimmed = raw.trim()
    if (trimmed === '') {
      comment = []
      return
    }
    if (trimmed.startsWith('#')) {
      if (rules.at(-1)?.source.line === line - 1) comment = []
      comment.push(trimmed.replace(/^#+\s*/, ''))
      return
    }
    const hashAt = raw.search(/\s#/)
    const body = hashAt < 0 ? raw : raw.slice(0, hashAt)
    const tokens = [...body.matchAll(/\S+/g)].map(m => ({ text: m[0], column: (m.index ?? 0) + 1 }))
    const rule: IgnoreRule = {
      source: { file, line },
      format: 'trivyignore',
      kind: 'any',
      id: tokens[0].text,
      includeAliases: false
    }
    const inline =
      hashAt < 0
        ? ''
        : raw
            .slice(hashAt)
            .replace(/^\s*#+\s*/, '')
            .trim()
    const reason = inline || comment.filter(c => c !== '').join(' ')
    if (reason) rule.reason = reason
    for (const token of tokens.slice(1)) {
      const colon = token.text.indexOf(':')
      const key = colon < 0 ? token.text : token.text.slice(0, colon)
      const position = { file, line, column: token.column, field: 'exp' }
      if (key === 'exp') {
        const date = token.text.slice(colon + 1)
        if (isCalendarDate(date)) rule.expires ??= date
        else
          problems.push({
            message: `must be a real date written exp:YYYY-MM-DD, e.g. exp:2027-01-31 (got ${JSON.stringify(token.text)})`,
            position
          })
      } else if (/^exp/i.test(key)) {
        // `expires:…` or `exp=…` would otherwise be dropped, and the line would never expire.
        problems.push({
          message: `write the expiry as exp:YYYY-MM-DD (got ${JSON.stringify(token.text)})`,
          position
        })
      }
    }
    rules.push(rule)
  })
  if (problems.length > 0) throw new ConfigError(problems.map(formatProblem).join('\n'), problems)
  return rules
}
