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
import type { ParsedReport, ScannerMatch, ScannerSecret } from './types.js'

const EXPECTED =
  'a Trivy JSON report (`trivy --format json`): an object with SchemaVersion 2 and Results, or a legacy (≤0.19) array of results'

/** Trivy's `Status` on our scale. `not_affected` and `under_investigation` say nothing about a fix. */
const STATUS = new Map<string, VulnerabilityDetail['fixState']>([
  ['fixed', 'fixed'],
  ['affected', 'not-fixed'],
  ['fix_deferred', 'not-fixed'],
  ['will_not_fix', 'wont-fix'],
  ['end_of_life', 'wont-fix'],
  ['not_affected', 'unknown'],
  ['under_investigation', 'unknown'],
  ['unknown', 'unknown']
])

/** OS-package targets read `image (debian 10.1)`; they name no file, so they are no location. */
const OS_TARGET = /\s\([^()]+\)$/

/**
 * Parses `trivy image --format json` output: SchemaVersion 2 (v0.20 onwards; `Results` null or
 * missing reads as none) and the legacy top-level array (≤0.19). Reads Vulnerabilities and
 * Secrets; counts Misconfigurations that did not pass and Licenses. A vulnerability entry without a
 * `VulnerabilityID` (seen only in hand-edited files) is kept under the id `UNKNOWN` rather than
 * dropped. Secret `Match` and `Code` text is never read.
 */
export function parseTrivyReport(text: string, source: string): ParsedReport {
  const reader = new FieldReader(source)
  const doc = parseJson(text, source, EXPECTED)
  rejectOtherFormats(doc, 'Trivy', source)
  const report: ParsedReport = {
    scanner: 'trivy',
    matches: [],
    secrets: [],
    misconfigurationCount: 0,
    licenseCount: 0
  }
  let results: Array<[JsonObject, JsonPath]>
  if (Array.isArray(doc)) {
    results = doc.map((item, i) => [reader.object(item, `[${i}]`), `[${i}]`])
  } else if (isObject(doc) && ('SchemaVersion' in doc || 'Results' in doc)) {
    const schema = reader.optNumber(doc, 'SchemaVersion', '')
    if (schema !== undefined && schema !== 2)
      reader.fail('SchemaVersion', `unsupported schema version ${schema}; imagegate reads SchemaVersion 2`)
    results = reader.objects(doc, 'Results', '').map((result, i) => [result, at('', 'Results', i)])
    setIfDefined(report, 'artifact', reader.optString(doc, 'ArtifactName', '') || undefined)
    const trivy = reader.optObject(doc, 'Trivy', '')
    setIfDefined(report, 'scannerVersion', trivy && reader.optString(trivy, 'Version', 'Trivy'))
  } else {
    return reader.fail('', `expected ${EXPECTED}; got ${describeDocument(doc)}`)
  }
  // Image scans give paths relative to the image root; Grype writes them absolute. One spelling.
  const inImage = isObject(doc) && doc.ArtifactType === 'container_image'
  const context: Context = {
    reader,
    report,
    collector: new MatchCollector(),
    imagePath: inImage ? p => (p.startsWith('/') ? p : `/${p}`) : p => p
  }
  for (const [result, path] of results) readResult(context, result, path)
  report.matches = context.collector.matches()
  report.entryCount = context.collector.entryCount
  return report
}

interface Context {
  reader: FieldReader
  report: ParsedReport
  collector: MatchCollector
  imagePath: (path: string) => string
}

function readResult(
  { reader, report, collector, imagePath }: Context,
  result: JsonObject,
  path: JsonPath
): void {
  const target = reader.optString(result, 'Target', path) ?? ''
  const resultClass = reader.optString(result, 'Class', path)
  const type = reader.optString(result, 'Type', path)
  const isOs = resultClass === 'os-pkgs' || (resultClass === undefined && OS_TARGET.test(target))
  const targetLocation = isOs || target === '' ? [] : [target]
  const vulnerabilities = reader.objects(result, 'Vulnerabilities', path)
  for (let i = 0; i < vulnerabilities.length; i++) {
    const vulnPath = at(path, 'Vulnerabilities', i)
    const match = readVulnerability(reader, vulnerabilities[i], vulnPath, type, targetLocation)
    match.locations = match.locations.map(imagePath)
    collector.add(match)
  }
  const secrets = reader.objects(result, 'Secrets', path)
  const secretTarget = target === '' ? target : imagePath(target)
  for (let i = 0; i < secrets.length; i++)
    report.secrets.push(readSecret(reader, secrets[i], at(path, 'Secrets', i), secretTarget))
  const misconfigurations = reader.objects(result, 'Misconfigurations', path)
  for (let i = 0; i < misconfigurations.length; i++) {
    const status = reader.optString(misconfigurations[i], 'Status', at(path, 'Misconfigurations', i))
    if (status !== 'PASS') report.misconfigurationCount++
  }
  report.licenseCount += reader.array(result, 'Licenses', path).length
}

function readVulnerability(
  reader: FieldReader,
  vuln: JsonObject,
  path: JsonPath,
  resultType: string | undefined,
  targetLocation: string[]
): ScannerMatch {
  const fixedVersions = splitFixedVersions(reader.optString(vuln, 'FixedVersion', path))
  const status = reader.optString(vuln, 'Status', path)
  const identifier = reader.optObject(vuln, 'PkgIdentifier', path)
  const purl = identifier && reader.optString(identifier, 'PURL', at(path, 'PkgIdentifier'))
  const pkgPath = reader.optString(vuln, 'PkgPath', path)
  // Every field is set, even to undefined: one object shape for all matches keeps the merge fast.
  return {
    scanner: 'trivy',
    id: reader.optString(vuln, 'VulnerabilityID', path) || 'UNKNOWN',
    aliases: reader.strings(vuln, 'VendorIDs', path).slice(),
    packageName: reader.string(vuln, 'PkgName', path),
    installedVersion: reader.optString(vuln, 'InstalledVersion', path) ?? '',
    packageType: packageType('trivy', resultType, purl),
    severity: readSeverity(reader, vuln, 'Severity', path),
    fixedVersions,
    fixState:
      status === undefined
        ? fixedVersions.length > 0
          ? 'fixed'
          : 'unknown'
        : (STATUS.get(status) ?? 'unknown'),
    cvss: highestCvss(readCvss(reader, vuln, path)),
    knownExploited: undefined,
    epss: undefined,
    locations: pkgPath ? [pkgPath] : targetLocation.slice(),
    title: reader.optString(vuln, 'Title', path) || undefined,
    url: reader.optString(vuln, 'PrimaryURL', path) || undefined
  }
}

/** `CVSS: { nvd: { V2Score, V3Score, V40Score }, ghsa: {…} }` as a list of scores. */
function readCvss(reader: FieldReader, vuln: JsonObject, path: JsonPath): CvssScore[] {
  const cvss = reader.optObject(vuln, 'CVSS', path)
  if (!cvss) return []
  const scores: CvssScore[] = []
  const cvssPath = at(path, 'CVSS')
  for (const source in cvss) {
    const sourcePath = at(cvssPath, source)
    const entry = reader.object(cvss[source], sourcePath)
    for (const [key, version] of CVSS_VERSIONS) {
      const score = reader.optNumber(entry, key, sourcePath)
      if (score !== undefined) scores.push({ source, version, score })
    }
  }
  return scores
}

const CVSS_VERSIONS = [
  ['V2Score', 2],
  ['V3Score', 3],
  ['V40Score', 4]
] as const

/** Trivy joins several fixed versions with commas: `11.0.14, 10.1.49, 9.0.112`. */
function splitFixedVersions(value: string | undefined): string[] {
  if (!value) return []
  const versions: string[] = []
  for (const part of value.split(',')) {
    const version = part.trim()
    if (version !== '' && !versions.includes(version)) versions.push(version)
  }
  return versions
}

function readSecret(reader: FieldReader, secret: JsonObject, path: JsonPath, target: string): ScannerSecret {
  const ruleId = reader.string(secret, 'RuleID', path)
  const found: ScannerSecret = {
    scanner: 'trivy',
    ruleId,
    severity: readSeverity(reader, secret, 'Severity', path),
    title: reader.optString(secret, 'Title', path) || ruleId,
    target
  }
  setIfDefined(found, 'category', reader.optString(secret, 'Category', path) || undefined)
  setIfDefined(found, 'line', reader.optNumber(secret, 'StartLine', path))
  return found
}
