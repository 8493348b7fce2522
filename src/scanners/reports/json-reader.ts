import { jsonErrorOffset, lineColumn } from './json-error-position.js'

/**
 * A malformed scanner report. The check turns it into an `error` result (fail closed), so the
 * message says which report and, where it can, the JSON path of the bad field.
 */
export class ReportFormatError extends Error {
  /** e.g. `trivy report /tmp/x.json` */
  readonly source: string
  /** e.g. `Results[2].Vulnerabilities[0].PkgName`; undefined for whole-document problems. */
  readonly path?: string

  constructor(source: string, problem: string, path?: string) {
    super(path ? `${source}: ${path}: ${problem}` : `${source}: ${problem}`)
    this.name = 'ReportFormatError'
    this.source = source
    this.path = path
  }
}

export type JsonObject = Record<string, unknown>

/** `JSON.parse` with the source named and the failing position given as offset, line and column. */
export function parseJson(text: string, source: string, expected: string): unknown {
  if (text.trim() === '') throw new ReportFormatError(source, `empty output; expected ${expected}`)
  try {
    return JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const offset = jsonErrorOffset(text, reason)
    const where = offset === undefined ? '' : ` at position ${offset} (${lineColumn(text, offset)})`
    throw new ReportFormatError(source, `not valid JSON${where}: ${reason}`)
  }
}

export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** A top-level document, described for "expected …; got …": an object by its first keys. */
export function describeDocument(doc: unknown): string {
  if (!isObject(doc)) return describeJson(doc)
  return `an object with keys ${Object.keys(doc).slice(0, 5).join(', ') || '(none)'}`
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Where a value sits in a report: `Results[2].Vulnerabilities[0]`. A step is one small object, spelled
 * out only when a message needs it: reads almost never fail, and eager path strings for 40,000
 * entries × a dozen fields were a fifth of the parsing time.
 */
export type JsonPath = string | PathStep

export class PathStep {
  constructor(
    readonly parent: JsonPath,
    readonly key: string,
    readonly index?: number
  ) {}

  toString(): string {
    const field = join(String(this.parent), this.key)
    return this.index === undefined ? field : `${field}[${this.index}]`
  }
}

/** `path.key`, or `path.key[index]` for an element of the array at `key`. */
export function at(path: JsonPath, key: string, index?: number): PathStep {
  return new PathStep(path, key, index)
}

/**
 * Typed access to the fields a parser needs, failing with the field's JSON path. Fields a parser
 * does not read are never checked, so scanner additions and free-form blocks do not break us.
 */
export class FieldReader {
  constructor(readonly source: string) {}

  fail(path: JsonPath, problem: string): never {
    throw new ReportFormatError(this.source, problem, String(path) || undefined)
  }

  object(value: unknown, path: JsonPath): JsonObject {
    if (value === undefined) this.fail(path, 'expected an object, but it is missing')
    if (!isObject(value)) this.fail(path, `expected an object, got ${describeJson(value)}`)
    return value
  }

  /** An array field; missing or null reads as empty (scanners write both for "none"). */
  array(parent: JsonObject, key: string, path: JsonPath): unknown[] {
    const value = parent[key]
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) this.fail(at(path, key), `expected an array, got ${describeJson(value)}`)
    return value
  }

  /** An array field whose elements must all be objects; element `i` is at `at(path, key, i)`. */
  objects(parent: JsonObject, key: string, path: JsonPath): JsonObject[] {
    const items = this.array(parent, key, path)
    for (let i = 0; i < items.length; i++) if (!isObject(items[i])) this.object(items[i], at(path, key, i))
    return items as JsonObject[]
  }

  string(parent: JsonObject, key: string, path: JsonPath): string {
    const value = this.optString(parent, key, path)
    if (value === undefined) this.fail(at(path, key), 'expected a string, but it is missing')
    return value
  }

  optString(parent: JsonObject, key: string, path: JsonPath): string | undefined {
    const value = parent[key]
    if (typeof value === 'string') return value
    if (value === undefined || value === null) return undefined
    return this.fail(at(path, key), `expected a string, got ${describeJson(value)}`)
  }

  optNumber(parent: JsonObject, key: string, path: JsonPath): number | undefined {
    const value = parent[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !Number.isFinite(value))
      this.fail(at(path, key), `expected a number, got ${describeJson(value)}`)
    return value
  }

  optObject(parent: JsonObject, key: string, path: JsonPath): JsonObject | undefined {
    const value = parent[key]
    if (value === undefined || value === null) return undefined
    return this.object(value, at(path, key))
  }

  /** An array of strings; missing or null reads as empty. */
  strings(parent: JsonObject, key: string, path: JsonPath): string[] {
    const items = this.array(parent, key, path)
    for (let i = 0; i < items.length; i++) {
      if (typeof items[i] !== 'string')
        this.fail(at(path, key, i), `expected a string, got ${describeJson(items[i])}`)
    }
    return items as string[]
  }
}

export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}
