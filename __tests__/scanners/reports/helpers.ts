import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Synthetic reports (see the folder's README.md), so these tests need nothing outside the repo. */
export function syntheticReport(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/scanners/${name}`, import.meta.url)), 'utf8')
}
