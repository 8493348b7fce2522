import { warmUpReportPipeline } from '../../../src/scanners/reports/warm-up.js'

describe('warmUpReportPipeline', () => {
  it('runs both parsers and the merge on its synthetic sample', () => {
    // 400 Trivy entries; Grype's even entries are the same vulnerabilities (by GHSA alias), its odd ones new.
    expect(warmUpReportPipeline(400)).toBe(600)
    expect(warmUpReportPipeline(10)).toBe(15)
  })
})
