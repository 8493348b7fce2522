/** Trivy and Grype JSON reports: parse each, then merge into one finding per vulnerability. */
export { parseTrivyReport } from './trivy.js'
export { parseGrypeReport } from './grype.js'
export { mergeReports, type MergeOptions } from './merge.js'
export { ReportFormatError } from './json-reader.js'
export type { ParsedReport, ScannerMatch, ScannerSecret } from './types.js'
