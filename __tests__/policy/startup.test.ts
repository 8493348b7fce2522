import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { REPO_ROOT } from './helpers.js'

// Loading a policy must not compile a schema at runtime: the validator is precompiled
// (validator.generated.ts) and only the dev-time generator may import ajv's compiler or prettier.
describe('policy runtime imports', () => {
  const dir = path.join(REPO_ROOT, 'src/policy')
  const runtimeFiles = readdirSync(dir).filter(f => f.endsWith('.ts') && f !== 'generate-validator.ts')

  it.each(runtimeFiles)('%s imports no ajv or prettier code', file => {
    const text = readFileSync(path.join(dir, file), 'utf8')
    expect(text).not.toMatch(/import\s+(?!type\b)[^'"]*from\s+'(ajv|ajv-formats|prettier)(\/[^']*)?'/)
  })

  it('checks the files that load policies', () => {
    expect(runtimeFiles).toEqual(expect.arrayContaining(['load.ts', 'problems.ts', 'validator.generated.ts']))
  })
})
