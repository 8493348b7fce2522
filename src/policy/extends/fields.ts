import type { JsonSchema } from '../schema.js'

/** Top-level keys about the document itself, not settings that merge field by field. */
export const GOVERNANCE_KEYS = new Set(['version', 'extends', 'locked', 'maxExceptionDays', 'exceptions'])

/**
 * The fields a document sets, as dotted paths to values: nested sections are walked, maps keyed by rule
 * id or severity give one field per key, lists are one field. This is the unit of merging, locking and
 * `explain`'s sources.
 */
export function collectFields(schema: JsonSchema, data: Record<string, unknown>): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  const walk = (node: JsonSchema, value: Record<string, unknown>, prefix: string): void => {
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (prefix === '' && GOVERNANCE_KEYS.has(key)) continue
      if (!Object.hasOwn(value, key)) continue
      const inner = value[key]
      const path = prefix ? `${prefix}.${key}` : key
      if (isMapping(inner) && (property.properties || property.patternProperties)) {
        if (property.properties) walk(property, inner, path)
        else for (const [id, level] of Object.entries(inner)) fields.set(`${path}.${id}`, level)
      } else fields.set(path, inner)
    }
  }
  walk(schema, data, '')
  return fields
}

/** Every lockable path: sections, fields, `exceptions`; maps of rule ids accept any id below them. */
export function lockablePaths(schema: JsonSchema): string[] {
  const paths: string[] = ['exceptions']
  const walk = (node: JsonSchema, prefix: string): void => {
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (prefix === '' && GOVERNANCE_KEYS.has(key)) continue
      const path = prefix ? `${prefix}.${key}` : key
      paths.push(path)
      if (property.type === 'object' && property.properties) walk(property, path)
    }
  }
  walk(schema, '')
  return paths
}

/** The schema's default for a field path, or undefined (an unset field, or a key of a map). */
export function defaultAt(schema: JsonSchema, path: string): unknown {
  let node: JsonSchema | undefined = schema
  for (const segment of path.split('.')) node = node?.properties?.[segment]
  return node?.default
}

/** Writes `value` at a dotted path, creating the sections on the way. */
export function setField(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.')
  let node = target
  for (const segment of segments.slice(0, -1)) {
    if (!isMapping(node[segment])) node[segment] = {}
    node = node[segment] as Record<string, unknown>
  }
  node[segments[segments.length - 1]] = plainCopy(value)
}

/**
 * A deep copy of parsed YAML data (plain mappings, lists and scalars) made of this realm's plain objects,
 * so merging never aliases a document and js-yaml can dump it (structuredClone's may not be).
 */
export function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy)
  if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]))
  return value
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
