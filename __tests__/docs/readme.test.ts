import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { renderActionReference } from '../../src/docs/action-reference.js'
import { generateReadme } from '../../src/docs/generate.js'
import { replaceSection } from '../../src/docs/readme.js'
import { repoRoot } from '../helpers/node-binaries.js'

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')

describe('generated README sections', () => {
  it('are current (run `npm run generate` when this fails)', () => {
    const readme = read('README.md')
    expect(generateReadme(readme, read('action.yml'))).toBe(readme)
  })

  it('list every action input and output', () => {
    const table = renderActionReference(read('action.yml'))
    for (const name of [
      'policy',
      'images',
      'dockerfiles',
      'github-token',
      'report-json',
      'sarif',
      'working-directory'
    ]) {
      expect(table).toContain(`| \`${name}\` |`)
    }
    expect(table).toContain('| `verdict` | The gate')
  })

  it('replace only the marked section', () => {
    const text = 'a\n<!-- start x -->\nold\n<!-- end x -->\nb'
    expect(replaceSection(text, 'x', 'new')).toBe('a\n<!-- start x -->\nnew\n<!-- end x -->\nb')
    expect(() => replaceSection(text, 'y', 'new')).toThrow(/no "<!-- start y -->"/)
  })
})
