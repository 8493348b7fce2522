// Synthetic findings and Dockerfiles: one problem flagged by two checks' equivalent rules is one finding.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runGate } from '../../src/gate.js'
import type { EvaluatedFinding } from '../../src/model/finding.js'
import { equivalentIds } from '../../src/model/rule-equivalents.js'
import { mergeEquivalentFindings } from '../../src/verdict/equivalent-findings.js'
import { loaded, testPolicy } from '../helpers/policy.js'

const at = { file: 'Dockerfile', line: 1, column: 6 }
const ig101 = (extra: Partial<EvaluatedFinding> = {}): EvaluatedFinding => ({
  check: 'pinning',
  rule: 'IG101',
  severity: 'high',
  message: 'debian:latest uses the latest tag',
  location: at,
  blocking: true,
  ...extra
})
const dl3007 = (extra: Partial<EvaluatedFinding> = {}): EvaluatedFinding => ({
  check: 'lint',
  rule: 'DL3007',
  severity: 'medium',
  message: 'Using latest is prone to errors',
  location: at,
  blocking: false,
  ...extra
})

describe('mergeEquivalentFindings', () => {
  it('keeps one finding for IG101 and DL3007 at the same place, DL3007 as its alias', () => {
    const merged = mergeEquivalentFindings([dl3007(), ig101()])
    expect(merged).toEqual([ig101({ aliases: ['DL3007'] })])
  })

  it('leaves them apart at different columns or lines', () => {
    const elsewhere = dl3007({ location: { ...at, column: 30 } })
    expect(mergeEquivalentFindings([ig101(), elsewhere])).toEqual([ig101(), elsewhere])
  })

  it('does not merge rules that are not equivalent', () => {
    const other = dl3007({ rule: 'DL3006' })
    expect(mergeEquivalentFindings([ig101(), other])).toHaveLength(2)
  })

  it('is suppressed when either finding was, and then blocks nothing', () => {
    const suppressedBy = { id: 'DL3007', reason: 'ignore pragma for DL3007 in Dockerfile' }
    const [merged] = mergeEquivalentFindings([ig101(), dl3007({ suppressedBy })])
    expect(merged).toMatchObject({ rule: 'IG101', suppressedBy, blocking: false })
  })

  it('blocks when either finding blocked, at the higher severity of the two', () => {
    const [merged] = mergeEquivalentFindings([
      ig101({ blocking: false, severity: 'medium' }),
      dl3007({ blocking: true, severity: 'high' })
    ])
    expect(merged).toMatchObject({ blocking: true, severity: 'high' })
  })

  it('names the equivalents of an id both ways', () => {
    expect(equivalentIds('IG101')).toEqual(['DL3007'])
    expect(equivalentIds('dl3006')).toEqual(['IG102'])
    expect(equivalentIds('DL3008')).toEqual([])
  })
})

describe('the gate on FROM debian:latest', () => {
  const gate = async (dockerfile: string, exceptions: Array<{ id: string }> = []) => {
    const root = mkdtempSync(path.join(tmpdir(), 'imagegate-equivalents-'))
    writeFileSync(path.join(root, 'Dockerfile'), dockerfile)
    const policy = testPolicy({ exceptions: exceptions.map(e => ({ ...e, reason: 'accepted risk' })) })
    const result = await runGate({
      policy: loaded(policy),
      workingDirectory: root,
      dockerfilePatterns: ['Dockerfile'],
      images: []
    })
    return result.findings.filter(f => f.rule === 'IG101' || f.rule === 'DL3007')
  }

  it('reports IG101 once, with DL3007 as an alias', async () => {
    expect(await gate('FROM debian:latest\n')).toEqual([
      expect.objectContaining({ rule: 'IG101', aliases: ['DL3007'], blocking: true })
    ])
  })

  it('merges them after a --platform flag too (both point at the image)', async () => {
    expect(await gate('FROM --platform=linux/arm64 debian:latest\n')).toEqual([
      expect.objectContaining({
        rule: 'IG101',
        aliases: ['DL3007'],
        location: expect.objectContaining({ column: 29 })
      })
    ])
  })

  it('an inline hadolint ignore of DL3007 suppresses the merged finding', async () => {
    const [finding] = await gate('# hadolint ignore=DL3007\nFROM debian:latest\n')
    expect(finding).toMatchObject({ rule: 'IG101', aliases: ['DL3007'], blocking: false })
    expect(finding.suppressedBy?.id).toBe('DL3007')
  })

  it('an inline imagegate ignore of IG101 suppresses it too', async () => {
    const [finding] = await gate('# imagegate ignore=IG101\nFROM debian:latest\n')
    expect(finding).toMatchObject({ rule: 'IG101', blocking: false, suppressedBy: { id: 'IG101' } })
  })

  it.each(['DL3007', 'IG101'])('a policy exception for %s suppresses it', async id => {
    const [finding] = await gate('FROM debian:latest\n', [{ id }])
    expect(finding).toMatchObject({ rule: 'IG101', blocking: false, suppressedBy: { id } })
  })
})
