import { renderCommentMarkdown, renderSummaryMarkdown } from '../../src/report/markdown.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

const now = new Date('2026-12-04T12:00:00Z')
const marker = '<!-- imagegate:k -->'

describe('renderCommentMarkdown', () => {
  it("shows one image's findings and the Dockerfile ones, with its status row", () => {
    const result = sampleResult()
    const body = renderCommentMarkdown(result, { marker, image: 'ghcr.io/acme/api:1.4.2', now })
    expect(body.startsWith(`${marker}\n`)).toBe(true)
    expect(body).toContain('CVE-2024-0001')
    expect(body).not.toContain('docker.io/library/alpine:latest')
    const lint = result.findings.find(f => f.location && !f.image)
    expect(lint && body.includes(lint.rule)).toBe(true)
    expect(body).toMatch(/\| `ghcr\.io\/acme\/api:1\.4\.2` \| not pinned \| 💥 could not check \|/)
    expect(body.indexOf('### Blocking')).toBeLessThan(body.indexOf('<summary>Other findings'))
  })

  it('shows a blocking FROM-line pinning finding in every image comment: it names a base image, not a gated one', () => {
    const result = sampleResult()
    result.findings.push({
      check: 'pinning',
      rule: 'IG101',
      severity: 'high',
      blocking: true,
      message: 'node:latest uses the mutable tag "latest"',
      image: 'node:latest',
      location: { file: 'Dockerfile', line: 3 }
    })
    const body = renderCommentMarkdown(result, { marker, image: 'ghcr.io/acme/api:1.4.2', now })
    expect(body).toContain('node:latest uses the mutable tag')
  })

  it('shares its finding rows with the summary', () => {
    const result = sampleResult()
    const links = { repositoryUrl: 'https://github.com/o/r', sha: 'a'.repeat(40), pathPrefix: 'sub/' }
    const comment = renderCommentMarkdown(result, { marker, links, now })
    const summary = renderSummaryMarkdown(result, { links })
    const row = comment.split('\n').find(line => line.includes('/blob/'))
    expect(row).toBeDefined()
    expect(summary).toContain(row)
  })

  it('fences the exception snippet longer than any backtick run in it, expiring 30 days out', () => {
    const result = sampleResult()
    result.findings[0] = { ...result.findings[0], rule: 'CVE-````-1', blocking: true }
    const body = renderCommentMarkdown(result, { marker, now })
    expect(body).toContain('`````yaml\nexceptions:\n  - id: "CVE-````-1"')
    expect(body).toContain('    image: "ghcr.io/acme/api"')
    expect(body).toContain('    expires: 2027-01-03')
  })
})
