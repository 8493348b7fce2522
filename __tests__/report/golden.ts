import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Compares `actual` with a file under __tests__/golden. With UPDATE_GOLDEN=1 the file is rewritten
 * instead, so a deliberate change is one command plus a reviewed diff.
 */
export function expectGolden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`../golden/${name}`, import.meta.url))
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path))
    throw new Error(`Golden file ${name} is missing; run with UPDATE_GOLDEN=1 to create it.`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
