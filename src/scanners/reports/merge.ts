import type { Finding, ScannerName, VulnerabilityDetail } from '../../model/finding.js'
import { SEVERITIES, severityRank, type Severity } from '../../model/severity.js'
import { appendUnique, copyFacts, foldFacts, higherSeverity } from './combine.js'
import { displayId, linkIds, normalizeId, primaryId } from './ids.js'
import { packageKey } from './package-key.js'
import { compareText } from '../../util/text.js'
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
  const ordered = [...reports].sort((a, b) => compareText(a.scanner, b.scanner))
  const matches: ScannerMatch[] = []
  for (const report of ordered) for (const match of report.matches) matches.push(match)
  const ids = matches.map(matchIds)
  const groups = groupMatches(matches, ids)
  const findings: Finding[] = []
  for (const root of groups.roots)
    findings.push(vulnerabilityFinding(root, groups.next, matches, ids, options))
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

/** A match's ids, computed once: all of them normalized (its own first), and those it links by. */
interface MatchIds {
  all: string[]
  links: string[]
}

function matchIds(match: ScannerMatch): MatchIds {
  const all = [normalizeId(match.id)]
  for (const alias of match.aliases) all.push(normalizeId(alias))
  return { all, links: linkIds(all) }
}

/**
 * Groups as linked lists over match indices: `roots` in first-seen order, `next[i]` the following
 * member of i's group or -1. Most groups have one or two members, so no array is made per group.
 */
interface Groups {
  roots: number[]
  next: Int32Array
}

function groupMatches(matches: ScannerMatch[], ids: MatchIds[]): Groups {
  const parent = new Int32Array(matches.length)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  const firstWithId = new Map<string, number>() // package key + id → first match with it
  for (let i = 0; i < matches.length; i++) {
    parent[i] = i
    const match = matches[i]
    const pkg = packageKey(match.packageName, match.installedVersion, match.packageType)
    for (const id of ids[i].links) {
      const key = `${pkg}\u0000${id}`
      const other = firstWithId.get(key)
      if (other === undefined) {
        firstWithId.set(key, i)
        continue
      }
      const a = find(i)
      const b = find(other)
      if (a < b)
        parent[b] = a // the earlier match stays the root, so groups keep first-seen order
      else if (b < a) parent[a] = b
    }
  }
  const roots: number[] = []
  const next = new Int32Array(matches.length).fill(-1)
  const last = new Int32Array(matches.length) // the current tail of each root's list
  for (let i = 0; i < matches.length; i++) {
    const root = find(i)
    if (root === i) {
      roots.push(i)
      last[i] = i
    } else {
      next[last[root]] = i // a root always comes before the rest of its group
      last[root] = i
    }
  }
  return { roots, next }
}

function vulnerabilityFinding(
  root: number,
  next: Int32Array,
  matches: ScannerMatch[],
  ids: MatchIds[],
  options: MergeOptions
): Finding {
  const first = matches[root]
  // A group of one (most findings) takes its match's arrays as they are: parsed reports are not reused.
  const facts = next[root] === -1 ? first : copyFacts(first)
  const idKeys: string[] = [] // every id, normalized, first-seen order
  const idShown: string[] = [] // the same ids as they are shown
  const links: string[] = []
  const bySource: Partial<Record<ScannerName, Severity>> = {}
  let name = first.packageName
  for (let i = root; i !== -1; i = next[i]) {
    const match = matches[i]
    if (i !== root) foldFacts(facts, match)
    const { all, links: own } = ids[i]
    addId(idKeys, idShown, all[0], match.id)
    for (let a = 0; a < match.aliases.length; a++) addId(idKeys, idShown, all[a + 1], match.aliases[a])
    appendUnique(links, own)
    const seen = bySource[match.scanner]
    bySource[match.scanner] = seen ? higherSeverity(seen, match.severity) : match.severity
    // The most qualified name: Trivy's `group:artifact` for Maven over Grype's bare artifactId.
    if (match.packageName.length > name.length) name = match.packageName
  }
  const severityBySource = sharedSeverities(bySource)
  const ruleIndex = idKeys.indexOf(primaryId(links))
  const rule = idShown[ruleIndex]
  const { fixedVersions, locations } = facts
  const aliases: string[] = idShown.length === 1 ? NO_ALIASES : []
  for (let i = 0; i < idShown.length; i++) if (i !== ruleIndex) aliases.push(idShown[i])
  const detail: VulnerabilityDetail = {
    kind: 'vulnerability',
    aliases,
    foundBy: foundByOf(severityBySource),
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

/*
 * Findings share these small read-only values: 30,000 findings need only a handful of distinct
 * `foundBy` lists and severity pairs, and every object less is one the garbage collector need not
 * copy. They are frozen, so a consumer that tried to change one would fail loudly.
 */
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[]
const sharedBySource: Array<Partial<Record<ScannerName, Severity>>> = []
const sharedFoundBy: ScannerName[][] = []

/** A slot per (Grype severity or none) × (Trivy severity or none): no key string per finding. */
function slotOf(bySource: Partial<Record<ScannerName, Severity>>): number {
  const rank = (severity: Severity | undefined) => (severity === undefined ? 0 : severityRank(severity) + 1)
  return rank(bySource.grype) * (SEVERITIES.length + 1) + rank(bySource.trivy)
}

function sharedSeverities(
  bySource: Partial<Record<ScannerName, Severity>>
): Partial<Record<ScannerName, Severity>> {
  const slot = slotOf(bySource)
  return (sharedBySource[slot] ??= Object.freeze({ ...bySource }))
}

function foundByOf(bySource: Partial<Record<ScannerName, Severity>>): ScannerName[] {
  const slot = (bySource.grype === undefined ? 0 : 1) + (bySource.trivy === undefined ? 0 : 2)
  return (sharedFoundBy[slot] ??= Object.freeze(
    SCANNERS.filter(scanner => bySource[scanner] !== undefined)
  ) as ScannerName[])
}

function addId(keys: string[], shown: string[], key: string, id: string): void {
  if (keys.includes(key)) return
  keys.push(key)
  shown.push(displayId(id, key))
}

/** `highest`: the higher of the two. A named source: its severity where it reported the match. */
function gatedSeverity(
  bySource: Partial<Record<ScannerName, Severity>>,
  source: MergeOptions['severitySource']
): Severity {
  if (source !== 'highest' && bySource[source]) return bySource[source]
  const { grype, trivy } = bySource
  if (grype === undefined) return trivy ?? 'info'
  return trivy === undefined ? grype : higherSeverity(grype, trivy)
}

/** `CVE-2024-1 in openssl 3.0.1 (fixed in 3.0.2)`: ids and versions only, titles stay in `title`. */
function message(rule: string, name: string, version: string, detail: VulnerabilityDetail): string {
  const subject = version ? `${rule} in ${name} ${version}` : `${rule} in ${name}`
  const fixed = detail.fixedVersions
  if (fixed.length === 1) return `${subject} (fixed in ${fixed[0]})`
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
