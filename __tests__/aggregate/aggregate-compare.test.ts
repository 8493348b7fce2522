// SYNTHETIC compared results (compare-to) written as JSON reports, read back and aggregated: the classes,
// the fixed list and each image's base survive the schema, the reader and the merge.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { aggregateReports } from '../../src/aggregate/index.js'
import type { EvaluatedFinding } from '../../src/model/finding.js'
import type { GateResult } from '../../src/model/result.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { parseJsonReport } from '../../src/report/read-report.js'
import { renderCommentMarkdown } from '../../src/report/markdown.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

const IMAGE = 'ghcr.io/acme/api:1.4.2'

function compared(image: string, fixedRule: string): GateResult {
  const result = sampleResult()
  const findings = result.findings.map((f): EvaluatedFinding =>
    f.check === 'vulnerabilities' ? { ...f, image, comparison: f.blocking ? 'new' : 'unchanged' } : f
  )
  const fixed: EvaluatedFinding = {
    check: 'vulnerabilities',
    rule: fixedRule,
    severity: 'high',
    message: `${fixedRule} in expat 2.5.0`,
    image,
    package: { name: 'expat', version: '2.5.0', fixedVersion: '2.6.3' },
    blocking: false,
    comparison: 'fixed'
  }
  const summary = { ...result.imageSummaries[0]!, image }
  return {
    ...result,
    images: [image],
    findings,
    fixed: [fixed],
    imageSummaries: [
      {
        ...summary,
        base: {
          image: 'ghcr.io/acme/api:main',
          scanned: true,
          counts: { critical: 0, high: 1, medium: 0, low: 1, info: 0 },
          newCount: 1,
          unchangedCount: 1,
          fixedCount: 1
        }
      }
    ]
  }
}

describe('compared reports', () => {
  it('validate against the report schema with classes, fixed findings and bases', () => {
    const report = buildJsonReport(compared(IMAGE, 'CVE-2021-5555'))
    const read = parseJsonReport(JSON.stringify(report), 'report.json')
    expect(read.ok ? [] : read.errors).toEqual([])
    expect(report.fixed).toEqual([
      expect.objectContaining({ rule: 'CVE-2021-5555', comparison: 'fixed', fingerprint: expect.any(String) })
    ])
    expect(report.findings.filter(f => f.comparison).map(f => f.comparison)).toContain('new')
    expect(report.imageSummaries[0]?.base?.counts?.high).toBe(1)
    // A class the schema does not know is refused.
    const bad = JSON.parse(JSON.stringify(report)) as { fixed: Array<{ comparison: string }> }
    bad.fixed[0]!.comparison = 'gone'
    expect(parseJsonReport(JSON.stringify(bad), 'bad.json').ok).toBe(false)
  })

  it('are merged by aggregate with every leg’s fixed findings and bases, and comment as they did', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-aggregate-compare-'))
    const arm = `${IMAGE}-arm64`
    writeFileSync(
      path.join(dir, 'amd64.json'),
      JSON.stringify(buildJsonReport(compared(IMAGE, 'CVE-2021-5555')))
    )
    writeFileSync(
      path.join(dir, 'arm64.json'),
      JSON.stringify(buildJsonReport(compared(arm, 'CVE-2021-6666')))
    )
    const { result } = await aggregateReports(['*.json'], dir, '0.0.0-test')
    expect(result.fixed?.map(f => [f.image, f.rule])).toEqual([
      [IMAGE, 'CVE-2021-5555'],
      [arm, 'CVE-2021-6666']
    ])
    expect(result.imageSummaries.map(s => s.base?.image)).toEqual([
      'ghcr.io/acme/api:main',
      'ghcr.io/acme/api:main'
    ])
    expect(result.findings.some(f => f.comparison === 'new')).toBe(true)
    const body = renderCommentMarkdown(result, {
      marker: '<!-- m -->',
      image: arm,
      now: new Date('2026-06-01')
    })
    expect(body).toContain('<details><summary>Fixed by this PR (1)</summary>')
    expect(body).toContain('CVE-2021-6666')
    expect(body).not.toContain('CVE-2021-5555')
    expect(body).toContain('1 new · 1 fixed')
  })
})
