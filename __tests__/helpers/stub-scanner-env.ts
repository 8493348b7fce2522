/**
 * Programs imagegate runs see an allow-listed environment (src/util/child-env.ts): the settings of the
 * stand-in scanners in __tests__/fixtures/stub-scanners reach them only when named in IMAGEGATE_CHILD_ENV.
 */
export const STUB_SCANNER_VARIABLES = [
  'IMAGEGATE_STUB_TRIVY_REPORT',
  'IMAGEGATE_STUB_GRYPE_REPORT',
  'IMAGEGATE_STUB_TRIVY_MODE',
  'IMAGEGATE_STUB_GRYPE_MODE',
  'IMAGEGATE_STUB_LOG',
  'IMAGEGATE_STUB_SLEEP',
  // A base image to compare with (compare-to): its name, its reports and its mode.
  'IMAGEGATE_STUB_BASE_IMAGE',
  'IMAGEGATE_STUB_TRIVY_BASE_REPORT',
  'IMAGEGATE_STUB_GRYPE_BASE_REPORT',
  'IMAGEGATE_STUB_BASE_MODE'
]

export const STUB_SCANNER_CHILD_ENV = { IMAGEGATE_CHILD_ENV: STUB_SCANNER_VARIABLES.join(',') }
