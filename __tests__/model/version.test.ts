import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { VERSION } from '../../src/version.js'
import { repoRoot } from '../helpers/node-binaries.js'

it('VERSION matches package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
  expect(VERSION).toBe(pkg.version)
})
