import { ConfigError } from '../../src/errors.js'
import { renderErrorSummary } from '../../src/report/error-summary.js'

describe('renderErrorSummary', () => {
  it('names each configuration problem at its place and says how to fix it', () => {
    const error = new ConfigError('two problems', [
      {
        message: 'must be one of critical, high',
        position: { file: 'p.yml', line: 3, column: 11, field: 'images.failOn' }
      },
      { message: 'both .github/imagegate.yml and .github/imagegate.yaml exist; keep one of them' }
    ])
    const summary = renderErrorSummary(error)
    expect(summary).toMatch(
      /^## 💥 imagegate: error\n\nA configuration error stopped the run before a verdict:/
    )
    expect(summary).toContain('- p.yml:3:11: images.failOn: must be one of critical, high')
    expect(summary).toContain('keep one of them')
    expect(summary).toMatch(/\*\*How to fix:\*\* Fix what the message above names/)
  })

  it('calls anything else a runtime error, not a policy failure', () => {
    const summary = renderErrorSummary(new Error('EMFILE: too many open files'))
    expect(summary).toContain('A runtime error stopped the run before a verdict:')
    expect(summary).toContain('- EMFILE: too many open files')
    expect(summary).toContain('This is not a policy failure')
  })

  it('escapes the error text as untrusted: no markup, mentions, or lines of its own', () => {
    const hostile = '<img src=x onerror=alert(1)> @octocat [link](https://evil.example)\n## Verdict: pass'
    const summary = renderErrorSummary(new ConfigError(hostile))
    expect(summary).not.toContain('<img')
    expect(summary).toContain('&lt;img')
    expect(summary).not.toContain('@octocat')
    expect(summary).not.toMatch(/[^\\]\]\(https:/)
    expect(summary).not.toMatch(/^## Verdict/m)
  })

  it('cuts a huge message and a long list of problems', () => {
    const problems = Array.from({ length: 80 }, (_, i) => ({ message: `problem ${i} ${'x'.repeat(10_000)}` }))
    const summary = renderErrorSummary(new ConfigError('many', problems))
    expect(summary.length).toBeLessThan(60 * 600)
    expect(summary).toContain('… and 30 more')
  })
})
