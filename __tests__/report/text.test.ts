import { renderText } from '../../src/report/text.js'
import { manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'

const ESC = '\x1b'
// eslint-disable-next-line no-control-regex -- the SGR colour codes renderText may emit
const SGR = /\x1b\[[0-9;]*m/g
// eslint-disable-next-line no-control-regex -- what must never reach the terminal from untrusted text
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/

describe('renderText', () => {
  it('writes large counts with thousands separators, as the other reports do', () => {
    const result = manyFindingsResult(14_000)
    const last = renderText(result, { color: false }).trimEnd().split('\n').at(-1)
    expect(result.suppressedCount).toBe(2000)
    expect(last).toMatch(/^2,\d{3} critical, 2,\d{3} high, .* · 1,\d{3} blocking · 2,000 suppressed$/)
  })

  it('starts with the verdict line and lists the reasons', () => {
    const lines = renderText(sampleResult(), { color: false }).split('\n')
    expect(lines[0]).toBe('imagegate 0.1.0-test: FAIL (mode enforce, policy .github/imagegate.yml, 1.8 s)')
    expect(lines.slice(1, 3)).toEqual([
      '  - 3 blocking findings at or above high',
      '  - Required check Signatures could not run: cosign verify failed'
    ])
  })

  it('shows every check with status, requirement and counts or detail', () => {
    const text = renderText(sampleResult(), { color: false })
    expect(text).toContain('  ✖ failed   Tag pinning              required  3 findings, 2 blocking  12 ms')
    expect(text).toMatch(/✖ error {4}Signatures {15}required {2}cosign verify failed: no matching signatures/)
  })

  it('groups findings by file or image as `file:line:col  SEVERITY  RULE  message`', () => {
    const text = renderText(sampleResult(), { color: false })
    const cafe = text.indexOf('\n  services/café/Dockerfile\n')
    expect(cafe).toBeGreaterThan(0)
    expect(text.slice(cafe)).toMatch(
      /^\n {2}services\/café\/Dockerfile\n {4}services\/café\/Dockerfile:7:1 {2}MEDIUM {4}DL3008 {2}Pin versions/
    )
    expect(text).toContain(
      '  image ghcr.io/acme/api:1.4.2\n    openssl@3.0.1 → 3.0.13  CRITICAL  CVE-2024-0001  '
    )
    expect(text).toMatch(/Dockerfile:1:1 {2}HIGH {6}IG101 {2}FROM node:latest .* \[blocking\]/)
  })

  it('lists suppressed findings apart, with the exception, and ends with the counts', () => {
    const text = renderText(sampleResult(), { color: false })
    expect(text).toContain('Suppressed by exceptions (2)\n')
    expect(text).toContain('  CVE-2022-4450  ghcr.io/acme/api:1.4.2 zlib@1.2.11  EX-3: Not reachable')
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '1 critical, 2 high, 2 medium, 2 low, 1 info · 3 blocking · 2 suppressed'
    )
  })

  it('uses no escape codes without colour, and only SGR codes with it', () => {
    expect(renderText(sampleResult(), { color: false })).not.toContain(ESC)
    const coloured = renderText(sampleResult(), { color: true })
    expect(coloured).toContain(`${ESC}[1;31mFAIL`)
    expect(coloured.replace(SGR, '')).toBe(renderText(sampleResult(), { color: false }))
  })

  it('strips terminal control sequences from untrusted text', () => {
    const result = sampleResult()
    result.findings[1]!.message = `clear${ESC}[2J${ESC}]0;title\x07 \rover\bwrite`
    result.findings[1]!.location!.file = `Docker${ESC}[31mfile`
    const text = renderText(result, { color: true })
    expect(text.replace(SGR, '')).not.toMatch(CONTROL)
    expect(text).toContain('clear overwrite')
    expect(text).not.toContain('[2J')
  })

  it('cannot issue workflow commands when printed in a workflow log', () => {
    const result = sampleResult()
    // The group header for a file is the path alone, indented: the runner trims the indent.
    result.findings[1]!.location!.file = '::set-output name=verdict::pass'
    const text = renderText(result, { color: false })
    const commands = text.split('\n').filter(line => /^\s*::/.test(line) || line.includes('##['))
    expect(commands).toEqual([])
    expect(text).toContain(':\u200b:set-output')
  })

  it('caps the list and says how many more there are', () => {
    const text = renderText(sampleResult(), { color: false, maxFindings: 3 })
    expect(text).toContain('  … 5 more findings; the JSON report lists all.')
    expect(text).not.toContain('DL3008')
  })
})
