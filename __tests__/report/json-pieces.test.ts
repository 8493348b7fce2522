import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { writeReportFiles } from '../../src/publish/files.js'
import { jsonArrayItems, jsonObjectEndingInArray } from '../../src/report/json-pieces.js'
import { buildJsonReport, jsonReportText } from '../../src/report/json-report.js'
import { buildSarif, sarifText } from '../../src/report/sarif.js'
import { manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'

const join = (pieces: Iterable<string>): string => [...pieces].join('')

describe('JSON in pieces', () => {
  it.each([0, 1, 499, 500, 501, 1234])('writes %i items exactly as JSON.stringify does', count => {
    const items = Array.from({ length: count }, (_, i) => ({ n: i, text: `item "${i}"\n` }))
    expect(join(jsonArrayItems(items, item => item))).toBe(JSON.stringify(items).slice(1, -1))
    const head = { a: 1, b: ['x'] }
    expect(join(jsonObjectEndingInArray(head, 'items', items, item => item))).toBe(
      JSON.stringify({ ...head, items })
    )
  })

  it('handles an empty head object', () => {
    expect(join(jsonObjectEndingInArray({}, 'list', [1, 2], x => x * 2))).toBe('{"list":[2,4]}')
  })

  it('converts each item once, a batch at a time', () => {
    const seen: number[] = []
    const positions: number[] = []
    const pieces = jsonArrayItems(
      Array.from({ length: 1200 }, (_, i) => i),
      (item, index) => (seen.push(item), positions.push(index), item)
    )
    const first = pieces.next()
    expect(first.done).toBe(false)
    expect(seen).toHaveLength(500) // the rest is not converted until it is asked for
    expect([...pieces]).toHaveLength(2)
    expect(seen).toEqual(Array.from({ length: 1200 }, (_, i) => i))
    expect(positions).toEqual(seen) // each item with its own index
  })
})

describe('report text equals the report object', () => {
  it.each([
    ['the sample result', sampleResult()],
    ['2,000 findings', manyFindingsResult(2000)]
  ])('for %s', (_label, result) => {
    expect(join(jsonReportText(result))).toBe(JSON.stringify(buildJsonReport(result)))
    expect(JSON.parse(join(sarifText(result, { pathPrefix: 'sub/' })))).toEqual(
      buildSarif(result, { pathPrefix: 'sub/' })
    )
  })
})

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
    expect(sarif).toEqual(buildSarif(result))
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
