import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { lintDockerfileText } from '../../../src/checks/lint/lint-file.js'

const fixture = (name: string) =>
  readFile(new URL(`../../fixtures/lint-shell/${name}`, import.meta.url), 'utf8')

describe('shell rules through the linter', () => {
  it('reports RUN findings on the RUN line, including heredoc and ONBUILD RUN, and honours ignore pragmas', async () => {
    const result = await lintDockerfileText(await fixture('mixed.Dockerfile'), 'mixed.Dockerfile', {
      rules: {},
      trustedRegistries: []
    })
    const found = result.findings.map(f => `${f.location?.line} ${f.rule}`)
    expect(found).toEqual(
      expect.arrayContaining([
        '3 DL3008', // curl unpinned
        '3 DL3009', // lists kept, and stage `build` is built on
        '3 DL3015',
        '3 DL4006', // pipe under /bin/sh
        '3 IG208', // curl | sh
        '10 DL3004', // sudo inside the heredoc script
        '10 IG209', // chmod 777 inside the heredoc script
        '16 DL3013', // ONBUILD RUN pip install unpinned
        '16 DL3042'
      ])
    )
    // Line 7's pragma covers the whole instruction; the SHELL on line 17 sets pipefail for line 18.
    expect(found.filter(f => f.startsWith('7 '))).toEqual([])
    expect(found).not.toContain('18 DL4006')
    expect(result.ignored).toBeGreaterThanOrEqual(1)
    for (const finding of result.findings.filter(f => /^(DL[34]|IG2)/.test(f.rule))) {
      expect(finding.message).not.toBe('')
    }
  })

  it('lets the policy turn a shell rule off or change its level', async () => {
    const text = 'FROM debian:12\nRUN sudo apt-get install -y --no-install-recommends jq=1.6\n'
    const off = await lintDockerfileText(text, 'Dockerfile', {
      rules: { DL3004: 'off' },
      trustedRegistries: []
    })
    expect(off.findings.map(f => f.rule)).not.toContain('DL3004')
    const info = await lintDockerfileText(text, 'Dockerfile', {
      rules: { DL3004: 'info' },
      trustedRegistries: []
    })
    const defaults = await lintDockerfileText(text, 'Dockerfile', { rules: {}, trustedRegistries: [] })
    const severity = (r: typeof info) => r.findings.find(f => f.rule === 'DL3004')?.severity
    expect(severity(defaults)).not.toBe(severity(info))
  })
})
