import { CORE_SCHEMA, dump } from 'js-yaml'
import { stripControl } from '../util/untrusted.js'
import { plainCopy } from './extends/fields.js'
import type { JsonSchema } from './schema.js'
import { POLICY_SCHEMA } from './schema.js'
import type { LoadedPolicy, ValueSource } from './types.js'

/** Where `# file:line` comments start, so they line up in a terminal. */
const COMMENT_COLUMN = 44

/**
 * The effective policy as YAML, every value followed by `# file:line` of the document that set it (or
 * `default`) and the lock that holds it, after a header listing the documents in the order they apply.
 * What `imagegate policy explain` prints and the action logs; the output is itself a valid policy.
 */
export function renderExplain(loaded: LoadedPolicy): string {
  const provenance = loaded.provenance
  const sources = provenance?.sources ?? {}
  const lines = [`# Effective policy: ${loaded.source}`]
  const documents = provenance?.documents ?? [{ name: loaded.source }]
  lines.push('# Documents, each applied over the ones before it:')
  documents.forEach((d, i) => lines.push(`#   ${i + 1}. ${d.name}${d.detail ? ` (${d.detail})` : ''}`))
  for (const loosened of provenance?.loosened ?? []) lines.push(`# Loosened (not locked): ${loosened}`)
  const policy = loaded.policy as unknown as Record<string, unknown>
  renderMapping(POLICY_SCHEMA, policy, '', 0, sources, lines)
  return stripControl(lines.join('\n')) + '\n'
}

function renderMapping(
  schema: JsonSchema,
  value: Record<string, unknown>,
  prefix: string,
  depth: number,
  sources: Record<string, ValueSource>,
  lines: string[]
): void {
  const indent = '  '.repeat(depth)
  const keys = schema.patternProperties ? Object.keys(value) : Object.keys(schema.properties ?? {})
  for (const key of keys) {
    if (!Object.hasOwn(value, key)) continue
    const inner = value[key]
    const property = schema.properties?.[key] ?? Object.values(schema.patternProperties ?? {})[0] ?? {}
    const path = prefix ? `${prefix}.${key}` : key
    if (key === 'exceptions' && depth === 0 && Array.isArray(inner) && inner.length > 0) {
      lines.push(`${indent}exceptions:`)
      inner.forEach((exception, i) => {
        // The position is where it is written; the comment already says so.
        const written = Object.fromEntries(Object.entries(exception).filter(([key]) => key !== 'position'))
        lines.push(withComment(`${indent}  - ${flow(written)}`, sources[`exceptions[${i}]`]))
      })
    } else if (isSection(property, inner)) {
      lines.push(`${indent}${key}:`)
      renderMapping(property, inner as Record<string, unknown>, path, depth + 1, sources, lines)
    } else {
      lines.push(withComment(`${indent}${key}: ${flow(inner)}`, sources[path] ?? { file: 'default' }))
    }
  }
}

/** A mapping written key by key: sections, and maps keyed by rule id or severity that are not empty. */
function isSection(schema: JsonSchema, value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  if (schema.patternProperties || schema.properties?.critical) return Object.keys(value).length > 0
  return schema.properties !== undefined
}

function withComment(line: string, source: ValueSource | undefined): string {
  const where = source
    ? source.line === undefined
      ? source.file
      : `${source.file}:${source.line}`
    : 'default'
  const locked = source?.lockedBy ? ` (locked by ${source.lockedBy})` : ''
  return `${line.padEnd(COMMENT_COLUMN - 1)} # ${where}${locked}`
}

/** One line of YAML in flow style; strings quoted only where YAML needs it, line breaks escaped. */
function flow(value: unknown): string {
  const options = { flowLevel: 0, lineWidth: -1, schema: CORE_SCHEMA }
  if (value !== null && typeof value === 'object') return dump(plainCopy(value), options).trimEnd()
  // A scalar alone would become a block scalar over several lines; inside a flow list it stays on one.
  return dump([value], options).trimEnd().slice(1, -1)
}
