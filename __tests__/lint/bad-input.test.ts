// Synthetic inputs that are not ordinary Dockerfiles: each gets a clear finding or note, never a crash or a hang.
import { linter, NO_OPTIONS } from './helpers.js'

const bytes = (text: string) => new TextEncoder().encode(text)
const lintBytes = (input: Uint8Array) => linter.lintDockerfileBytes(input, 'Dockerfile', NO_OPTIONS)

describe('files that cannot be linted', () => {
  it('binary: one IG200 on line 1', async () => {
    const result = await lintBytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]))
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'IG200',
        severity: 'high',
        location: { file: 'Dockerfile', line: 1, column: 1 },
        message: 'Dockerfile was not linted: it is a binary file (it contains NUL bytes), not a Dockerfile'
      })
    ])
  })

  it('over the size limit: IG200 without parsing', async () => {
    const result = await lintBytes(bytes(`FROM alpine:3\n${'# padding\n'.repeat(110_000)}`))
    expect(result.findings.map(f => [f.rule, f.message])).toEqual([
      ['IG200', 'Dockerfile was not linted: it is 1.0 MiB, over the 1 MiB limit for a Dockerfile']
    ])
  })

  it('not UTF-8: IG200', async () => {
    const result = await lintBytes(new Uint8Array([...bytes('FROM alpine:3\nLABEL a='), 0xff, 0xfe, 0x0a]))
    expect(result.findings.map(f => f.message)).toEqual([
      'Dockerfile was not linted: it is not valid UTF-8 text'
    ])
  })

  it('IG200 turned off leaves a note instead', async () => {
    const result = await linter.lintDockerfileBytes(new Uint8Array([0]), 'Dockerfile', {
      ...NO_OPTIONS,
      rules: { IG200: 'off' }
    })
    expect(result.findings).toEqual([])
    expect(result.notes).toEqual([
      'Dockerfile was not linted: it is a binary file (it contains NUL bytes), not a Dockerfile'
    ])
  })
})

describe('text that needs care', () => {
  it('empty or whitespace-only: a note, no findings', async () => {
    for (const text of ['', '\n\n  \n', '\uFEFF']) {
      expect(await lintBytes(bytes(text))).toEqual({
        findings: [],
        ignored: 0,
        notes: ['Dockerfile is empty; nothing to lint']
      })
    }
  })

  it('CRLF line endings: same findings and positions as LF', async () => {
    const lf = await lintBytes(bytes('FROM debian\nWORKDIR rel\nRUN a \\\n  b\n'))
    const crlf = await lintBytes(bytes('FROM debian\r\nWORKDIR rel\r\nRUN a \\\r\n  b\r\n'))
    expect(crlf.findings).toEqual(lf.findings)
    expect(lf.findings.map(f => f.rule)).toEqual(expect.arrayContaining(['DL3006', 'DL3000']))
  })

  it('a BOM does not shift columns or hide the escape directive', async () => {
    const result = await lintBytes(bytes('\uFEFF# escape=`\nFROM debian\nWORKDIR rel'))
    expect(result.findings.find(f => f.rule === 'DL3006')?.location).toMatchObject({ line: 2, column: 6 })
  })

  it('a 10,000-line Dockerfile is linted quickly', async () => {
    const lines = ['FROM alpine:3']
    for (let i = 0; i < 9_999; i++) lines.push(i % 2 === 0 ? `RUN echo ${i}` : `# hadolint ignore=DL3059`)
    const started = performance.now()
    const result = await lintBytes(bytes(lines.join('\n')))
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(result.ignored).toBeGreaterThan(4_000)
  })

  it('a pathological line (a huge run of spaces) does not hang', async () => {
    const started = performance.now()
    await lintBytes(bytes(`FROM alpine:3\nRUN echo${' '.repeat(300_000)}x \\\n  y\n`))
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('an unterminated heredoc is a DL1000 on its line; the rest is still linted', async () => {
    const result = await lintBytes(bytes('FROM debian\nRUN <<EOT bash\necho hi\n'))
    expect(result.findings.map(f => [f.rule, f.location?.line])).toEqual(
      expect.arrayContaining([
        ['DL1000', 2],
        ['DL3006', 1]
      ])
    )
  })

  it('keeps messages with Dockerfile text on one short line', async () => {
    const result = await lintBytes(bytes(`FROM alpine:3\nWORKDIR ${'x'.repeat(500)}\n`))
    const message = result.findings.find(f => f.rule === 'DL3000')?.message ?? ''
    expect(message.length).toBeLessThanOrEqual(240)
    expect(message.endsWith('…')).toBe(true)
  })
})
