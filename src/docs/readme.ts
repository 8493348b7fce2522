/** Replaces the text between `<!-- start NAME -->` and `<!-- end NAME -->`; the markers stay. */
export function replaceSection(readme: string, name: string, content: string): string {
  const start = `<!-- start ${name} -->`
  const end = `<!-- end ${name} -->`
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to === -1 || to < from) throw new Error(`README has no "${start}" … "${end}" section`)
  return `${readme.slice(0, from + start.length)}\n${content.trim()}\n${readme.slice(to)}`
}
