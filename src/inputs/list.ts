/**
 * Splits a multiline input into entries: one per line (and per comma when `commas`), trimmed,
 * with blank lines and `#` comments dropped.
 */
export function parseList(text: string, options: { commas: boolean }): string[] {
  const lines = text.split(/\r?\n/).map(line => line.replace(/(^|\s)#.*$/, ''))
  const entries = options.commas ? lines.flatMap(line => line.split(',')) : lines
  return entries.map(e => e.trim()).filter(e => e.length > 0)
}
