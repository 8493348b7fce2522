import type { ErrorPosition } from '../../errors.js'
import type { PositionIndex } from '../../util/yaml/positions.js'
import type { PolicyException } from '../types.js'
import { POLICY_SCHEMA } from '../schema.js'
import { collectFields } from './fields.js'
import { isExternal, sourceLabel, type PolicySource } from './source.js'

/** One parsed, schema-valid policy document and where it came from. */
export interface PolicyDocument {
  source: PolicySource
  data: Record<string, unknown>
  index: PositionIndex
}

/** Where a value, lock or exception is written. */
export interface Origin {
  source: PolicySource
  line?: number
  column?: number
  /** The positions of the document it is in, to place mistakes found later inside the value. */
  index?: PositionIndex
}

/**
 * A policy as a stack of documents has made it so far, before defaults: every field set (with the
 * document and line that set it last), the locks and exception cap every document below put on the
 * ones above, the exceptions of all of them, and the documents in the order they apply.
 */
export interface Layered {
  fields: Map<string, { value: unknown; origin: Origin }>
  locks: Map<string, Origin>
  maxExceptionDays?: { days: number; origin: Origin }
  exceptions: Array<{ exception: PolicyException; origin: Origin }>
  documents: PolicySource[]
  /** Fields a document loosened where nothing locked them, for `explain`. */
  loosened: Array<{ path: string; origin: Origin }>
}

/** The path `all` locks everything, `exceptions` too. */
export const LOCK_ALL = 'all'

export function originAt(document: PolicyDocument, path: readonly string[]): Origin {
  const point = document.index.valueAt(path)
  return { source: document.source, line: point?.line, column: point?.column, index: document.index }
}

/** `file:line`, how messages and `explain` name an origin. */
export function describeOrigin(origin: Origin): string {
  const label = sourceLabel(origin.source)
  return origin.line === undefined ? label : `${label}:${origin.line}`
}

/** An error position at the origin; remote and built-in documents are never annotated. */
export function positionOf(origin: Origin, field?: string): ErrorPosition {
  return {
    file: sourceLabel(origin.source),
    line: origin.line,
    column: origin.column,
    field,
    ...(isExternal(origin.source) ? { external: true } : {})
  }
}

/** One document on its own, as the top layer of its own stack. */
export function layerOf(document: PolicyDocument): Layered {
  const fields = new Map<string, { value: unknown; origin: Origin }>()
  for (const [path, value] of collectFields(POLICY_SCHEMA, document.data)) {
    fields.set(path, { value, origin: originAt(document, path.split('.')) })
  }
  const locks = new Map<string, Origin>()
  const locked = document.data.locked
  if (locked === LOCK_ALL) locks.set(LOCK_ALL, originAt(document, ['locked']))
  else if (Array.isArray(locked)) {
    locked.forEach((path, i) => locks.set(String(path), originAt(document, ['locked', String(i)])))
  }
  const days = document.data.maxExceptionDays
  const exceptions = Array.isArray(document.data.exceptions) ? document.data.exceptions : []
  return {
    fields,
    locks,
    maxExceptionDays:
      typeof days === 'number' ? { days, origin: originAt(document, ['maxExceptionDays']) } : undefined,
    exceptions: exceptions.map((exception, i) => ({
      exception: exception as PolicyException,
      origin: originAt(document, ['exceptions', String(i)])
    })),
    documents: [document.source],
    loosened: []
  }
}

/** The lock on `path` (itself, a section above it, or `all`), if any. */
export function lockOn(
  locks: Map<string, Origin>,
  path: string
): { path: string; origin: Origin } | undefined {
  for (const [locked, origin] of locks) {
    if (locked === LOCK_ALL || locked === path || path.startsWith(`${locked}.`))
      return { path: locked, origin }
  }
  return undefined
}
