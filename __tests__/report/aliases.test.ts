// Synthetic result: a finding with an equivalent rule merged into it shows both ids in every report.
import { buildAnnotations } from '../../src/report/annotations.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { renderSummaryMarkdown } from '../../src/report/markdown.js'
import { buildSarif } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import type { GateResult } from '../../src/model/result.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

function resultWithMergedFinding(): GateResult {
  const result = sampleResult()
  result.findings = [
    {
      check: 'pinning',
      rule: 'IG101',
      aliases: ['DL3007'],
      severity: 'high',
      message: 'FROM debian:latest uses the latest tag',
      location: { file: 'Dockerfile', line: 1, column: 6 },
      blocking: true
    }
  ]
  return result
}

describe('a finding with aliases', () => {
  it('lists them in the JSON report', () => {
    expect(buildJsonReport(resultWithMergedFinding()).findings[0].aliases).toEqual(['DL3007'])
  })

  it('names them in the annotation title, the summary and the text report', () => {
    const result = resultWithMergedFinding()
    expect(buildAnnotations(result).annotations[0].title).toContain('IG101 (also DL3007)')
    expect(renderSummaryMarkdown(result)).toContain('IG101 (also DL3007)')
    expect(renderText(result, { color: false })).toContain('IG101 (also DL3007)')
  })

  it('carries them in the SARIF result properties, under the one rule IG101', () => {
    const run = buildSarif(resultWithMergedFinding()).runs[0]
    expect(run.results[0]).toMatchObject({ ruleId: 'IG101', properties: { aliases: ['DL3007'] } })
    expect(run.tool.driver.rules.map(r => r.id)).toEqual(['IG101'])
  })
})
