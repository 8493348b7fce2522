import type { JsonSchema } from './schema.js'

interface Row {
  key: string
  schema: JsonSchema
  required: boolean
}

const HEADER = ['| Key | Type | Default | Allowed values | Description |', '| --- | --- | --- | --- | --- |']

/**
 * The README policy reference, generated from the schema so the two cannot disagree: one table for
 * the top-level keys, then one per section (nested keys flattened as `images.tags.forbidLatest`,
 * list items as `exceptions[].id`).
 */
export function renderPolicyReference(schema: JsonSchema): string {
  const out: string[] = []
  if (schema.description) out.push(oneLine(schema.description), '')
  const required = new Set(schema.required ?? [])
  const entries = Object.entries(schema.properties ?? {})
  const scalars = entries.filter(([, s]) => !isSection(s))
  out.push('### Top level', '', ...HEADER)
  for (const [key, s] of scalars) out.push(row({ key, schema: s, required: required.has(key) }))
  for (const [key, s] of entries.filter(([, s]) => isSection(s))) {
    out.push('', `### \`${key}\``, '')
    if (s.description) out.push(oneLine(s.description), '')
    out.push(...HEADER, ...nestedRows(key, s).map(row))
  }
  return out.join('\n') + '\n'
}

function isSection(schema: JsonSchema): boolean {
  return Boolean(schema.properties) || Boolean(schema.items?.properties)
}

/** Rows for everything inside a section, depth first, each nested mapping before its keys. */
function nestedRows(prefix: string, schema: JsonSchema): Row[] {
  const container = schema.items?.properties ? schema.items : schema
  const base = container === schema ? prefix : `${prefix}[]`
  const required = new Set(container.required ?? [])
  const rows: Row[] = []
  for (const [key, child] of Object.entries(container.properties ?? {})) {
    const path = `${base}.${key}`
    rows.push({ key: path, schema: child, required: required.has(key) })
    if (isSection(child)) rows.push(...nestedRows(path, child))
  }
  return rows
}

function row({ key, schema, required }: Row): string {
  const cells = [
    code(key),
    typeOf(schema),
    required ? 'required' : schema.default === undefined ? '' : code(yamlish(schema.default)),
    allowedValues(schema),
    oneLine(schema.description ?? '')
  ]
  return `| ${cells.map(escapeCell).join(' | ')} |`
}

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ')
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`
  if (schema.type === 'object') return schema.patternProperties ? 'mapping of rule id to string' : 'mapping'
  if (schema.format === 'date') return 'date'
  return schema.type ?? 'any'
}

function allowedValues(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(allowedValues).filter(Boolean).join(', ')
  if (schema.const !== undefined) return code(yamlish(schema.const))
  if (schema.enum) return schema.enum.map(v => code(yamlish(v))).join(', ')
  if (schema.format === 'date') return code('YYYY-MM-DD')
  if (schema.type === 'array' && schema.items) return allowedValues(schema.items)
  const patterns = Object.entries(schema.patternProperties ?? {})
  if (patterns.length > 0) {
    return patterns.map(([p, value]) => `keys matching ${code(p)}: ${allowedValues(value)}`).join('; ')
  }
  return ''
}

/** Defaults as they would be written in the YAML policy (`[trivy, grype]`, not JSON). */
function yamlish(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlish).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value).map(([k, v]) => `${k}: ${yamlish(v)}`)
    return `{${pairs.join(', ')}}`
  }
  return String(value)
}

function code(text: string): string {
  return `\`${text}\``
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** A `|` would end the table cell, even inside backticks. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
