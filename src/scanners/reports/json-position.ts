/**
 * Where a JSON text first goes wrong, as a character offset; undefined when it is valid. Node 20's
 * `JSON.parse` names no position for most syntax errors, and people need one to find the spot in a
 * large report. Runs only after `JSON.parse` has failed, so it is written for clarity, not speed.
 */
export function firstJsonErrorOffset(text: string): number | undefined {
  let i = 0
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else throw i
  }
  const string = () => {
    i++ // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) throw i
      if (text[i] === '\\') {
        i++
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw i
          i += 4
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) throw i
      }
      i++
    }
    if (i >= text.length) throw i
    i++
  }
  const number = () => {
    const found = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!found) throw i
    i += found[0].length
  }
  const sequence = (close: string, item: () => void) => {
    i++
    space()
    if (text[i] === close) return void i++
    for (;;) {
      item()
      space()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === close) return void i++
      throw i
    }
  }
  const value = (): void => {
    space()
    const c = text[i]
    if (c === '{')
      sequence('}', () => {
        space()
        if (text[i] !== '"') throw i
        string()
        space()
        if (text[i] !== ':') throw i
        i++
        value()
      })
    else if (c === '[') sequence(']', value)
    else if (c === '"') string()
    else if (c === 't') literal('true')
    else if (c === 'f') literal('false')
    else if (c === 'n') literal('null')
    else number()
  }
  try {
    value()
    space()
    return i < text.length ? i : undefined
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined // a RangeError from absurd nesting: no position
  }
}

/** `line 3 column 15` for a character offset. */
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
