import schemaJson from '../../policies/schema.json' with { type: 'json' }

/** The subset of JSON Schema that policies/schema.json uses; enough for defaults and docs. */
export interface JsonSchema {
  title?: string
  description?: string
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean'
  properties?: Record<string, JsonSchema>
  patternProperties?: Record<string, JsonSchema>
  additionalProperties?: boolean | JsonSchema
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  default?: unknown
  pattern?: string
  format?: string
  uniqueItems?: boolean
  anyOf?: JsonSchema[]
  minimum?: number
}

/** The policy schema, bundled into the build so the action needs no files on disk. */
export const POLICY_SCHEMA: JsonSchema = schemaJson as JsonSchema
