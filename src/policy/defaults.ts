import type { JsonSchema } from './schema.js'

/**
 * Fills every missing key that has a schema `default`, creating missing sections on the way, so
 * the schema stays the one place defaults are written (the README reference shows the same values).
 * Keys come out in schema order. Expects data that already passed validation.
 */
export function withDefaults(schema: JsonSchema, data: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const value = data[key]
    const nested = property.type === 'object' && property.properties !== undefined
    if (nested && (value === undefined || isMapping(value))) result[key] = withDefaults(property, value ?? {})
    else if (value !== undefined) result[key] = value
    else if (property.default !== undefined) result[key] = structuredClone(property.default)
  }
  return result
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
