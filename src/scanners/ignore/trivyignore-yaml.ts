import { describeSource } from './describe.js'
import { parsePurl } from './purl.js'
import type { IgnoreRule } from './types.js'
import { YamlReader } from './yaml-reader.js'

const SECTIONS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'] as const
const ENTRY_KEYS = ['id', 'paths', 'purls', 'expired_at', 'statement']

/**
 * `.trivyignore.yaml`: lists of `{id, paths, purls, expired_at, statement}` per kind of finding.
 * imagegate gates vulnerabilities and image secrets, so only those two lists become rules; the
 * other two are checked for mistakes (Trivy would refuse them too) and reported in `notes`.
 * Trivy decodes this file leniently; here unknown keys are errors, since a misspelt `paths` would
 * silently widen an entry to every file.
 */
export function parseTrivyIgnoreYaml(text: string, file: string): { rules: IgnoreRule[]; notes: string[] } {
  const reader = new YamlReader(text, file)
  const rules: IgnoreRule[] = []
  const notes: string[] = []
  const root = reader.rootMapping(
    'a mapping with lists under vulnerabilities, misconfigurations, secrets or licenses'
  )
  if (root) {
    reader.onlyKeys(root, SECTIONS, [])
    for (const section of SECTIONS) {
      const entries = reader.list(root[section], [section])
      entries.forEach((entry, i) => {
        const rule = readEntry(reader, entry, [section, i])
        if (!rule) return
        if (section === 'vulnerabilities') rules.push(rule)
        if (section !== 'secrets') return
        // Trivy applies `purls` to vulnerabilities only; on a secret entry it has no effect.
        if (rule.purls)
          notes.push(`${describeSource(rule)}: \`purls\` has no effect on a secret entry (as in Trivy)`)
        const secret: IgnoreRule = { ...rule, kind: 'secret' }
        delete secret.purls
        rules.push(secret)
      })
      if ((section === 'misconfigurations' || section === 'licenses') && entries.length > 0)
        notes.push(
          `${file}: the ${entries.length} ${section} entries are not used; imagegate does not gate Trivy ${section}`
        )
    }
  }
  reader.throwIfProblems()
  return { rules, notes }
}

function readEntry(reader: YamlReader, value: unknown, path: [string, number]): IgnoreRule | undefined {
  const entry = reader.mapping(value, path, 'a mapping with at least `id`')
  if (!entry) return undefined
  reader.onlyKeys(entry, ENTRY_KEYS, path)
  const id = reader.string(entry, 'id', path)
  if (id === undefined && entry.id === undefined)
    reader.problem(path, 'missing required key `id` (the vulnerability or secret rule id to ignore)')
  const paths = reader.stringList(entry, 'paths', path)
  const purls = reader.stringList(entry, 'purls', path)
  purls?.forEach((purl, i) => {
    const parsed = parsePurl(purl)
    if ('error' in parsed) reader.problem([...path, 'purls', i], parsed.error)
  })
  const expires = reader.expiry(entry, 'expired_at', path)
  const statement = reader.string(entry, 'statement', path)
  return {
    source: { file: reader.file, line: reader.line(path) },
    format: 'trivyignore-yaml',
    kind: 'vulnerability',
    ...(id !== undefined ? { id } : {}),
    // Trivy matches its own id only (see match.ts for GHSA ids that merging made aliases).
    includeAliases: false,
    ...(paths && paths.length > 0 ? { paths } : {}),
    ...(purls && purls.length > 0 ? { purls } : {}),
    ...(statement !== undefined ? { reason: statement } : {}),
    ...(expires !== undefined ? { expires } : {})
  }
}
