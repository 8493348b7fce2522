import { allowPatternProblem, imagePatternProblem } from '../image/patterns.js'
import { fieldName, show, type Problem } from './problems.js'
import type { PositionIndex } from '../util/yaml/positions.js'

/** One check the JSON schema cannot express: which string fields it applies to, and what is wrong. */
interface FieldCheck {
  /** Path segments to a list; `*` stands for every item (of a list of mappings). */
  path: readonly string[]
  problem: (value: string) => string | undefined
}

/**
 * Everything a later stage (compiling the allow list, matching exceptions) would reject or silently
 * ignore, checked at load time so `policy validate` and `check` report the same mistakes, each at its
 * line. Runs on unvalidated data, so every value is type-checked before use.
 */
const FIELD_CHECKS: readonly FieldCheck[] = [
  {
    path: ['images', 'registries', 'allow', '*'],
    problem: value => {
      const why = allowPatternProblem(value)
      return why && `not a registry/repository glob such as ghcr.io/acme/*: ${why}`
    }
  },
  { path: ['exceptions', '*', 'image'], problem: imageGlobProblem },
  { path: ['signatures', 'images', '*'], problem: imageGlobProblem }
]

/** Globs matched with matchesImagePattern: one that cannot parse would silently match nothing. */
function imageGlobProblem(value: string): string | undefined {
  const why = imagePatternProblem(value)
  return why && `not an image glob such as ghcr.io/acme/*, so it could never match: ${why}`
}

export function semanticProblems(data: unknown, index: PositionIndex, file: string): Problem[] {
  const problems: Problem[] = []
  for (const check of FIELD_CHECKS) {
    for (const { path, value } of valuesAt(data, check.path)) {
      if (typeof value !== 'string') continue // the schema reports wrong types
      const why = check.problem(value)
      if (why === undefined) continue
      problems.push({
        message: `${why} (got ${show(value)})`,
        position: { file, ...index.valueAt(path), field: fieldName(path, data) }
      })
    }
  }
  return problems
}

/** The values at `pattern` (with `*` over list items), each with its concrete path. */
function valuesAt(data: unknown, pattern: readonly string[]): Array<{ path: string[]; value: unknown }> {
  let found: Array<{ path: string[]; value: unknown }> = [{ path: [], value: data }]
  for (const segment of pattern) {
    found = found.flatMap(({ path, value }) => {
      if (segment === '*') {
        return Array.isArray(value)
          ? value.map((item, i) => ({ path: [...path, String(i)], value: item }))
          : []
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return []
      if (!Object.hasOwn(value, segment)) return []
      return [{ path: [...path, segment], value: (value as Record<string, unknown>)[segment] }]
    })
  }
  return found
}
