import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, formatProblem } from '../../src/errors.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/policy/', import.meta.url))
export const REPO_ROOT = path.resolve(FIXTURES, '../../..')

/** The formatted problems of the ConfigError `run` throws; fails the test if it throws nothing else. */
export function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(formatProblem)
    throw error
  }
  throw new Error('expected a ConfigError, but nothing was thrown')
}

/** problemsOf for a promise: the formatted problems of the ConfigError it rejects with. */
export async function problemsOfAsync(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run()
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(formatProblem)
    throw error
  }
  throw new Error('expected a ConfigError, but nothing was thrown')
}
