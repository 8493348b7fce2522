import { isObject, ReportFormatError } from './json-reader.js'

type Format = 'SARIF' | 'CycloneDX' | 'SPDX' | 'a Trivy JSON report' | 'a Grype JSON report'

/** What a parsed document most likely is, to say so when the wrong parser gets it. */
function sniff(doc: unknown): Format | undefined {
  if (Array.isArray(doc)) return 'a Trivy JSON report' // the legacy (≤0.19) top-level array
  if (!isObject(doc)) return undefined
  const schema = typeof doc.$schema === 'string' ? doc.$schema.toLowerCase() : ''
  if (doc.bomFormat === 'CycloneDX' || schema.includes('cyclonedx')) return 'CycloneDX'
  if (Array.isArray(doc.runs) && (schema.includes('sarif') || doc.version === '2.1.0')) return 'SARIF'
  if (typeof doc.spdxVersion === 'string') return 'SPDX'
  if ('SchemaVersion' in doc || 'Results' in doc) return 'a Trivy JSON report'
  if ('matches' in doc) return 'a Grype JSON report'
  return undefined
}

/** Throws "not a Trivy JSON report (looks like SARIF)" when the document is another known format. */
export function rejectOtherFormats(doc: unknown, wanted: 'Trivy' | 'Grype', source: string): void {
  const format = sniff(doc)
  if (format === undefined || format === `a ${wanted} JSON report`) return
  const flag = wanted === 'Trivy' ? '--format json' : '-o json'
  throw new ReportFormatError(
    source,
    `not a ${wanted} JSON report (looks like ${format}); imagegate reads the scanner's ${flag} output`
  )
}
