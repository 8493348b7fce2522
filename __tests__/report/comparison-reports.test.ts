// SYNTHETIC compared results through the reporters: deltas, the base column, the fixed section within
// the comment's budget, untrusted base errors rendered inert, and SARIF's baselineState.
import type { EvaluatedFinding } from '../../src/model/finding.js'
import type { GateResult, ImageSummary } from '../../src/model/result.js'
import { countWithDelta } from '../../src/report/comparison-parts.js'
import { renderCommentMarkdown, renderSummaryMarkdown } from '../../src/report/markdown.js'
import { buildSarif } from '../../src/report/sarif.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

const IMAGE = 'ghcr.io/acme/api:1.4.2'
const NOW = new Date('2026-06-01T00:00:00Z')

function summary(counts: Partial<ImageSummary['counts']>, base?: ImageSummary['base']): ImageSummary {
  const zero = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  return { image: IMAGE, counts: { ...zero, ...counts }, blockingCount: 0, suppressedCount: 0, base }
}

function fixedFinding(i: number): EvaluatedFinding {
  return {
    check: 'vulnerabilities',
    rule: `CVE-2021-${1000 + i}`,
    severity: 'low',
    message: `fixed ${i} `.repeat(20),
    image: IMAGE,
    package: { name: `pkg-${i}`, version: '1.0' },
    blocking: false,
    comparison: 'fixed'
  }
}

function withBase(base: ImageSummary['base'], fixed: EvaluatedFinding[] = []): GateResult {
  const result = sampleResult()
  return {
    ...result,
    images: [IMAGE],
    findings: result.findings.map(f =>
      f.check === 'vulnerabilities' ? { ...f, comparison: f.blocking ? 'new' : 'unchanged' } : f
    ),
    fixed,
    imageSummaries: result.imageSummaries.map(s => ({ ...s, base }))
  }
}

describe('reports of a compared image', () => {
  it('writes counts with signed deltas, and plain counts without a scanned base', () => {
    const zero = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
    const base = { image: 'b', scanned: true, counts: { ...zero, high: 1, medium: 3 } }
    expect(countWithDelta(summary({ high: 3, medium: 1 }, base), 'high')).toBe('3 (+2)')
    expect(countWithDelta(summary({ high: 3, medium: 1 }, base), 'medium')).toBe('1 (−2)')
    expect(countWithDelta(summary({ high: 1 }, base), 'high')).toBe('1')
    expect(countWithDelta(summary({ high: 3 }, { image: 'b', scanned: false, error: 'x' }), 'high')).toBe('3')
    expect(countWithDelta(undefined, 'high')).toBe('—')
  })

  it('renders an untrusted base error inert in the comment and says the base was not scanned', () => {
    const error =
      'base image ghcr.io/acme/api:main could not be scanned: <img src=x onerror=alert(1)> @org/team ' +
      '[x](javascript:alert(1))\n::set-output name=verdict::pass'
    const body = renderCommentMarkdown(withBase({ image: 'ghcr.io/acme/api:main', scanned: false, error }), {
      marker: '<!-- m -->',
      image: IMAGE,
      now: NOW
    })
    expect(body).toContain('| ⚠️ base not scanned |')
    expect(body).toContain('was not scanned, so nothing was compared and the counts have no deltas')
    expect(body).not.toContain('<img')
    expect(body).not.toContain('@org/team')
    expect(body).not.toMatch(/[^\\]\]\(javascript:/)
    expect(body).not.toMatch(/^::set-output/m)
  })

  it('keeps the fixed section within the comment limit, saying how many more there are', () => {
    const fixed = Array.from({ length: 2000 }, (_, i) => fixedFinding(i))
    const base = {
      image: 'ghcr.io/acme/api:main',
      scanned: true,
      counts: { critical: 0, high: 0, medium: 0, low: 2000, info: 0 },
      newCount: 1,
      unchangedCount: 1,
      fixedCount: 2000
    }
    const body = renderCommentMarkdown(withBase(base, fixed), {
      marker: '<!-- m -->',
      image: IMAGE,
      now: NOW
    })
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('<details><summary>Fixed by this PR (2000)</summary>')
    expect(body).toMatch(/_[\d,]+ more fixed findings in the run's summary\._/)
    // The image's own findings come first: none of them is left out for a fixed one.
    expect(body).not.toContain('more findings not shown here')
    expect(body).toContain('full results in')
    // The summary lists at most maxFindings of them and points at the JSON report for the rest.
    const summaryText = renderSummaryMarkdown(withBase(base, fixed), { maxFindings: 5 })
    expect(summaryText).toContain('Fixed by this PR (2000)')
    expect(summaryText).toContain('_1,995 more not shown; the JSON report lists them all._')
  })

  it('gives SARIF results their baselineState', () => {
    const result = withBase({ image: 'ghcr.io/acme/api:main', scanned: true })
    const states = buildSarif(result).runs[0]!.results.map(r => [r.ruleId, r.baselineState])
    const vulnerabilityRules = new Set(result.findings.filter(f => f.comparison).map(f => f.rule))
    expect(
      states.filter(([rule]) => vulnerabilityRules.has(rule!)).every(([, state]) => state !== undefined)
    ).toBe(true)
    expect(
      states.filter(([rule]) => !vulnerabilityRules.has(rule!)).every(([, state]) => state === undefined)
    ).toBe(true)
    expect(states.some(([, state]) => state === 'new')).toBe(true)
  })
})
