import { firstJsonErrorOffset, lineColumn } from './json-position.js'

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
    const offset = firstJsonErrorOffset(text)
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
 * Typed access to the fields a parser needs, failing with the field's JSON path. Fields a parser
 * does not read are never checked, so scanner additions and free-form blocks do not break us.
 */
export class FieldReader {
  constructor(readonly source: string) {}

  fail(path: string, problem: string): never {
    throw new ReportFormatError(this.source, problem, path)
  }

  object(value: unknown, path: string): JsonObject {
    if (value === undefined) this.fail(path, 'expected an object, but it is missing')
    if (!isObject(value)) this.fail(path, `expected an object, got ${describeJson(value)}`)
    return value
  }

  /** An array field; missing or null reads as empty (scanners write both for "none"). */
  array(parent: JsonObject, key: string, path: string): unknown[] {
    const value = parent[key]
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) this.fail(join(path, key), `expected an array, got ${describeJson(value)}`)
    return value
  }

  /** The objects of an array field, with each element's path. */
  objects(parent: JsonObject, key: string, path: string): Array<[JsonObject, string]> {
    const base = join(path, key)
    return this.array(parent, key, path).map((item, i) => {
      const itemPath = `${base}[${i}]`
      return [this.object(item, itemPath), itemPath]
    })
  }

  string(parent: JsonObject, key: string, path: string): string {
    const value = this.optString(parent, key, path)
    if (value === undefined) this.fail(join(path, key), 'expected a string, but it is missing')
    return value
  }

  optString(parent: JsonObject, key: string, path: string): string | undefined {
    const value = parent[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') this.fail(join(path, key), `expected a string, got ${describeJson(value)}`)
    return value
  }

  optNumber(parent: JsonObject, key: string, path: string): number | undefined {
    const value = parent[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !Number.isFinite(value))
      this.fail(join(path, key), `expected a number, got ${describeJson(value)}`)
    return value
  }

  optObject(parent: JsonObject, key: string, path: string): JsonObject | undefined {
    const value = parent[key]
    if (value === undefined || value === null) return undefined
    return this.object(value, join(path, key))
  }

  /** An array of strings; missing or null reads as empty. */
  strings(parent: JsonObject, key: string, path: string): string[] {
    const items = this.array(parent, key, path)
    for (let i = 0; i < items.length; i++) {
      if (typeof items[i] !== 'string')
        this.fail(`${join(path, key)}[${i}]`, `expected a string, got ${describeJson(items[i])}`)
    }
    return items as string[]
  }
}

export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}
