import picomatch from 'picomatch'
import type { Finding, VulnerabilityDetail } from '../../model/finding.js'
import { isIgnoreRuleExpired } from './expiry.js'
import { grypeTypeMatches, packageLanguage } from './package-types.js'
import { parsePurl, purlMatchesPackage } from './purl.js'
import type { IgnoreRule } from './types.js'

/**
 * The first active rule that ignores a vulnerability or image-secret finding, or undefined.
 * Like Grype and Trivy, a rule applies only when every condition it sets holds; unlike them, a
 * condition that cannot be checked (a missing fact on the finding, an unsupported key) fails, so
 * an ignore file never hides more here than its scanner would.
 */
export function findIgnoreRule(finding: Finding, rules: IgnoreRule[], now: Date): IgnoreRule | undefined {
  const detail = finding.vulnerability
  if (finding.check !== 'vulnerabilities' || !detail) return undefined
  return rules.find(rule => !isIgnoreRuleExpired(rule, now) && ruleApplies(rule, finding, detail))
}

function ruleApplies(rule: IgnoreRule, finding: Finding, detail: VulnerabilityDetail): boolean {
  if (rule.kind !== 'any' && rule.kind !== detail.kind) return false
  if (rule.unsupported && rule.unsupported.length > 0) return false
  // A rule that names nothing ignores nothing (Grype's rule), rather than everything.
  if (!rule.id && !rule.package && !rule.paths && !rule.purls && !rule.fixState) return false
  if (rule.id && !idMatches(rule, finding, detail)) return false
  if (rule.fixState && rule.fixState !== detail.fixState) return false
  if (rule.paths && !anyGlobMatches(rule.paths, detail.locations)) return false
  if (rule.purls && !purlsMatch(rule.purls, finding.package)) return false
  if (rule.package && !packageMatches(rule.package, finding.package, detail)) return false
  return true
}

/**
 * Ids compare case-insensitively. A rule matches the finding's id; with `include-aliases: true`
 * (Grype) every alias too, as in Grype. Without it, GHSA aliases still count: imagegate names a
 * merged finding by its CVE where there is one, so the GHSA id Grype (or Trivy) reported as its own
 * becomes an alias, and a rule the scanner honours must not stop working because of the merge.
 * Other aliases (related CVEs, distro advisories covering several CVEs) do not, as in the scanners.
 */
function idMatches(rule: IgnoreRule, finding: Finding, detail: VulnerabilityDetail): boolean {
  const id = (rule.id as string).toUpperCase()
  if (finding.rule.toUpperCase() === id) return true
  if (!rule.includeAliases && !id.startsWith('GHSA-')) return false
  return detail.aliases.some(alias => alias.toUpperCase() === id)
}

function packageMatches(
  want: NonNullable<IgnoreRule['package']>,
  pkg: Finding['package'],
  detail: VulnerabilityDetail
): boolean {
  if (want.location && !anyGlobMatches([want.location], detail.locations)) return false
  if (!pkg) return !want.name && !want.version && !want.type && !want.language
  if (want.name && !grypeNameMatches(want.name, pkg.name)) return false
  if (want.version && want.version !== pkg.version) return false
  if (want.type && (pkg.type === undefined || !grypeTypeMatches(want.type, pkg.type))) return false
  if (want.language && (pkg.type === undefined || packageLanguage(pkg.type) !== want.language)) return false
  return true
}

/**
 * Grype treats `package.name` as a regular expression anchored at both ends. A name that is not a
 * valid expression (`libstdc++6`) never matches in Grype; here it still matches itself exactly.
 */
function grypeNameMatches(pattern: string, name: string): boolean {
  if (pattern === name) return true
  try {
    return new RegExp(`^(?:${pattern})$`).test(name)
  } catch {
    return false
  }
}

function purlsMatch(purls: string[], pkg: Finding['package']): boolean {
  if (!pkg) return false
  return purls.some(text => {
    const purl = parsePurl(text)
    return !('error' in purl) && purlMatchesPackage(purl, pkg)
  })
}

/**
 * Globs as doublestar reads them (Trivy and Grype): `*` stays in one directory, `**` crosses
 * them, dot files count. Trivy writes image paths without a leading `/` and Grype with one, so
 * both sides drop it before comparing.
 */
function anyGlobMatches(patterns: string[], paths: string[]): boolean {
  return patterns.some(pattern => {
    const matches = globMatcher(stripRoot(pattern))
    return paths.some(p => matches(stripRoot(p)))
  })
}

const matchers = new Map<string, (path: string) => boolean>()

/** Compiled once per pattern: the same rules are tried against every finding. */
function globMatcher(pattern: string): (path: string) => boolean {
  let matcher = matchers.get(pattern)
  if (!matcher) {
    matcher = picomatch(pattern, { dot: true })
    matchers.set(pattern, matcher)
  }
  return matcher
}

function stripRoot(path: string): string {
  return path.replace(/^(\.\/|\/)+/, '')
}
