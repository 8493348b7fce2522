import { buildAnnotations } from '../../src/report/annotations.js'
import { formatCount } from '../../src/util/text.js'
import { COMMENT_MAX_CHARS, renderSummaryMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js'
import { manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'
import { expectGolden } from './golden.js'

/** Table rows: lines starting with `|`, split on pipes that are not backslash-escaped. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter(line => line.startsWith('|'))
    .map(line => line.split(/(?<!\\)\|/).slice(1, -1))
}

describe('renderSummaryMarkdown', () => {
  it('matches the golden summary', () => {
    expectGolden('summary.md', renderSummaryMarkdown(sampleResult()))
  })

  it('escapes the injection payload: no HTML, no ping, no broken table', () => {
    const md = renderSummaryMarkdown(sampleResult())
    expect(md).not.toContain('<')
    expect(md).not.toMatch(/@[a-z]/i)
    expect(md).toContain('Evil \\| &lt;img src=x onerror=alert(1)&gt; @\u200doctocat ::set-output')
    // Every row keeps its table's column count (6 for checks, 4 for findings, 5 for suppressions,
    // 8 for the per-image vulnerability table).
    for (const cells of tableRows(md)) expect([4, 5, 6, 8]).toContain(cells.length)
  })

  it('shows the verdict icon and the reasons', () => {
    const result = sampleResult()
    expect(renderSummaryMarkdown(result).split('\n')[0]).toBe('## ❌ imagegate: fail')
    result.verdict = 'pass'
    expect(renderSummaryMarkdown(result).split('\n')[0]).toBe('## ✅ imagegate: pass')
    result.verdict = 'warn'
    result.reasons = ['- looks like a *list*']
    const md = renderSummaryMarkdown(result)
    expect(md.split('\n')[0]).toBe('## ⚠️ imagegate: warn')
    expect(md).toContain('- \\- looks like a \\*list\\*')
  })

  it('orders top findings blocking first, then by severity', () => {
    const result = sampleResult()
    // A non-blocking critical must come after a blocking high.
    result.findings.push({
      ...result.findings[6]!,
      rule: 'CVE-2025-0002',
      severity: 'critical',
      blocking: false
    })
    const md = renderSummaryMarkdown(result)
    const top = md.slice(md.indexOf('### Top findings'), md.indexOf('### Exceptions'))
    const rules = tableRows(top)
      .slice(2)
      .map(cells => /\[([^\]]+)\]/.exec(cells[1]!)?.[1])
    expect(rules).toEqual([
      'CVE-2024-0001',
      'IG101',
      'IG102',
      'CVE-2025-0002',
      'IG900',
      'DL3008',
      'DL3025',
      'CVE-2023-9999',
      'IG110'
    ])
  })

  it('says how many findings are not shown and where the omitted annotations are', () => {
    const result = manyFindingsResult(300)
    const { omitted } = buildAnnotations(result)
    const md = renderSummaryMarkdown(result, { maxFindings: 20, omittedAnnotations: omitted })
    const unsuppressed = result.findings.filter(f => !f.suppressedBy).length
    expect(md).toContain(`_${formatCount(unsuppressed - 20)} more findings not shown here;`)
    // 20 rows hold the 10 annotated errors and 10 more blocking ones that were not annotated.
    const missing = omitted.error + omitted.warning
    expect(md).toContain(`${missing} more findings were not annotated; 10 of them are listed here._`)

    const all = renderSummaryMarkdown(result, { maxFindings: 10_000, omittedAnnotations: omitted })
    expect(all).toContain(`${missing} more findings are listed here._`)
    expect(all).not.toContain('not shown here')
  })

  it('lists suppressed findings and expired exceptions', () => {
    const md = renderSummaryMarkdown(sampleResult())
    expect(md).toContain('**Suppressed by exceptions** (2)')
    expect(md).toContain('| `EX-3` | Not reachable \\| &lt;b&gt;bold&lt;/b&gt; @\u200dteam | 2026-12-31 |')
    expect(md).toMatch(/\*\*Expired exceptions\*\*[^]*IG900[^]*Exception EX-7/)
  })

  it('stays under the PR comment cap with 40,000 findings', () => {
    const md = renderSummaryMarkdown(manyFindingsResult(40_000), {
      maxFindings: 40_000,
      maxChars: COMMENT_MAX_CHARS
    })
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(md.length).toBeGreaterThan(COMMENT_MAX_CHARS / 2)
    expect(md).toMatch(/more findings not shown here/)
    expect(md.endsWith('\n')).toBe(true)
  })

  it('stays under the 1 MiB summary cap in bytes, even with long multi-byte messages', () => {
    const result = manyFindingsResult(40_000)
    for (const f of result.findings) f.message = '日本語'.repeat(100)
    const md = renderSummaryMarkdown(result, { maxFindings: 40_000 })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(Buffer.byteLength(md, 'utf8')).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.9)
  })

  it('cuts at a line end when even the head is too long', () => {
    const result = sampleResult()
    result.reasons = Array.from({ length: 2000 }, (_, i) => `reason ${i} ${'x'.repeat(400)}`)
    const md = renderSummaryMarkdown(result, { maxChars: 20_000 })
    expect(md.length).toBeLessThanOrEqual(20_000)
    expect(md).toMatch(/\n\n_… summary truncated; the JSON report has everything\._\n$/)
    const reasonLines = md.split('\n').filter(line => line.startsWith('- reason'))
    expect(reasonLines.length).toBeGreaterThan(10)
    for (const line of reasonLines) expect(line).toMatch(/^- reason \d+ x{400}$/)
  })
})
