/**
 * Helpers for text that came from outside: Dockerfile text, image references, package names, scanner
 * titles. Every reporter passes such text through one of these before printing or rendering it.
 */

// ANSI escape sequences: CSI (ESC [ or the 8-bit CSI), OSC (ESC ] ... BEL/ST), and two-byte ESC forms.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g
// C0 controls except tab and line breaks, DEL, C1 controls, and bidi overrides/isolates (Trojan Source).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g

/** Removes ANSI sequences and control characters; line breaks become `\n`, tabs stay. */
export function stripControl(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(CONTROL, '')
}

/** One line: control characters removed, every run of whitespace (line breaks too) collapsed to a space. */
export function oneLine(text: string): string {
  return stripControl(text).replace(/\s+/g, ' ').trim()
}

/** Cuts to at most `max` UTF-16 units, ending in `…`, without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** Longest untrusted name (package, title, path, image) a log line or an annotation shows. */
export const MAX_NAME_LENGTH = 200
/** Longest untrusted message (a finding's text, a reason) a log line shows; the JSON report has it all. */
export const MAX_LOG_MESSAGE_LENGTH = 1000

/**
 * Untrusted text for a log line or an annotation: one line, cut to `max` characters with `…`. A scanner
 * can report a 400,000-character package name; one place decides how much of it people are shown.
 */
export function shortLine(text: string, max = MAX_NAME_LENGTH): string {
  return truncate(oneLine(text), max)
}

// The runner trims leading whitespace (.NET Char.IsWhiteSpace, which includes U+0085 but not U+FEFF)
// before looking for `::`, and splits lines on \n, \r and \r\n, which `^` with the m flag also does.
const COMMAND_START = /^((?:(?![\r\n])[\s\u0085])*)::/gm
// Legacy `##[command]` syntax is found anywhere in a line, not just at its start.
const LEGACY_COMMAND = /##\[/g
const ZWSP = '\u200b'

/**
 * Makes text safe to print to the Actions log: no line can start a workflow command. A zero-width space
 * goes between the two colons (and between `##` and `[`), so the text reads the same but is not parsed.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text.replace(COMMAND_START, `$1:${ZWSP}:`).replace(LEGACY_COMMAND, `#${ZWSP}#[`)
}

const MARKDOWN_SPECIAL = /[\\`*_[\]#~!|$]/g
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
// Line-start syntax: list markers, setext underlines, ordered lists (`1.` / `1)`), block quotes are `>`.
const LINE_START = /^([-+=]|\d+(?=[.)]))/

/**
 * Escapes untrusted text for a table cell or inline markdown: one line, at most `maxLength` characters
 * of the original, markdown and HTML inert, and `@mentions` broken with a zero-width joiner so nobody is
 * pinged. GitHub also renders `$...$` as math, so `$` is escaped too.
 */
export function escapeMarkdownInline(text: string, maxLength = 300): string {
  const short = truncate(oneLine(text), maxLength)
  return short
    .replace(/[&<>]/g, c => HTML_SPECIAL[c] ?? c)
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(/@/g, '@\u200d')
    .replace(LINE_START, m => (/\d/.test(m[0] ?? '') ? `${m}\\` : `\\${m}`))
}

/**
 * Renders text as an inline code span: the fence is one backtick longer than the longest run inside.
 * In a table `|` must still be escaped, even inside code (GFM splits cells first), so pass `table`.
 */
export function codeSpan(text: string, options: { table?: boolean; maxLength?: number } = {}): string {
  let body = truncate(oneLine(text), options.maxLength ?? 300)
  if (options.table) body = body.replace(/\|/g, '\\|')
  // A code span shows `##[` literally, and the runner reads it anywhere in a line when the markdown is
  // printed (the CLI's --format markdown): break it the way neutralizeWorkflowCommands does.
  body = body.replace(LEGACY_COMMAND, `#${ZWSP}#[`)
  if (body === '') return '` `'
  let longest = 0
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  // A leading/trailing backtick would join the fence; CommonMark strips the one padding space again.
  const pad = /^`|`$/.test(body) ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * A YAML double-quoted scalar for a snippet people paste into a policy: JSON's string syntax is valid
 * YAML, and it escapes quotes, backslashes and every control character (CR/LF too), so the text stays
 * one value on one line. Non-ASCII is escaped as well, so no bidi override or lookalike survives.
 */
export function yamlString(text: string, maxLength = 200): string {
  return JSON.stringify(truncate(text, maxLength)).replace(
    /[\u007f-\uffff]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
