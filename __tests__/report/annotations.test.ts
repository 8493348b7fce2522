import { jest } from '@jest/globals'
import type { AnnotationLogger } from '../../src/report/annotations.js'
import { buildAnnotations, emitAnnotations } from '../../src/report/annotations.js'
import type { Severity } from '../../src/model/severity.js'
import { severityRank } from '../../src/model/severity.js'
import { INJECTION_MESSAGE, manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'

describe('buildAnnotations', () => {
  it('annotates blocking findings as errors and others as warnings, never suppressed ones', () => {
    const { annotations, omitted, suppressed } = buildAnnotations(sampleResult())
    expect(annotations.map(a => [a.level, a.title])).toEqual([
      ['error', 'imagegate CVE-2024-0001 (critical)'],
      ['error', 'imagegate IG101 (high)'],
      ['error', 'imagegate IG102 (high)'],
      ['warning', 'imagegate IG900 (medium)'],
      ['warning', 'imagegate DL3008 (medium)'],
      ['warning', 'imagegate DL3025 (low)'],
      ['warning', 'imagegate CVE-2023-9999 (low)'],
      ['warning', 'imagegate IG110 (info)']
    ])
    expect(omitted).toEqual({ error: 0, warning: 0 })
    expect(suppressed).toBe(2)
    expect(annotations.some(a => a.title.includes('CVE-2022-4450') || a.title.includes('DL3007'))).toBe(false)
  })

  it('puts file findings on their line and image findings on no file', () => {
    const { annotations } = buildAnnotations(sampleResult())
    const ig101 = annotations.find(a => a.title.includes('IG101'))
    expect(ig101).toMatchObject({ file: 'Dockerfile', startLine: 1, startColumn: 1 })
    const dl3025 = annotations.find(a => a.title.includes('DL3025'))
    expect(dl3025).toMatchObject({ file: 'services/café/Dockerfile', startLine: 12 })
    expect(dl3025).not.toHaveProperty('startColumn')
    const cve = annotations.find(a => a.title.includes('CVE-2024-0001'))
    expect(cve).not.toHaveProperty('file')
    expect(cve?.message).toContain('ghcr.io/acme/api:1.4.2')
  })

  it('keeps the injection payload on one line (core escapes the rest)', () => {
    const { annotations } = buildAnnotations(sampleResult())
    expect(annotations.find(a => a.title.includes('DL3025'))?.message).toBe(INJECTION_MESSAGE)
    const result = sampleResult()
    result.findings[0]!.message = 'line one\n::set-output name=x::y\x1b[31m'
    const first = buildAnnotations(result).annotations[0]!
    expect(first.message).toBe('line one ::set-output name=x::y (image: ghcr.io/acme/api:1.4.2)')
  })

  it('does not attach files outside the workspace, and applies the path prefix', () => {
    const result = sampleResult()
    result.findings[1]!.location = { file: '../other/Dockerfile', line: 3 }
    const { annotations } = buildAnnotations(result, { pathPrefix: 'svc/' })
    const ig101 = annotations.find(a => a.title.includes('IG101'))!
    expect(ig101.file).toBeUndefined()
    expect(ig101.message).toContain('(at ../other/Dockerfile:3)')
    expect(annotations.find(a => a.title.includes('DL3008'))?.file).toBe('svc/services/café/Dockerfile')
  })

  it('caps each level at 10, most severe first, and counts the rest', () => {
    const result = manyFindingsResult(500)
    const { annotations, omitted } = buildAnnotations(result)
    const errors = annotations.filter(a => a.level === 'error')
    const warnings = annotations.filter(a => a.level === 'warning')
    expect(errors).toHaveLength(10)
    expect(warnings).toHaveLength(10)
    const blocking = result.findings.filter(f => f.blocking).length
    const others = result.findings.filter(f => !f.blocking && !f.suppressedBy).length
    expect(omitted).toEqual({ error: blocking - 10, warning: others - 10 })
    // Only critical findings fit in the 10 error slots, since there are more than 10 of them.
    expect(errors.every(a => a.title.endsWith('(critical)'))).toBe(true)
    const ranks = warnings.map(a => severityRank(/\((\w+)\)$/.exec(a.title)![1] as Severity))
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
    expect(ranks[0]).toBe(severityRank('critical'))
  })

  it('adds one notice pointing to the summary when annotations were left out', () => {
    const { annotations, omitted } = buildAnnotations(manyFindingsResult(500))
    const notices = annotations.filter(a => a.level === 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toContain(`${omitted.error} blocking and ${omitted.warning} other findings`)
    expect(buildAnnotations(sampleResult()).annotations.some(a => a.level === 'notice')).toBe(false)
  })

  it('honours a custom cap', () => {
    const { annotations, omitted } = buildAnnotations(sampleResult(), { maxPerLevel: 1 })
    expect(annotations.filter(a => a.level !== 'notice').map(a => a.title)).toEqual([
      'imagegate CVE-2024-0001 (critical)',
      'imagegate IG900 (medium)'
    ])
    expect(omitted).toEqual({ error: 2, warning: 4 })
  })
})

describe('emitAnnotations', () => {
  it('calls the logger per level with only the set properties', () => {
    const core = { error: jest.fn(), warning: jest.fn(), notice: jest.fn() }
    emitAnnotations(
      [
        { level: 'error', title: 't1', message: 'm1', file: 'Dockerfile', startLine: 3, startColumn: 2 },
        { level: 'warning', title: 't2', message: 'm2' },
        { level: 'notice', title: 't3', message: 'm3' }
      ],
      core satisfies AnnotationLogger
    )
    expect(core.error).toHaveBeenCalledWith('m1', {
      title: 't1',
      file: 'Dockerfile',
      startLine: 3,
      startColumn: 2
    })
    expect(core.warning).toHaveBeenCalledWith('m2', { title: 't2' })
    expect(core.notice).toHaveBeenCalledWith('m3', { title: 't3' })
  })
})
