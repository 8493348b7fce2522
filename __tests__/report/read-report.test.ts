import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { buildJsonReport } from '../../src/report/json-report.js'
import { buildSarif } from '../../src/report/sarif.js'
import { readJsonReport } from '../../src/report/read-report.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-read-'))
function write(name: string, value: unknown): string {
  const file = path.join(dir, name)
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value))
  return file
}

describe('readJsonReport', () => {
  it('gives back a report imagegate wrote, with each finding fingerprinted like its SARIF result', () => {
    const report = buildJsonReport(sampleResult())
    const read = readJsonReport(write('ok.json', report))
    expect(read).toEqual({ ok: true, file: expect.stringContaining('ok.json'), report })
    const sarif = buildSarif(sampleResult())
    const fromSarif = sarif.runs[0].results.map(r => Object.values(r.partialFingerprints)[0]).sort()
    expect(report.findings.map(f => f.fingerprint).sort()).toEqual(fromSarif)
  })

  it('fingerprints ignore tag, digest, version and message, and tell different packages apart', () => {
    const base = sampleResult()
    const moved = sampleResult()
    moved.findings[0] = {
      ...moved.findings[0],
      image: 'ghcr.io/acme/api:2.0.0@sha256:' + 'b'.repeat(64),
      message: 'reworded',
      package: { ...moved.findings[0].package!, version: '9' }
    }
    const [a, b] = [buildJsonReport(base), buildJsonReport(moved)]
    expect(b.findings[0].fingerprint).toBe(a.findings[0].fingerprint)
    moved.findings[0].package = { name: 'libssl' }
    expect(buildJsonReport(moved).findings[0].fingerprint).not.toBe(a.findings[0].fingerprint)
  })

  it('names the file and JSON path of every problem', () => {
    const report = buildJsonReport(sampleResult()) as unknown as { findings: Array<Record<string, unknown>> }
    report.findings[3].severity = 'severe'
    delete report.findings[5].fingerprint
    const read = readJsonReport(write('bad.json', report))
    expect(read.ok).toBe(false)
    const errors = read.ok ? [] : read.errors
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /bad\.json: \$\.findings\[3\]\.severity: must be equal to one of the allowed values/
        ),
        expect.stringMatching(/bad\.json: \$\.findings\[5\]: missing field "fingerprint"/)
      ])
    )
  })

  it('fails on text that is not JSON and on a file that is not there', () => {
    const notJson = readJsonReport(write('trunc.json', '{"schemaVersion":1,'))
    expect(notJson.ok ? [] : notJson.errors[0]).toMatch(/trunc\.json: not JSON/)
    const missing = readJsonReport(path.join(dir, 'missing.json'))
    expect(missing.ok ? [] : missing.errors[0]).toMatch(/missing\.json: cannot read the report: ENOENT/)
  })
})
