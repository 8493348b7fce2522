// Synthetic Dockerfiles: inline and global ignore pragmas, hadolint's and imagegate's.
import { firedRules, lint } from './helpers.js'

const { findPragmas } = await import('../../src/checks/lint/ignores.js')

describe('findPragmas', () => {
  it('reads tool, scope and rule ids', () => {
    expect(
      findPragmas([
        '# hadolint ignore=DL3008,dl3009',
        '  #imagegate global ignore = IG204, DL3006',
        '# other'
      ])
    ).toEqual([
      { line: 1, column: 1, tool: 'hadolint', global: false, stage: false, rules: ['DL3008', 'DL3009'] },
      { line: 2, column: 3, tool: 'imagegate', global: true, stage: false, rules: ['IG204', 'DL3006'] }
    ])
  })

  it('reads a stage pragma and allows a comment after the list', () => {
    expect(findPragmas(['# hadolint stage ignore=DL3011 # ports are fine here'])).toEqual([
      { line: 1, column: 1, tool: 'hadolint', global: false, stage: true, rules: ['DL3011'] }
    ])
  })

  it('takes a list with something that is not a rule id for no pragma at all, as hadolint', () => {
    expect(findPragmas(['# hadolint ignore=crazy,DL3002', '# hadolint ignore=DL3002 DL3003'])).toEqual([])
  })

  it('skips lines it is told are not comments (heredoc bodies)', () => {
    expect(findPragmas(['# hadolint ignore=DL3008'], new Set([0]))).toEqual([])
  })
})

describe('ignoring findings', () => {
  it('an inline pragma covers the next instruction, every line of it, and is counted', async () => {
    const result = await lint([
      'FROM alpine:3',
      'USER 10001',
      '# hadolint ignore=DL3000,DL3059',
      'WORKDIR relative',
      'WORKDIR again'
    ])
    const rules = result.findings.map(f => [f.rule, f.location?.line])
    expect(rules).toContainEqual(['DL3000', 5])
    expect(rules).not.toContainEqual(['DL3000', 4])
    expect(result.ignored).toBe(1)
  })

  it('stacked pragmas and comments between the pragma and the instruction still apply', async () => {
    const fired = await firedRules([
      'FROM debian',
      '# hadolint ignore=DL3000',
      '# imagegate ignore=IG206',
      '# why: legacy layout',
      'WORKDIR relative',
      'EXPOSE 22'
    ])
    expect(fired).not.toContain('DL3000')
    expect(fired).toContain('IG206')
  })

  it('does not reach past an instruction in between', async () => {
    const fired = await firedRules([
      'FROM alpine:3',
      '# hadolint ignore=DL3000',
      'USER 1',
      'WORKDIR relative'
    ])
    expect(fired).toContain('DL3000')
  })

  it('a global pragma covers the whole file, wherever it is written', async () => {
    const result = await lint([
      'FROM alpine:3',
      'WORKDIR a',
      'WORKDIR b',
      'EXPOSE 80000',
      '# hadolint global ignore=DL3000,DL3011'
    ])
    expect(result.findings.map(f => f.rule)).not.toContain('DL3000')
    expect(result.findings.map(f => f.rule)).not.toContain('DL3011')
    expect(result.ignored).toBe(3)
  })

  it('imagegate pragmas ignore hadolint ids too', async () => {
    expect(
      await firedRules(['FROM alpine:3', 'EXPOSE 80000', '# imagegate global ignore=DL3011'])
    ).not.toContain('DL3011')
  })

  it('keeps an ignored finding, marked, when another check reports the same problem (DL3006 and IG102)', async () => {
    const result = await lint(['# hadolint ignore=DL3006', 'FROM debian'])
    expect(result.findings.find(f => f.rule === 'DL3006')?.ignoredBy).toEqual({
      id: 'DL3006',
      reason: 'ignore pragma for DL3006 in Dockerfile'
    })
    expect(result.ignored).toBe(1)
  })

  it('a pragma naming the equivalent rule of another check ignores the lint rule too', async () => {
    const result = await lint(['# imagegate ignore=IG102', 'FROM debian'])
    expect(result.findings.find(f => f.rule === 'DL3006')?.ignoredBy?.id).toBe('IG102')
  })

  it('a pragma-looking line inside a heredoc body is file content, not a pragma', async () => {
    const fired = await firedRules([
      'FROM alpine:3',
      'COPY <<EOF /etc/app.conf',
      '# hadolint global ignore=DL3000',
      'EOF',
      'WORKDIR relative'
    ])
    expect(fired).toContain('DL3000')
  })

  it('a rule turned off is neither reported nor counted as ignored', async () => {
    const result = await lint(['FROM debian'], { rules: { DL3006: 'off' } })
    expect(result.findings.map(f => f.rule)).not.toContain('DL3006')
    expect(result.ignored).toBe(0)
  })

  it('a stage pragma above a FROM covers that stage and no other', async () => {
    const result = await lint([
      '# hadolint stage ignore=DL3011',
      'FROM alpine:3 AS build',
      'EXPOSE 80000',
      'FROM alpine:3',
      'EXPOSE 80001'
    ])
    expect(result.findings.filter(f => f.rule === 'DL3011').map(f => f.location?.line)).toEqual([5])
    expect(result.ignored).toBe(1)
  })
})
