import type { ErrorObject } from 'ajv'
import type { ErrorPosition } from '../errors.js'
import type { JsonSchema } from './schema.js'
import { truncate } from '../util/untrusted.js'
import { closestMatch } from './suggest.js'
import type { PositionIndex } from '../util/yaml/positions.js'

export interface Problem {
  message: string
  position: ErrorPosition
}

/** Hints for required keys, so the message says what to write, not just what is missing. */
const REQUIRED_HINTS: Record<string, string> = {
  version: 'start the policy with `version: 1`',
  id: 'name the vulnerability or rule this exception accepts',
  reason: 'say why accepting this finding is safe'
}

/** What a failed `pattern` means, in words; keyed by the schema's pattern. */
const PATTERN_MESSAGES: Record<string, string> = {
  '\\S': 'must not be empty',
  '^\\S+$': 'must be a single id, without spaces'
}

const TYPE_NAMES: Record<string, string> = {
  boolean: 'true or false',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of keys to values'
}

/**
 * Turns ajv's errors into one plain sentence per mistake, each pointing at the YAML that caused it:
 * unknown keys at the key (with a "did you mean"), missing keys at the mapping that lacks them,
 * everything else at the offending value.
 */
export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  data: unknown,
  index: PositionIndex,
  file: string
): Problem[] {
  // An enum or const error already says what is allowed; the type error next to it adds nothing.
  const explained = new Set(
    errors.filter(e => e.keyword === 'enum' || e.keyword === 'const').map(e => e.instancePath)
  )
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const error of collapseAlternatives(errors)) {
    if (error.keyword === 'type' && explained.has(error.instancePath)) continue
    const problem = describe(error, data, index, file)
    const key = `${problem.position.line}:${problem.position.column}:${problem.position.field}:${problem.message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(problem)
  }
  return sortByPosition(problems)
}

/**
 * A value that may take one of several shapes (`anyOf`: a string or a list) fails every branch; one
 * sentence is enough. A mistake inside the branch that fits (an item of the list) is reported alone,
 * otherwise one "must be a string or a list".
 */
function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter(e => e.keyword === 'anyOf')
  if (alternatives.length === 0) return [...errors]
  const paths = new Set(alternatives.map(e => e.instancePath))
  const shapeKeywords = new Set(['type', 'const', 'enum'])
  const kept = errors.filter(
    e => e.keyword !== 'anyOf' && !(paths.has(e.instancePath) && shapeKeywords.has(e.keyword))
  )
  const within = (path: string, e: ErrorObject): boolean =>
    e.instancePath === path || e.instancePath.startsWith(`${path}/`)
  // Deepest first: an item's "must be a string or a mapping" stands in for its list's as well.
  const deepestFirst = [...alternatives].sort((a, b) => b.instancePath.length - a.instancePath.length)
  for (const alternative of deepestFirst) {
    if (!kept.some(e => within(alternative.instancePath, e))) kept.push(alternative)
  }
  return kept
}

/** In file order, so the list reads top to bottom like the policy. Sorts in place. */
export function sortByPosition(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.position.line ?? 0) - (b.position.line ?? 0) || (a.position.column ?? 0) - (b.position.column ?? 0)
  )
}

function describe(error: ErrorObject, data: unknown, index: PositionIndex, file: string): Problem {
  const path = pointerSegments(error.instancePath)
  const at = (point: { line: number; column: number } | undefined, fieldPath: string[]): ErrorPosition => ({
    file,
    ...point,
    field: fieldName(fieldPath, data)
  })
  const parentSchema = (error.parentSchema ?? {}) as JsonSchema
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const keyPath = [...path, key]
      return { message: unknownKeyMessage(key, parentSchema), position: at(index.keyAt(keyPath), keyPath) }
    }
    case 'required': {
      const missing = String(error.params.missingProperty)
      const hint = REQUIRED_HINTS[missing] ? ` (${REQUIRED_HINTS[missing]})` : ''
      return {
        message: `missing required key \`${missing}\`${hint}`,
        position: at(index.valueAt(path), path)
      }
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String).join(', ')
      return {
        message: `must be one of ${allowed} (got ${show(error.data)})`,
        position: at(index.valueAt(path), path)
      }
    }
    case 'const':
      return {
        message: `must be ${show(error.params.allowedValue)} (got ${show(error.data)})`,
        position: at(index.valueAt(path), path)
      }
    case 'type': {
      if (parentSchema.format === 'date')
        return { message: dateMessage(error.data), position: at(index.valueAt(path), path) }
      const expected = TYPE_NAMES[String(error.params.type)] ?? String(error.params.type)
      return {
        message: `must be ${expected} (got ${show(error.data)})`,
        position: at(index.valueAt(path), path)
      }
    }
    case 'anyOf': {
      const shapes = (parentSchema.anyOf ?? []).map(branch =>
        branch.const !== undefined
          ? show(branch.const)
          : (TYPE_NAMES[String(branch.type)] ?? String(branch.type))
      )
      return {
        message: `must be ${shapes.join(' or ')} (got ${show(error.data)})`,
        position: at(index.valueAt(path), path)
      }
    }
    case 'format':
      return { message: dateMessage(error.data), position: at(index.valueAt(path), path) }
    case 'pattern': {
      const message =
        PATTERN_MESSAGES[String(error.params.pattern)] ?? `must match ${String(error.params.pattern)}`
      return { message: `${message} (got ${show(error.data)})`, position: at(index.valueAt(path), path) }
    }
    case 'uniqueItems': {
      // ajv reports the later duplicate as `j`; point there, the earlier one is usually intended.
      const itemPath = [...path, String(error.params.j)]
      const item = Array.isArray(error.data) ? error.data[Number(error.params.j)] : undefined
      return { message: `lists ${show(item)} more than once`, position: at(index.valueAt(itemPath), path) }
    }
    default:
      return {
        message: error.message ?? `fails the ${error.keyword} check`,
        position: at(index.valueAt(path), path)
      }
  }
}

function dateMessage(value: unknown): string {
  return `must be a real date written YYYY-MM-DD, e.g. 2027-01-31 (got ${show(value)})`
}

function unknownKeyMessage(key: string, parentSchema: JsonSchema): string {
  const allowed = Object.keys(parentSchema.properties ?? {})
  const patterns = Object.keys(parentSchema.patternProperties ?? {}).map(p => new RegExp(p, 'u'))
  if (allowed.length === 0 && patterns.length > 0) {
    // A map keyed by rule id (dockerfile.rules): the key itself is malformed.
    const upper = key.toUpperCase()
    const hint = patterns.some(p => p.test(upper)) ? `; did you mean \`${truncate(upper, MAX_ECHO)}\`?` : ''
    return `not a rule id; rule ids look like DL3008, SC2086 or IG101${hint}`
  }
  const suggestion = closestMatch(key, allowed)
  if (suggestion) return `unknown key, did you mean \`${suggestion}\`?`
  return `unknown key; allowed here: ${allowed.join(', ')}`
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/**
 * `exceptions[0].reason`: list indexes in brackets, keys joined by dots (each cut to MAX_ECHO); undefined
 * for the root.
 */
export function fieldName(path: readonly string[], data: unknown): string | undefined {
  let name = ''
  let current = data
  for (const segment of path) {
    if (Array.isArray(current)) {
      name += `[${segment}]`
      current = current[Number(segment)]
    } else {
      const key = truncate(segment, MAX_ECHO)
      name += name ? `.${key}` : key
      current =
        current !== null && typeof current === 'object'
          ? (current as Record<string, unknown>)[segment]
          : undefined
    }
  }
  return name || undefined
}

/** How much of a value or key a message echoes: enough to find it, never a 10 MB line. */
export const MAX_ECHO = 80

/** A value as the user wrote it, for "(got …)"; long text is cut and NaN or infinities are named. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number' && !Number.isFinite(value)) {
    if (Number.isNaN(value)) return '.nan, not a number'
    return value > 0 ? '.inf, infinity' : '-.inf, minus infinity'
  }
  if (typeof value === 'string') return JSON.stringify(truncate(value, MAX_ECHO))
  return truncate(JSON.stringify(value) ?? String(value), MAX_ECHO)
}
