import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { writeReportFiles } from '../../src/publish/files.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { buildSarif } from '../../src/report/sarif.js'
import { findingRuleDocs } from '../../src/docs/rule-help.js'
import { manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'

describe('writeReportFiles', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'imagegate-files-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const rules = () => ({ roots: [dir], inputs: [] })

  it('writes both files, creating folders, each ending in a newline', () => {
    const result = manyFindingsResult(1200)
    const written = writeReportFiles(
      result,
      { reportJson: 'out/r.json', sarif: 'out/deeper/r.sarif' },
      dir,
      rules()
    )
    const json = readFileSync(written.reportJson!, 'utf8')
    expect(json).toBe(`${JSON.stringify(buildJsonReport(result))}\n`)
    const sarif = JSON.parse(readFileSync(written.sarif!, 'utf8'))
    // With each rule's help from the rule catalogue.
    expect(sarif).toEqual(buildSarif(result, { describeRule: findingRuleDocs }))
    expect(sarif.runs[0].tool.driver.rules[0].help.markdown).toContain('**How to fix.**')
    expect(sarif.runs[0].results).toHaveLength(1200)
    expect(written.sarifNote).toBeUndefined()
  })

  it('caps the SARIF log at maxResults and returns the note saying what it left out', () => {
    const result = manyFindingsResult(1200)
    const written = writeReportFiles(result, { reportJson: 'r.json', sarif: 'r.sarif' }, dir, rules(), {
      maxResults: 100
    })
    expect(JSON.parse(readFileSync(written.sarif!, 'utf8')).runs[0].results).toHaveLength(100)
    expect(JSON.parse(readFileSync(written.reportJson!, 'utf8')).findings).toHaveLength(1200)
    expect(written.sarifNote).toMatch(
      /^The SARIF log has the 100 most severe of 1,200 findings.*1,100 were left out/
    )
    // No SARIF file asked for, no note.
    expect(
      writeReportFiles(result, { reportJson: 'r2.json' }, dir, rules(), { maxResults: 100 }).sarifNote
    ).toBeUndefined()
  })

  it('names the input and the file when a file cannot be written', () => {
    writeFileSync(path.join(dir, 'blocker'), '')
    mkdirSync(path.join(dir, 'a-directory'))
    const attempt = (paths: { reportJson?: string; sarif?: string }) => () =>
      writeReportFiles(sampleResult(), paths, dir, rules())
    expect(attempt({ reportJson: 'blocker/r.json' })).toThrow(ConfigError)
    expect(attempt({ reportJson: 'blocker/r.json' })).toThrow(/^report-json: cannot write .*blocker\/r\.json/)
    expect(attempt({ sarif: 'a-directory' })).toThrow(/^sarif: cannot write .*a-directory: .*EISDIR/)
  })
})
