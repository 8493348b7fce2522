// Synthetic: a scanner report or a pull request can carry names hundreds of thousands of characters long.
import { buildAnnotations } from '../../src/report/annotations.js'
import { renderText } from '../../src/report/text.js'
import type { EvaluatedFinding } from '../../src/model/finding.js'
import { shortLine } from '../../src/util/untrusted.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

const HUGE = 420_000
const long = (c: string) => c.repeat(HUGE)

function hostileResult() {
  const result = sampleResult()
  const findings: EvaluatedFinding[] = [
    {
      check: 'vulnerabilities',
      rule: `CVE-${long('9')}`,
      severity: 'critical',
      message: `${long('m')} END-OF-MESSAGE`,
      image: `ghcr.io/acme/${long('i')}:1`,
      package: { name: long('p'), version: long('v'), fixedVersion: long('f'), type: 'apk' },
      blocking: true
    },
    {
      check: 'lint',
      rule: 'DL3008',
      severity: 'high',
      message: 'Pin versions',
      location: { file: `${long('d')}/Dockerfile`, line: 7, column: 3 },
      blocking: true
    },
    {
      check: 'lint',
      rule: 'DL3008',
      severity: 'high',
      message: 'Pin versions',
      location: { file: `${long('d')}/Dockerfile.other`, line: 8 },
      blocking: true
    }
  ]
  return { ...result, findings: [...findings, ...result.findings] }
}

describe('very long untrusted names', () => {
  it('shortLine cuts to 200 characters with an ellipsis, in one line', () => {
    expect(shortLine(`a\nb${'x'.repeat(500)}`)).toHaveLength(200)
    expect(shortLine(`a\nb${'x'.repeat(500)}`)).toMatch(/^a bx+…$/)
    expect(shortLine('short name')).toBe('short name')
  })

  it('are cut in the text log: no line near the size of the input', () => {
    const text = renderText(hostileResult(), { color: false })
    const longest = Math.max(...text.split('\n').map(line => line.length))
    expect(longest).toBeLessThan(2000)
    expect(text).toContain(`${'p'.repeat(199)}…@${'v'.repeat(199)}… → ${'f'.repeat(199)}…`)
    expect(text).toContain(`\n  image ghcr.io/acme/${'i'.repeat(200 - 'ghcr.io/acme/'.length - 1)}…\n`)
    // Two files that share their first 200 characters are still two groups, and keep their line numbers.
    expect(text.match(new RegExp(`^ {2}d{199}…$`, 'gm'))).toHaveLength(2)
    expect(text).toMatch(/d{199}…:7:3 +HIGH/)
    expect(text).toMatch(/d{199}…:8 +HIGH/)
  })

  it('are cut in annotations: title, message, image and place', () => {
    const { annotations } = buildAnnotations(hostileResult())
    for (const annotation of annotations) {
      expect(annotation.title.length).toBeLessThan(300)
      expect(annotation.message.length).toBeLessThan(1500)
    }
    const vulnerability = annotations.find(a => a.title.startsWith('imagegate CVE-'))!
    expect(vulnerability.message).toMatch(/^m{999}… \(image: ghcr\.io\/acme\/i+…\)$/)
  })
})
