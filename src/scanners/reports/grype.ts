import type { VulnerabilityDetail } from '../../model/finding.js'
import { describeDocument, FieldReader, isObject, parseJson, type JsonObject } from './json-reader.js'
import { setIfDefined } from './combine.js'
import { MatchCollector } from './match-collector.js'
import { packageType } from './package-key.js'
import { highestCvss, readSeverity, type CvssScore } from './scanner-severity.js'
import { rejectOtherFormats } from './sniff.js'
import type { ParsedReport, ScannerMatch } from './types.js'

const EXPECTED = 'a Grype JSON report (`grype -o json`): an object with a matches array'

/** Grype's `fix.state`; `""` (0.94+ and current snapshots) and anything new read as unknown. */
const FIX_STATES: Record<string, VulnerabilityDetail['fixState']> = {
  fixed: 'fixed',
  'not-fixed': 'not-fixed',
  'wont-fix': 'wont-fix',
  unknown: 'unknown'
}

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
  for (const [match, path] of reader.objects(doc, 'matches', ''))
    collector.add(readMatch(reader, match, path))
  report.matches = collector.matches()
  report.entryCount = collector.entryCount
  setIfDefined(report, 'artifact', readTarget(reader, doc))
  const descriptor = reader.optObject(doc, 'descriptor', '')
  setIfDefined(report, 'scannerVersion', descriptor && reader.optString(descriptor, 'version', 'descriptor'))
  return report
}

function readMatch(reader: FieldReader, match: JsonObject, path: string): ScannerMatch {
  const vulnPath = `${path}.vulnerability`
  const vuln = reader.object(match.vulnerability, vulnPath)
  const artifactPath = `${path}.artifact`
  const artifact = reader.object(match.artifact, artifactPath)
  const id = reader.string(vuln, 'id', vulnPath)
  const scores = readScores(reader, vuln, vulnPath)
  const aliases: string[] = []
  for (const [related, relatedPath] of reader.objects(match, 'relatedVulnerabilities', path)) {
    const relatedId = reader.string(related, 'id', relatedPath)
    if (relatedId !== id && !aliases.includes(relatedId)) aliases.push(relatedId)
    scores.push(...readScores(reader, related, relatedPath))
  }
  const { fixedVersions, fixState } = readFix(reader, vuln, vulnPath)
  const locations: string[] = []
  for (const [location, locationPath] of reader.objects(artifact, 'locations', artifactPath)) {
    const where = reader.optString(location, 'path', locationPath)
    if (where && !locations.includes(where)) locations.push(where)
  }
  const result: ScannerMatch = {
    scanner: 'grype',
    id,
    aliases,
    packageName: reader.string(artifact, 'name', artifactPath),
    installedVersion: reader.optString(artifact, 'version', artifactPath) ?? '',
    severity: readSeverity(reader, vuln, 'severity', vulnPath),
    fixedVersions,
    fixState,
    locations
  }
  const purl = reader.optString(artifact, 'purl', artifactPath)
  setIfDefined(
    result,
    'packageType',
    packageType('grype', reader.optString(artifact, 'type', artifactPath), purl)
  )
  setIfDefined(result, 'cvss', highestCvss(scores))
  setIfDefined(result, 'epss', highestEpss(reader, vuln, vulnPath))
  if (vuln.knownExploited !== undefined && vuln.knownExploited !== null)
    result.knownExploited = reader.array(vuln, 'knownExploited', vulnPath).length > 0
  setIfDefined(result, 'url', readUrl(reader, vuln, vulnPath))
  return result
}

function readFix(
  reader: FieldReader,
  vuln: JsonObject,
  path: string
): { fixedVersions: string[]; fixState: VulnerabilityDetail['fixState'] } {
  const fix = reader.optObject(vuln, 'fix', path)
  if (fix) {
    const fixedVersions = [...new Set(reader.strings(fix, 'versions', `${path}.fix`).filter(v => v !== ''))]
    const state = reader.optString(fix, 'state', `${path}.fix`) ?? ''
    return { fixedVersions, fixState: FIX_STATES[state] ?? 'unknown' }
  }
  const fixedIn = reader.optString(vuln, 'fixedInVersion', path) // Grype ≤0.10
  return fixedIn
    ? { fixedVersions: [fixedIn], fixState: 'fixed' }
    : { fixedVersions: [], fixState: 'unknown' }
}

/** `cvss[]` (`metrics.baseScore`, `version` "3.1") or the old `cvssV2`/`cvssV3` objects. */
function readScores(reader: FieldReader, vuln: JsonObject, path: string): CvssScore[] {
  const scores: CvssScore[] = []
  for (const [entry, entryPath] of reader.objects(vuln, 'cvss', path)) {
    const metrics = reader.optObject(entry, 'metrics', entryPath)
    const score = metrics && reader.optNumber(metrics, 'baseScore', `${entryPath}.metrics`)
    if (score === undefined) continue
    const version = Number.parseFloat(reader.optString(entry, 'version', entryPath) ?? '')
    scores.push({ source: reader.optString(entry, 'source', entryPath) ?? '', version: version || 0, score })
  }
  for (const [key, version] of [
    ['cvssV2', 2],
    ['cvssV3', 3]
  ] as const) {
    const legacy = reader.optObject(vuln, key, path)
    const score = legacy && reader.optNumber(legacy, 'baseScore', `${path}.${key}`)
    if (score !== undefined) scores.push({ source: 'grype-legacy', version, score })
  }
  return scores
}

function highestEpss(reader: FieldReader, vuln: JsonObject, path: string): number | undefined {
  let best: number | undefined
  for (const [entry, entryPath] of reader.objects(vuln, 'epss', path)) {
    const epss = reader.optNumber(entry, 'epss', entryPath)
    if (epss !== undefined && (best === undefined || epss > best)) best = epss
  }
  return best
}

/** `dataSource` (the advisory page), else the first of `urls` or the old `links`. */
function readUrl(reader: FieldReader, vuln: JsonObject, path: string): string | undefined {
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
