import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { REPO_ROOT } from '../helpers.js'

// Editors find the schema through this comment; every place that shows it must name the same file.
const SCHEMA_COMMENT = /# yaml-language-server: \$schema=([^\s`]+)/g

describe('the published policy schema', () => {
  it('is named by one raw URL of policies/schema.json in the README and the shipped policies', () => {
    const files = ['README.md', 'policies/default.yml', 'policies/strict.yml']
    const urls = files.flatMap(f =>
      [...readFileSync(path.join(REPO_ROOT, f), 'utf8').matchAll(SCHEMA_COMMENT)].map(m => m[1])
    )
    expect(urls.length).toBeGreaterThanOrEqual(files.length + 1)
    expect(new Set(urls)).toEqual(
      new Set(['https://raw.githubusercontent.com/imagegate/imagegate/v1/policies/schema.json'])
    )
    expect(existsSync(path.join(REPO_ROOT, 'policies/schema.json'))).toBe(true)
  })
})
