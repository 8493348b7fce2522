import type { IgnoreRule } from './types.js'

/** `.trivyignore:12`, or just the file when the line is unknown. */
export function describeSource(rule: IgnoreRule): string {
  return rule.source.line === undefined ? rule.source.file : `${rule.source.file}:${rule.source.line}`
}

/** `.trivyignore:3 (CVE-2024-1)`, `.grype.yaml:7 (package type gem)`: where the rule is and what it names. */
export function describeIgnoreRule(rule: IgnoreRule): string {
  const what: string[] = []
  if (rule.id) what.push(rule.id)
  const pkg = rule.package ?? {}
  const pkgParts = (['name', 'version', 'type', 'language', 'location'] as const)
    .filter(key => pkg[key] !== undefined)
    .map(key => `${key} ${pkg[key]}`)
  if (pkgParts.length > 0) what.push(`package ${pkgParts.join(', ')}`)
  if (rule.purls) what.push(rule.purls.join(', '))
  if (rule.paths) what.push(`in ${rule.paths.join(', ')}`)
  if (rule.fixState) what.push(`fix-state ${rule.fixState}`)
  return what.length > 0 ? `${describeSource(rule)} (${what.join('; ')})` : describeSource(rule)
}
