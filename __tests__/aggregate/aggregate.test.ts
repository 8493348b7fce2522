// Matrix aggregation: three legs' JSON reports (built from SYNTHETIC results), one of them malformed.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { aggregateReports } from '../../src/aggregate/index.js'
import { runCli } from '../../src/cli/main.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { exitCodeFor } from '../../src/verdict/exit-code.js'
import type { GateResult } from '../../src/model/result.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

function legs(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-aggregate-'))
  const amd = sampleResult()
  const arm: GateResult = {
    ...sampleResult(),
    verdict: 'pass',
    reasons: ['nothing blocks'],
    images: ['ghcr.io/acme/api:1.4.2-arm64'],
    imageSummaries: [],
    checks: sampleResult().checks.map(c => ({ ...c, status: 'passed' as const, detail: undefined })),
    findings: sampleResult().findings.map(f =>
      f.image ? { ...f, image: 'ghcr.io/acme/api:1.4.2-arm64', blocking: false } : f
    )
  }
  for (const [leg, result] of [
    ['amd64', amd],
    ['arm64', arm]
  ] as const) {
    mkdirSync(path.join(dir, `report-${leg}`))
    writeFileSync(path.join(dir, `report-${leg}`, 'report.json'), JSON.stringify(buildJsonReport(result)))
  }
  mkdirSync(path.join(dir, 'report-s390x'))
  const broken = buildJsonReport(sampleResult()) as unknown as { verdict: string }
  broken.verdict = 'green'
  writeFileSync(path.join(dir, 'report-s390x', 'report.json'), JSON.stringify(broken))
  return dir
}

describe('aggregateReports', () => {
  it('merges the readable legs and fails closed naming the malformed one', async () => {
    const dir = legs()
    const { result } = await aggregateReports(['report-*/report.json'], dir, '0.0.0-test')
    expect(result.verdict).toBe('fail')
    expect(exitCodeFor(result)).toBe(2)
    expect(result.reasons[0]).toMatch(
      /^report-s390x\/report\.json: \$\.verdict: must be equal to one of the allowed values/
    )
    expect(result.checks[0]).toMatchObject({ title: 'Reports to aggregate', status: 'error', required: true })
    expect(result.images).toEqual([
      'ghcr.io/acme/api:1.4.2',
      'docker.io/library/alpine:latest',
      'ghcr.io/acme/api:1.4.2-arm64'
    ])
    // Dockerfile findings both legs share appear once; image findings once per image.
    const one = sampleResult().findings
    const withImage = one.filter(f => f.image).length
    expect(result.findings).toHaveLength(one.length + withImage)
    expect(result.blockingCount).toBe(sampleResult().blockingCount)
  })

  it('passes a good leg, and fails closed when a pattern matches nothing or a path is missing', async () => {
    const dir = legs()
    const { result: good } = await aggregateReports(['report-arm64/report.json'], dir, '0.0.0-test')
    expect(good.verdict).toBe('pass')
    expect(exitCodeFor(good)).toBe(0)
    const { result: none } = await aggregateReports(['missing-*/report.json', 'gone.json'], dir, '0.0.0-test')
    expect(none.verdict).toBe('fail')
    expect(none.reasons).toEqual([
      'missing-*/report.json: no report matches this pattern',
      expect.stringMatching(/^gone\.json: cannot read the report: ENOENT/),
      'no report to aggregate'
    ])
    expect(exitCodeFor(none)).toBe(2)
  })
})

it('imagegate aggregate prints the merged verdict and exits 2 on a malformed report', async () => {
  const dir = legs()
  let out = ''
  let err = ''
  const code = await runCli(['aggregate', '--format', 'markdown', 'report-*/report.json'], {
    cwd: dir,
    stdout: t => void (out += t),
    stderr: t => void (err += t),
    color: false
  })
  expect(code).toBe(2)
  expect(out).toContain('imagegate: fail')
  expect(out).toContain('report-s390x/report.json')
  expect(err).toBe('')
})
