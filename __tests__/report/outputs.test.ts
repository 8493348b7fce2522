import { buildOutputs } from '../../src/report/outputs.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

describe('buildOutputs', () => {
  it('gives verdict, unsuppressed counts per severity, blocking, suppressed and report paths', () => {
    expect(
      buildOutputs(sampleResult(), { reportJson: 'imagegate-report.json', sarif: 'imagegate.sarif' })
    ).toEqual({
      verdict: 'fail',
      critical: '1',
      high: '2',
      medium: '2',
      low: '2',
      info: '1',
      blocking: '3',
      suppressed: '2',
      'report-json': 'imagegate-report.json',
      sarif: 'imagegate.sarif'
    })
  })

  it('uses empty strings for reports that were not written', () => {
    const outputs = buildOutputs({ ...sampleResult(), verdict: 'pass' }, {})
    expect(outputs.verdict).toBe('pass')
    expect(outputs['report-json']).toBe('')
    expect(outputs.sarif).toBe('')
    for (const value of Object.values(outputs)) expect(typeof value).toBe('string')
  })
})
