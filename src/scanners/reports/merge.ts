import type { Finding, ScannerName, VulnerabilityDetail } from '../../model/finding.js'
import { severityRank, type Severity } from '../../model/severity.js'
import {
  appendUnique,
  eitherKnownExploited,
  higherSeverity,
  maxDefined,
  strongerFixState
} from './combine.js'
import { displayId, linkIds, normaliseId, primaryId } from './ids.js'
import { setIfDefined } from './match-collector.js'
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
  const matches = ordered.flatMap(report => report.matches)
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

function groupMatches(matches: ScannerMatch[]): ScannerMatch[][] {
  const parent = matches.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  const firstWithId = new Map<string, number>()
  matches.forEach((match, i) => {
    const pkg = packageKey(match.packageName, match.installedVersion, match.packageType)
    for (const id of linkIds(match)) {
      const key = `${pkg}\u0000${id}`
      const other = firstWithId.get(key)
      if (other === undefined) firstWithId.set(key, i)
      else {
        const [a, b] = [find(i), find(other)]
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b) // the earlier match stays the root
      }
    }
  })
  const groups = new Map<number, ScannerMatch[]>()
  matches.forEach((match, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(match)
    else groups.set(root, [match])
  })
  return [...groups.values()]
}

function vulnerabilityFinding(group: ScannerMatch[], options: MergeOptions): Finding {
  const spelling = new Map<string, string>() // normalised id → how it is shown
  const linked: string[] = []
  const fixedVersions: string[] = []
  const locations: string[] = []
  const severityBySource: Partial<Record<ScannerName, Severity>> = {}
  let fixState: VulnerabilityDetail['fixState'] = 'unknown'
  let cvss: number | undefined
  let epss: number | undefined
  let knownExploited: boolean | undefined
  for (const match of group) {
    for (const id of [match.id, ...match.aliases])
      if (!spelling.has(normaliseId(id))) spelling.set(normaliseId(id), displayId(id))
    appendUnique(linked, linkIds(match))
    appendUnique(fixedVersions, match.fixedVersions)
    appendUnique(locations, match.locations)
    const own = severityBySource[match.scanner]
    severityBySource[match.scanner] = own ? higherSeverity(own, match.severity) : match.severity
    fixState = strongerFixState(fixState, match.fixState)
    cvss = maxDefined(cvss, match.cvss)
    epss = maxDefined(epss, match.epss)
    knownExploited = eitherKnownExploited(knownExploited, match.knownExploited)
  }
  const ruleKey = primaryId(linked)
  const rule = spelling.get(ruleKey) ?? ruleKey
  const first = group[0]
  // The most qualified name: Trivy's `group:artifact` for Maven over Grype's bare artifactId.
  const name = group.reduce(
    (best, m) => (m.packageName.length > best.length ? m.packageName : best),
    first.packageName
  )
  const detail: VulnerabilityDetail = {
    kind: 'vulnerability',
    aliases: [...spelling].filter(([key]) => key !== ruleKey).map(([, id]) => id),
    foundBy: (Object.keys(severityBySource) as ScannerName[]).sort(),
    severityBySource,
    fixedVersions,
    // A known fixed version is a fix, whatever state word came with it.
    fixState: fixedVersions.length > 0 ? 'fixed' : fixState,
    locations
  }
  setIfDefined(detail, 'cvss', cvss)
  setIfDefined(detail, 'knownExploited', knownExploited)
  setIfDefined(detail, 'epss', epss)
  setIfDefined(detail, 'title', group.find(m => m.title)?.title)
  const pkg: NonNullable<Finding['package']> = { name, version: first.installedVersion }
  if (fixedVersions.length > 0) pkg.fixedVersion = fixedVersions.join(', ')
  setIfDefined(pkg, 'type', group.find(m => m.packageType)?.packageType)
  const finding: Finding = {
    check: 'vulnerabilities',
    rule,
    severity: gatedSeverity(severityBySource, options.severitySource),
    message: message(rule, name, first.installedVersion, detail),
    image: options.image,
    package: pkg,
    vulnerability: detail
  }
  setIfDefined(finding, 'helpUri', group.find(m => m.url)?.url)
  return finding
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
