import { ConfigError, formatProblem } from '../../errors.js'
import { show, type Problem } from '../../policy/problems.js'
import { closestMatch } from '../../policy/suggest.js'
import { parseYamlWithPositions, type PositionIndex } from '../../util/yaml/positions.js'
import { normalizeExpiry } from './expiry.js'

/** A path inside the YAML value: keys, and list positions as numbers. */
export type FieldPath = ReadonlyArray<string | number>

type Mapping = Record<string, unknown>

/**
 * Reads an ignore file's YAML one field at a time, collecting every mistake with its line, column
 * and field name, so one ConfigError lists them all (as policy errors do).
 */
export class YamlReader {
  readonly root: unknown
  private readonly index: PositionIndex
  private readonly problems: Problem[] = []

  constructor(
    text: string,
    readonly file: string
  ) {
    const parsed = parseYamlWithPositions(text, file)
    this.root = parsed.value
    this.index = parsed.index
  }

  /** 1-based line of the value at `path`, for a rule's `source`. */
  line(path: FieldPath): number | undefined {
    return this.index.valueAt(path.map(String))?.line
  }

  problem(path: FieldPath, message: string, at: 'key' | 'value' = 'value'): void {
    const segments = path.map(String)
    const point = at === 'key' ? this.index.keyAt(segments) : this.index.valueAt(segments)
    this.problems.push({ message, position: { file: this.file, ...point, field: fieldName(path) } })
  }

  /** A mapping, or undefined (with a problem) when the value is something else. */
  mapping(value: unknown, path: FieldPath, what: string): Mapping | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Mapping
    this.problem(path, `must be ${what} (got ${show(value)})`)
    return undefined
  }

  /** The top-level mapping; an empty file reads as an empty mapping. */
  rootMapping(what: string): Mapping | undefined {
    return this.root === undefined || this.root === null ? {} : this.mapping(this.root, [], what)
  }

  /** A list; an empty value (`ignore:`) reads as an empty list. */
  list(value: unknown, path: FieldPath): unknown[] {
    if (value === null || value === undefined) return []
    if (Array.isArray(value)) return value
    this.problem(path, `must be a list (got ${show(value)})`)
    return []
  }

  /** Keys outside `allowed` are mistakes: a misspelt key would otherwise widen or void the rule unseen. */
  onlyKeys(map: Mapping, allowed: readonly string[], path: FieldPath): void {
    for (const key of Object.keys(map)) {
      if (allowed.includes(key)) continue
      const suggestion = closestMatch(key, allowed)
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `allowed here: ${allowed.join(', ')}`
      this.problem([...path, key], `unknown key; ${hint}`, 'key')
    }
  }

  /** A non-empty string, or undefined when the key is absent. Numbers are refused, not converted. */
  string(map: Mapping, key: string, path: FieldPath): string | undefined {
    const value = map[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const quote = typeof value === 'number' ? `; quote it ('${String(value)}') so it stays text` : ''
    this.problem([...path, key], `must be a non-empty string (got ${show(value)})${quote}`)
    return undefined
  }

  boolean(map: Mapping, key: string, path: FieldPath): boolean | undefined {
    const value = map[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'boolean') return value
    this.problem([...path, key], `must be true or false (got ${show(value)})`)
    return undefined
  }

  stringList(map: Mapping, key: string, path: FieldPath): string[] | undefined {
    const value = map[key]
    if (value === undefined || value === null) return undefined
    const items = this.list(value, [...path, key])
    const strings: string[] = []
    items.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') strings.push(item.trim())
      else this.problem([...path, key, i], `must be a non-empty string (got ${show(item)})`)
    })
    return strings
  }

  /** A `YYYY-MM-DD` date or a zoned timestamp, normalized (see `normalizeExpiry`). */
  expiry(map: Mapping, key: string, path: FieldPath): string | undefined {
    const text = this.string(map, key, path)
    if (text === undefined) return undefined
    const result = normalizeExpiry(text)
    if ('expires' in result) return result.expires
    this.problem([...path, key], result.error)
    return undefined
  }

  /** Throws one ConfigError listing every problem found, in file order. */
  throwIfProblems(): void {
    if (this.problems.length === 0) return
    const problems = [...this.problems].sort(
      (a, b) =>
        (a.position.line ?? 0) - (b.position.line ?? 0) || (a.position.column ?? 0) - (b.position.column ?? 0)
    )
    throw new ConfigError(problems.map(formatProblem).join('\n'), problems)
  }
}

/** `ignore[2].package.name`, the way policy errors name fields. */
function fieldName(path: FieldPath): string | undefined {
  let name = ''
  for (const segment of path)
    name += typeof segment === 'number' ? `[${segment}]` : name ? `.${segment}` : segment
  return name || undefined
}
