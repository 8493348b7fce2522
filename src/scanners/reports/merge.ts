import type { Finding, ScannerName, VulnerabilityDetail } from '../../model/finding.js'
import { severityRank, type Severity } from '../../model/severity.js'
import { appendUnique, copyFacts, foldFacts, higherSeverity } from './combine.js'
import { displayId, linkIds, normaliseId, primaryId } from './ids.js'
import { packageKey } from './package-key.js'
import type { ParsedReport, ScannerMatch, ScannerSecret } from './types.js'

export interface MergeOptions {
  /** The image reference as the user wrote it; set on every finding. */
  image: string
  /** Which scanner's severity is gated: `highest` takes the higher; a named scanner wins where it spoke. */
  severitySource: 'highest' | 'trivy' | 'grype'
}

/**
 * One finding per (vulnerability, package, installed version) across every report, plus one per
 * Trivy secret. Matches are grouped with union-find over their ids within a package key (see
 * `linkIds` and `packageKey`), so CVE ↔ GHSA ↔ distro ids meet in one finding; the work is linear
 * in the number of matches. Findings come out in first-seen order with Grype's reports read first,
 * so the output does not depend on the order the scanners finished in.
 */
export function mergeReports(reports: ParsedReport[], options: MergeOptions): Finding[] {
  const ordered = [...reports].sort((a, b) => a.scanner.localeCompare(b.scanner))
  const matches: ScannerMatch[] = []
  for (const report of ordered) for (const match of report.matches) matches.push(match)
  const findings = groupMatches(matches).map(group => vulnerabilityFinding(group, options))
  const seenSecrets = new Set<string>()
  for (const report of ordered) {
    for (const secret of report.secrets) {
      const key = `${secret.ruleId}\u0000${secret.target}\u0000${secret.line ?? ''}`
      if (seenSecrets.has(key)) continue
      seenSecrets.add(key)
      findings.push(secretFinding(secret, options.image))
    }
  }
  return findings
}

/** A match and the normalised ids it links by, computed once. */
interface Linked {
  match: ScannerMatch
  links: string[]
}

function groupMatches(matches: ScannerMatch[]): Linked[][] {
  const parent = new Int32Array(matches.length)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  const linked: Linked[] = new Array(matches.length)
  const byPackage = new Map<string, Map<string, number>>() // package key → id → first match with it
  for (let i = 0; i < matches.length; i++) {
    parent[i] = i
    const match = matches[i]
    const links = linkIds(match)
    linked[i] = { match, links }
    const pkg = packageKey(match.packageName, match.installedVersion, match.packageType)
    let firstWithId = byPackage.get(pkg)
    if (!firstWithId) byPackage.set(pkg, (firstWithId = new Map()))
    for (const id of links) {
      const other = firstWithId.get(id)
      if (other === undefined) {
        firstWithId.set(id, i)
        continue
      }
      const a = find(i)
      const b = find(other)
      if (a < b)
        parent[b] = a // the earlier match stays the root, so groups keep first-seen order
      else if (b < a) parent[a] = b
    }
  }
  const byRoot: Linked[][] = new Array(linked.length)
  const groups: Linked[][] = []
  for (let i = 0; i < linked.length; i++) {
    const root = find(i)
    if (root === i) groups.push((byRoot[i] = [linked[i]]))
    else byRoot[root].push(linked[i]) // a root always comes before the rest of its group
  }
  return groups
}

function vulnerabilityFinding(group: Linked[], options: MergeOptions): Finding {
  const first = group[0].match
  const facts = copyFacts(first)
  const idKeys: string[] = [] // every id, normalised, first-seen order
  const idShown: string[] = [] // the same ids as they are shown
  const links: string[] = []
  const severityBySource: Partial<Record<ScannerName, Severity>> = {}
  let name = first.packageName
  for (const { match, links: own } of group) {
    if (match !== first) foldFacts(facts, match)
    addId(idKeys, idShown, match.id)
    for (const alias of match.aliases) addId(idKeys, idShown, alias)
    appendUnique(links, own)
    const seen = severityBySource[match.scanner]
    severityBySource[match.scanner] = seen ? higherSeverity(seen, match.severity) : match.severity
    // The most qualified name: Trivy's `group:artifact` for Maven over Grype's bare artifactId.
    if (match.packageName.length > name.length) name = match.packageName
  }
  const ruleIndex = idKeys.indexOf(primaryId(links))
  const rule = idShown[ruleIndex]
  const { fixedVersions, locations } = facts
  const detail: VulnerabilityDetail = {
    kind: 'vulnerability',
    aliases: idShown.filter((_, i) => i !== ruleIndex),
    foundBy: SCANNERS.filter(scanner => severityBySource[scanner] !== undefined),
    severityBySource,
    fixedVersions,
    // A known fixed version is a fix, whatever state word came with it.
    fixState: fixedVersions.length > 0 ? 'fixed' : facts.fixState,
    locations
  }
  if (facts.cvss !== undefined) detail.cvss = facts.cvss
  if (facts.knownExploited !== undefined) detail.knownExploited = facts.knownExploited
  if (facts.epss !== undefined) detail.epss = facts.epss
  if (facts.title !== undefined) detail.title = facts.title
  const pkg: NonNullable<Finding['package']> = { name, version: first.installedVersion }
  if (fixedVersions.length > 0) pkg.fixedVersion = fixedVersions.join(', ')
  if (facts.packageType !== undefined) pkg.type = facts.packageType
  const finding: Finding = {
    check: 'vulnerabilities',
    rule,
    severity: gatedSeverity(severityBySource, options.severitySource),
    message: message(rule, name, first.installedVersion, detail),
    image: options.image,
    package: pkg,
    vulnerability: detail
  }
  if (facts.url !== undefined) finding.helpUri = facts.url
  return finding
}

const SCANNERS: readonly ScannerName[] = ['grype', 'trivy'] // sorted, as `foundBy` wants

function addId(keys: string[], shown: string[], id: string): void {
  const key = normaliseId(id)
  if (keys.includes(key)) return
  keys.push(key)
  shown.push(displayId(id))
}

/** `highest`: the higher of the two. A named source: its severity where it reported the match. */
function gatedSeverity(
  bySource: Partial<Record<ScannerName, Severity>>,
  source: MergeOptions['severitySource']
): Severity {
  if (source !== 'highest' && bySource[source]) return bySource[source]
  let best: Severity = 'info'
  for (const severity of Object.values(bySource))
    if (severityRank(severity) > severityRank(best)) best = severity
  return best
}

/** `CVE-2024-1 in openssl 3.0.1 (fixed in 3.0.2)`: ids and versions only, titles stay in `title`. */
function message(rule: string, name: string, version: string, detail: VulnerabilityDetail): string {
  const subject = version ? `${rule} in ${name} ${version}` : `${rule} in ${name}`
  const fixed = detail.fixedVersions
  if (fixed.length > 0)
    return `${subject} (fixed in ${fixed.slice(0, 3).join(', ')}${fixed.length > 3 ? ', …' : ''})`
  if (detail.fixState === 'wont-fix') return `${subject} (will not be fixed)`
  if (detail.fixState === 'not-fixed') return `${subject} (no fix yet)`
  return subject
}

function secretFinding(secret: ScannerSecret, image: string): Finding {
  const where = secret.line === undefined ? secret.target : `${secret.target} line ${secret.line}`
  const detail: VulnerabilityDetail = {
    kind: 'secret',
    aliases: [],
    foundBy: [secret.scanner],
    severityBySource: { [secret.scanner]: secret.severity },
    fixedVersions: [],
    fixState: 'unknown',
    locations: [secret.target],
    title: secret.title
  }
  return {
    check: 'vulnerabilities',
    rule: secret.ruleId,
    severity: secret.severity,
    message: `Secret ${secret.ruleId} in ${where}`,
    image,
    vulnerability: detail
  }
}
