import { describeIgnoreRule } from './describe.js'
import type { FixState, IgnoreRule } from './types.js'
import { YamlReader, type FieldPath } from './yaml-reader.js'

const RULE_KEYS = [
  'vulnerability',
  'include-aliases',
  'reason',
  'fix-state',
  'package',
  'namespace',
  'vex-status',
  'vex-justification',
  'match-type',
  // imagegate's extension: Grype has no expiry (anchore/grype#452). `expired_at` is Trivy's spelling.
  'expires',
  'expired_at'
]
const PACKAGE_KEYS = ['name', 'version', 'language', 'type', 'location', 'upstream-name']
const FIX_STATES: readonly FixState[] = ['fixed', 'not-fixed', 'wont-fix', 'unknown']
/** Facts merged findings do not carry, so rules using them cannot be checked. */
const UNSUPPORTED_KEYS = ['namespace', 'match-type', 'vex-status', 'vex-justification']

/**
 * The `ignore:` list of a Grype config. Other Grype settings in the file are not read; `profiles`
 * are not applied (a note says so). Grype decodes leniently; here unknown keys inside a rule are
 * errors, since a misspelt `vulnerability` would leave a package-wide rule behind.
 */
export function parseGrypeConfig(text: string, file: string): { rules: IgnoreRule[]; notes: string[] } {
  const reader = new YamlReader(text, file)
  const notes: string[] = []
  const rules: IgnoreRule[] = []
  const root = reader.rootMapping('a Grype configuration mapping')
  if (root) {
    if (root.profiles !== undefined && root.profiles !== null)
      notes.push(`${file}: \`profiles\` are not applied; imagegate reads only the top-level \`ignore\` list`)
    reader.list(root.ignore, ['ignore']).forEach((value, i) => {
      const rule = readRule(reader, value, ['ignore', i])
      if (!rule) return
      const note = inertReason(rule)
      if (note) notes.push(`${describeIgnoreRule(rule)}: ${note}`)
      rules.push(rule)
    })
  }
  reader.throwIfProblems()
  return { rules, notes }
}

function readRule(reader: YamlReader, value: unknown, path: FieldPath): IgnoreRule | undefined {
  const map = reader.mapping(value, path, 'a mapping of rule fields, e.g. `vulnerability: CVE-2024-1234`')
  if (!map) return undefined
  reader.onlyKeys(map, RULE_KEYS, path)
  const rule: IgnoreRule = {
    source: { file: reader.file, line: reader.line(path) },
    format: 'grype',
    kind: 'vulnerability',
    includeAliases: reader.boolean(map, 'include-aliases', path) ?? false
  }
  const id = reader.string(map, 'vulnerability', path)
  if (id !== undefined) rule.id = id
  const reason = reader.string(map, 'reason', path)
  if (reason !== undefined) rule.reason = reason
  const fixState = reader.string(map, 'fix-state', path)
  if (fixState !== undefined) {
    if ((FIX_STATES as readonly string[]).includes(fixState)) rule.fixState = fixState as FixState
    else
      reader.problem(
        [...path, 'fix-state'],
        `must be one of ${FIX_STATES.join(', ')} (got ${JSON.stringify(fixState)})`
      )
  }
  if (map.expires !== undefined && map.expired_at !== undefined)
    reader.problem(
      [...path, 'expired_at'],
      'give the date once, as `expires` (not both `expires` and `expired_at`)',
      'key'
    )
  const expires = reader.expiry(map, 'expires', path) ?? reader.expiry(map, 'expired_at', path)
  if (expires !== undefined) rule.expires = expires
  const unsupported = UNSUPPORTED_KEYS.filter(key => reader.string(map, key, path) !== undefined)
  if (map.package !== undefined && map.package !== null) {
    const pkgPath = [...path, 'package']
    const pkg = reader.mapping(
      map.package,
      pkgPath,
      'a mapping with name, version, type, language or location'
    )
    if (pkg) {
      reader.onlyKeys(pkg, PACKAGE_KEYS, pkgPath)
      const fields: NonNullable<IgnoreRule['package']> = {}
      for (const key of ['name', 'version', 'type', 'language', 'location'] as const) {
        const text = reader.string(pkg, key, pkgPath)
        if (text !== undefined) fields[key] = text
      }
      if (Object.keys(fields).length > 0) rule.package = fields
      if (reader.string(pkg, 'upstream-name', pkgPath) !== undefined)
        unsupported.push('package.upstream-name')
    }
  }
  if (unsupported.length > 0) rule.unsupported = unsupported
  return rule
}

/** Why a rule can never ignore anything, for a note; undefined for a rule that can. */
function inertReason(rule: IgnoreRule): string | undefined {
  if (rule.unsupported?.some(key => key.startsWith('vex-')))
    return 'VEX rules apply to VEX documents, which imagegate does not read; this rule ignores nothing'
  if (rule.unsupported)
    return `imagegate cannot check ${rule.unsupported.join(', ')} on merged findings, so this rule ignores nothing`
  if (!rule.id && !rule.package && !rule.fixState)
    return 'the rule sets no condition, so it ignores nothing (as in Grype)'
  return undefined
}
