import type { VulnerabilityDetail } from '../../model/finding.js'
import {
  at,
  describeDocument,
  FieldReader,
  isObject,
  parseJson,
  type JsonObject,
  type JsonPath
} from './json-reader.js'
import { setIfDefined } from './combine.js'
import { MatchCollector } from './match-collector.js'
import { packageType } from './package-key.js'
import { highestCvss, readSeverity, type CvssScore } from './scanner-severity.js'
import { rejectOtherFormats } from './sniff.js'
import type { ParsedReport, ScannerMatch } from './types.js'

const EXPECTED = 'a Grype JSON report (`grype -o json`): an object with a matches array'

/** Grype's `fix.state`; `""` (0.94+ and current snapshots) and anything new read as unknown. */
const FIX_STATES = new Map<string, VulnerabilityDetail['fixState']>([
  ['fixed', 'fixed'],
  ['not-fixed', 'not-fixed'],
  ['wont-fix', 'wont-fix'],
  ['unknown', 'unknown']
])

/**
 * Parses `grype -o json` output from 0.7 onwards: `fix{versions,state}` or the old
 * `fixedInVersion`, `cvss[]` or the old `cvssV2`/`cvssV3`, `epss[]`, `knownExploited[]`. The
 * `matchDetails` block (an object before ~0.24, an array since) is not read: nothing we gate on is
 * in it. `ignoredMatches` are what the user told Grype to ignore and are left out.
 */
export function parseGrypeReport(text: string, source: string): ParsedReport {
  const reader = new FieldReader(source)
  const doc = parseJson(text, source, EXPECTED)
  rejectOtherFormats(doc, 'Grype', source)
  if (!isObject(doc) || !('matches' in doc)) {
    return reader.fail('', `expected ${EXPECTED}; got ${describeDocument(doc)}`)
  }
  const report: ParsedReport = {
    scanner: 'grype',
    matches: [],
    secrets: [],
    misconfigurationCount: 0,
    licenseCount: 0
  }
  const collector = new MatchCollector()
  const matches = reader.objects(doc, 'matches', '')
  for (let i = 0; i < matches.length; i++) collector.add(readMatch(reader, matches[i], at('', 'matches', i)))
  report.matches = collector.matches()
  report.entryCount = collector.entryCount
  setIfDefined(report, 'artifact', readTarget(reader, doc))
  const descriptor = reader.optObject(doc, 'descriptor', '')
  setIfDefined(report, 'scannerVersion', descriptor && reader.optString(descriptor, 'version', 'descriptor'))
  return report
}

function readMatch(reader: FieldReader, match: JsonObject, path: JsonPath): ScannerMatch {
  const vulnPath = at(path, 'vulnerability')
  const vuln = reader.object(match.vulnerability, vulnPath)
  const artifactPath = at(path, 'artifact')
  const artifact = reader.object(match.artifact, artifactPath)
  const id = reader.string(vuln, 'id', vulnPath)
  const scores: CvssScore[] = []
  readScores(reader, vuln, vulnPath, scores)
  const aliases: string[] = []
  const related = reader.objects(match, 'relatedVulnerabilities', path)
  for (let i = 0; i < related.length; i++) {
    const relatedPath = at(path, 'relatedVulnerabilities', i)
    const relatedId = reader.string(related[i], 'id', relatedPath)
    if (relatedId !== id && !aliases.includes(relatedId)) aliases.push(relatedId)
    readScores(reader, related[i], relatedPath, scores)
  }
  const fix = reader.optObject(vuln, 'fix', vulnPath)
  const fixedVersions = readFixedVersions(reader, vuln, fix, vulnPath)
  const locations: string[] = []
  const found = reader.objects(artifact, 'locations', artifactPath)
  for (let i = 0; i < found.length; i++) {
    const where = reader.optString(found[i], 'path', at(artifactPath, 'locations', i))
    if (where && !locations.includes(where)) locations.push(where)
  }
  const purl = reader.optString(artifact, 'purl', artifactPath)
  // Every field is set, even to undefined: one object shape for all matches keeps the merge fast.
  return {
    scanner: 'grype',
    id,
    aliases,
    packageName: reader.string(artifact, 'name', artifactPath),
    installedVersion: reader.optString(artifact, 'version', artifactPath) ?? '',
    packageType: packageType('grype', reader.optString(artifact, 'type', artifactPath), purl),
    severity: readSeverity(reader, vuln, 'severity', vulnPath),
    fixedVersions,
    fixState: readFixState(reader, fix, vulnPath, fixedVersions),
    cvss: highestCvss(scores),
    knownExploited:
      vuln.knownExploited === undefined || vuln.knownExploited === null
        ? undefined
        : reader.array(vuln, 'knownExploited', vulnPath).length > 0,
    epss: highestEpss(reader, vuln, vulnPath),
    locations,
    title: undefined,
    url: readUrl(reader, vuln, vulnPath)
  }
}

/** `fix.versions` (deduplicated, blanks dropped) or, before Grype 0.11, `fixedInVersion`. */
function readFixedVersions(
  reader: FieldReader,
  vuln: JsonObject,
  fix: JsonObject | undefined,
  path: JsonPath
): string[] {
  if (fix) {
    const versions: string[] = []
    for (const version of reader.strings(fix, 'versions', at(path, 'fix')))
      if (version !== '' && !versions.includes(version)) versions.push(version)
    return versions
  }
  const fixedIn = reader.optString(vuln, 'fixedInVersion', path) // Grype ≤0.10
  return fixedIn ? [fixedIn] : []
}

function readFixState(
  reader: FieldReader,
  fix: JsonObject | undefined,
  path: JsonPath,
  fixedVersions: string[]
): VulnerabilityDetail['fixState'] {
  if (!fix) return fixedVersions.length > 0 ? 'fixed' : 'unknown'
  const state = reader.optString(fix, 'state', at(path, 'fix')) ?? ''
  return FIX_STATES.get(state) ?? 'unknown'
}

/** `cvss[]` (`metrics.baseScore`, `version` "3.1") or the old `cvssV2`/`cvssV3` objects, into `scores`. */
function readScores(reader: FieldReader, vuln: JsonObject, path: JsonPath, scores: CvssScore[]): void {
  const entries = reader.objects(vuln, 'cvss', path)
  for (let i = 0; i < entries.length; i++) {
    const entryPath = at(path, 'cvss', i)
    const metrics = reader.optObject(entries[i], 'metrics', entryPath)
    const score = metrics && reader.optNumber(metrics, 'baseScore', at(entryPath, 'metrics'))
    if (score === undefined) continue
    const version = Number.parseFloat(reader.optString(entries[i], 'version', entryPath) ?? '')
    scores.push({
      source: reader.optString(entries[i], 'source', entryPath) ?? '',
      version: version || 0,
      score
    })
  }
  for (const [key, version] of LEGACY_CVSS) {
    const legacy = reader.optObject(vuln, key, path)
    const score = legacy && reader.optNumber(legacy, 'baseScore', at(path, key))
    if (score !== undefined) scores.push({ source: 'grype-legacy', version, score })
  }
}

const LEGACY_CVSS = [
  ['cvssV2', 2],
  ['cvssV3', 3]
] as const

function highestEpss(reader: FieldReader, vuln: JsonObject, path: JsonPath): number | undefined {
  let best: number | undefined
  const entries = reader.objects(vuln, 'epss', path)
  for (let i = 0; i < entries.length; i++) {
    const epss = reader.optNumber(entries[i], 'epss', at(path, 'epss', i))
    if (epss !== undefined && (best === undefined || epss > best)) best = epss
  }
  return best
}

/** `dataSource` (the advisory page), else the first of `urls` or the old `links`. */
function readUrl(reader: FieldReader, vuln: JsonObject, path: JsonPath): string | undefined {
  const dataSource = reader.optString(vuln, 'dataSource', path)
  if (dataSource) return dataSource
  return reader.strings(vuln, 'urls', path)[0] ?? reader.strings(vuln, 'links', path)[0]
}

/** `source.target` is the image object (`userInput`) for images and a plain string for directories. */
function readTarget(reader: FieldReader, doc: JsonObject): string | undefined {
  const source = reader.optObject(doc, 'source', '')
  if (!source) return undefined
  const target = source.target
  if (typeof target === 'string') return target || undefined
  if (isObject(target)) return reader.optString(target, 'userInput', 'source.target') || undefined
  return undefined
}
