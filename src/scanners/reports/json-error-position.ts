// V8's JSON.parse messages, the forms that place the error (V8 json-parser.cc): "… in JSON at position N",
// "Unexpected end of JSON input", and "Unexpected token 'x', <context> is not valid JSON", whose context
// is the whole text when it is short (no position then), else 10 characters either side of the error.
const CONTEXT = 10
const UNEXPECTED_TOKEN = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/

/** Where `JSON.parse(text)` failed, read from its error message; undefined when the message does not say. */
export function jsonErrorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message)
  if (position) return Number(position[1])
  if (message.startsWith('Unexpected end of JSON input')) return text.length
  const token = UNEXPECTED_TOKEN.exec(message)
  if (!token) return undefined
  const [, before, context, after] = token
  if (!before && after) return context.length - CONTEXT
  if (before && !after) return text.length - context.length + CONTEXT
  if (before && after) {
    const start = text.indexOf(context)
    return start < 0 ? undefined : start + CONTEXT
  }
  return undefined
}

/** `line L column C` of a character offset, both from 1. */
export function lineColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return `line ${line} column ${offset - lineStart + 1}`
}
