import type { ScannerName, VulnerabilityDetail } from '../../model/finding.js'
import type { Severity } from '../../model/severity.js'

/**
 * One vulnerability one scanner reported for one (vulnerability, package, installed version).
 * A parser emits each such triple once per report: the same vulnerability in the same package
 * version found at two paths is one match with both paths in `locations`.
 */
export interface ScannerMatch {
  scanner: ScannerName
  /** The scanner's own id (Trivy `VulnerabilityID`, Grype `vulnerability.id`), as written. */
  id: string
  /** Other ids the scanner gave for it (Trivy `VendorIDs`, Grype `relatedVulnerabilities[].id`). */
  aliases: string[]
  packageName: string
  installedVersion: string
  /** The package ecosystem as a purl type where known (`deb`, `apk`, `npm`, `maven`), else the scanner's. */
  packageType?: string
  /** The scanner's severity mapped to ours (UNKNOWN and Negligible become `info`). */
  severity: Severity
  /** Fixed versions in the scanner's order, deduplicated; empty when none is known. */
  fixedVersions: string[]
  fixState: VulnerabilityDetail['fixState']
  /** Highest CVSS base score in the report for this match (newest CVSS version per source). */
  cvss?: number
  /** Grype `knownExploited[]`: true when listed, false when the field is there and empty. */
  knownExploited?: boolean
  /** Highest EPSS probability (0-1) in the report. */
  epss?: number
  /** Paths inside the image (or repository) where the package was found, deduplicated. */
  locations: string[]
  title?: string
  /** Advisory URL: Trivy `PrimaryURL`, Grype `vulnerability.dataSource`. */
  url?: string
}

/** A secret Trivy found in a file inside the image. Never carries the matched text or code lines. */
export interface ScannerSecret {
  scanner: 'trivy'
  ruleId: string
  category?: string
  severity: Severity
  title: string
  /** The file inside the image. */
  target: string
  line?: number
}

export interface ParsedReport {
  scanner: ScannerName
  /** Distinct matches: one per (scanner id, package, installed version); see {@link ScannerMatch}. */
  matches: ScannerMatch[]
  secrets: ScannerSecret[]
  /** Trivy misconfigurations that did not pass; not gated here, counted for the log. */
  misconfigurationCount: number
  /** Trivy license findings; not gated here, counted for the log. */
  licenseCount: number
  /** How many vulnerability entries the report listed before same-package duplicates were folded. */
  entryCount?: number
  scannerVersion?: string
  /** What was scanned, as the report names it (Trivy `ArtifactName`, Grype `source.target`). */
  artifact?: string
}
