import { withDefaults } from '../defaults.js'
import { POLICY_SCHEMA } from '../schema.js'
import type { Policy, PolicyException, PolicyProvenance, ValueSource } from '../types.js'
import { collectFields, setField } from './fields.js'
import { describeOrigin, lockOn, type Layered, type Origin } from './layers.js'
import { sourceDetail, sourceLabel } from './source.js'

/**
 * The policy checks read, from the merged layers: the fields the documents set, then every default
 * for what none of them set (so a repository's omitted keys never overwrite a base's values), then
 * the exceptions of all documents. Also where each value comes from.
 */
export function effectivePolicy(layered: Layered): { policy: Policy; provenance: PolicyProvenance } {
  const data: Record<string, unknown> = { version: 1 }
  for (const [path, { value }] of layered.fields) setField(data, path, value)
  const exceptions = layered.exceptions.map(({ exception, origin }) => withOrigin(exception, origin))
  const policy = { ...withDefaults(POLICY_SCHEMA, data), exceptions } as unknown as Policy

  const top = layered.documents[layered.documents.length - 1]
  const sources: Record<string, ValueSource> = { version: { file: top ? sourceLabel(top) : 'default' } }
  for (const path of collectFields(POLICY_SCHEMA, policy as unknown as Record<string, unknown>).keys()) {
    const origin = layered.fields.get(path)?.origin
    const lock = lockOn(layered.locks, path)
    sources[path] = {
      ...(origin ? originSource(origin) : { file: 'default' }),
      ...(lock ? { lockedBy: describeOrigin(lock.origin) } : {})
    }
  }
  layered.exceptions.forEach(({ origin }, i) => (sources[`exceptions[${i}]`] = originSource(origin)))
  const documents = layered.documents.map(source => {
    const detail = sourceDetail(source)
    return detail ? { name: sourceLabel(source), detail } : { name: sourceLabel(source) }
  })
  const loosened = layered.loosened.map(({ path, origin }) => `${path} (${describeOrigin(origin)})`)
  return { policy, provenance: { documents, sources, loosened } }
}

function originSource(origin: Origin): ValueSource {
  const file = sourceLabel(origin.source)
  return origin.line === undefined ? { file } : { file, line: origin.line }
}

/** Reports point at an exception only where it is a file in the workspace (annotations need one). */
function withOrigin(exception: PolicyException, origin: Origin): PolicyException {
  if (origin.source.kind !== 'workspace') return { ...exception }
  const file = origin.source.label
  return { ...exception, position: origin.line === undefined ? { file } : { file, line: origin.line } }
}
