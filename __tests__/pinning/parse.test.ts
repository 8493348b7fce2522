import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { loadDockerfile, parseDockerfile, readDockerfile } from '../../src/dockerfile/parse.js'
import { ConfigError } from '../../src/errors.js'

const fixtures = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '..',
  'fixtures',
  'pinning'
)
const D = 'sha256:' + '0123456789abcdef'.repeat(4)

describe('loadDockerfile: multi-stage fixture', () => {
  it('returns every FROM with position, raw and substituted image, alias and kind', async () => {
    const parsed = await loadDockerfile('multistage.Dockerfile', fixtures)
    expect(parsed.file).toBe('multistage.Dockerfile')
    expect(parsed.problems).toEqual([])
    const froms = parsed.froms.map(
      ({ kind, line, column, instructionLine, rawImage, image, stage, unresolved }) => ({
        kind,
        line,
        column,
        instructionLine,
        rawImage,
        image,
        stage,
        unresolved
      })
    )
    expect(froms).toEqual([
      {
        kind: 'image',
        line: 6,
        column: 32,
        instructionLine: 6,
        rawImage: 'golang:${GO_VERSION}-alpine',
        image: 'golang:1.22-alpine',
        stage: 'builder',
        unresolved: undefined
      },
      {
        kind: 'stage',
        line: 9,
        column: 6,
        instructionLine: 9,
        rawImage: 'builder',
        image: 'builder',
        stage: 'tested',
        unresolved: undefined
      },
      {
        // ARG defaults may use earlier ARGs, including their `:-` defaults.
        kind: 'image',
        line: 12,
        column: 6,
        instructionLine: 12,
        rawImage: `\${BASE_IMAGE}@${D}`,
        image: `ghcr.io/acme/base:1.22@${D}`,
        stage: undefined,
        unresolved: undefined
      },
      {
        kind: 'image',
        line: 13,
        column: 6,
        instructionLine: 13,
        rawImage: 'tools:$TOOLS_TAG',
        image: undefined,
        stage: undefined,
        unresolved: { variable: 'TOOLS_TAG', reason: 'no-default' }
      },
      {
        // The image sits on a continuation line: its own line, not the FROM keyword's.
        kind: 'image',
        line: 15,
        column: 5,
        instructionLine: 14,
        rawImage: 'alpine:latest',
        image: 'alpine:latest',
        stage: 'runtime',
        unresolved: undefined
      },
      {
        kind: 'scratch',
        line: 17,
        column: 6,
        instructionLine: 17,
        rawImage: 'scratch',
        image: 'scratch',
        stage: undefined,
        unresolved: undefined
      },
      {
        // Stage names are case-insensitive, as in BuildKit.
        kind: 'stage',
        line: 19,
        column: 6,
        instructionLine: 19,
        rawImage: 'Builder',
        image: 'Builder',
        stage: undefined,
        unresolved: undefined
      },
      {
        kind: 'image',
        line: 20,
        column: 6,
        instructionLine: 20,
        rawImage: `alpine@${D}`,
        image: `alpine@${D}`,
        stage: undefined,
        unresolved: undefined
      }
    ])
  })

  it('keeps --platform apart from the image', async () => {
    const parsed = await loadDockerfile('multistage.Dockerfile', fixtures)
    expect(parsed.froms[0].platform).toBe('$BUILDPLATFORM')
    expect(parsed.froms[1].platform).toBeUndefined()
  })

  it('exposes the global ARGs and the dockerfile-ast tree', async () => {
    const parsed = await loadDockerfile('multistage.Dockerfile', fixtures)
    expect(parsed.globalArgs.get('GO_VERSION')).toEqual({ kind: 'value', value: '1.22' })
    expect(parsed.globalArgs.get('TOOLS_TAG')).toEqual({ kind: 'unset' })
    expect(parsed.ast?.getFROMs()).toHaveLength(8)
  })
})

describe('loadDockerfile: malformed FROM lines', () => {
  it('reports problems as data with their lines instead of throwing', async () => {
    const { froms } = await loadDockerfile('broken.Dockerfile', fixtures)
    expect(froms.map(f => [f.kind, f.line, f.column])).toEqual([
      ['missing', 2, 1],
      ['image', 3, 6],
      ['image', 4, 6],
      ['image', 5, 6],
      ['image', 6, 6]
    ])
    expect(froms[0].rawImage).toBeUndefined()
    expect(froms[1].problems).toEqual([
      'FROM takes an image and an optional "AS name", but "extra" follows the image'
    ])
    expect(froms[2]).toMatchObject({ image: 'Alpine:3.20', problems: [] })
    expect(froms[3].unresolved).toEqual({ variable: 'NEVER_DECLARED', reason: 'undeclared' })
    expect(froms[4].problems).toEqual([expect.stringContaining('"1bad" is not a valid stage name')])
  })
})

describe('parseDockerfile: text forms', () => {
  it('handles CRLF line endings', async () => {
    const { froms } = await parseDockerfile(
      'ARG V=3.20\r\nFROM alpine:${V} AS base\r\nRUN true\r\nFROM base\r\n'
    )
    expect(froms.map(f => [f.kind, f.line, f.column, f.image, f.stage])).toEqual([
      ['image', 2, 6, 'alpine:3.20', 'base'],
      ['stage', 4, 6, 'base', undefined]
    ])
  })

  it('ignores a BOM for columns on the first line', async () => {
    const { froms } = await parseDockerfile('\uFEFFFROM alpine:3.20\n')
    expect(froms[0]).toMatchObject({ line: 1, column: 6, image: 'alpine:3.20' })
  })

  it('ignores a BOM for positions and directives', async () => {
    const { froms, escapeChar } = await parseDockerfile('\uFEFF# escape=`\nFROM alpine:3.20\n')
    expect(escapeChar).toBe('`')
    expect(froms[0]).toMatchObject({ line: 2, column: 6, image: 'alpine:3.20' })
  })

  it('follows the escape directive for line continuations', async () => {
    const text =
      '# escape=`\nFROM --platform=$BUILDPLATFORM `\n  mcr.microsoft.com/windows/servercore:ltsc2022 `\n  AS win\n'
    const { froms } = await parseDockerfile(text)
    expect(froms).toHaveLength(1)
    expect(froms[0]).toMatchObject({
      line: 3,
      column: 3,
      instructionLine: 2,
      image: 'mcr.microsoft.com/windows/servercore:ltsc2022',
      stage: 'win',
      platform: '$BUILDPLATFORM'
    })
  })

  it('joins an image split by a continuation inside the token', async () => {
    const { froms } = await parseDockerfile('FROM alp\\\nine:3.20\n')
    expect(froms[0]).toMatchObject({ line: 1, column: 6, image: 'alpine:3.20' })
  })

  it('only uses ARGs declared before the first FROM', async () => {
    const { froms } = await parseDockerfile('FROM alpine:3.20\nARG LATE=1\nFROM node:$LATE\n')
    expect(froms[1].unresolved).toEqual({ variable: 'LATE', reason: 'undeclared' })
  })

  it('treats a stage alias as a stage only after it is declared', async () => {
    const { froms } = await parseDockerfile('FROM app\nFROM alpine:3.20 AS app\nFROM app\n')
    expect(froms.map(f => f.kind)).toEqual(['image', 'image', 'stage'])
  })

  it('matches stage aliases case-insensitively in both directions', async () => {
    const { froms } = await parseDockerfile('FROM alpine:3.20 AS Build\nFROM build\nFROM BUILD\n')
    expect(froms.map(f => f.kind)).toEqual(['image', 'stage', 'stage'])
  })

  it('resolves an ARG to a stage name as a stage', async () => {
    const { froms } = await parseDockerfile(
      'ARG FROM_STAGE=build\nFROM golang:1.22 AS build\nFROM ${FROM_STAGE}\n'
    )
    expect(froms[1]).toMatchObject({ kind: 'stage', image: 'build' })
  })

  it('returns no FROMs and no problems for an empty file', async () => {
    expect(await parseDockerfile('')).toMatchObject({ froms: [], problems: [] })
  })
})

describe('readDockerfile', () => {
  it('names a missing file in a ConfigError', async () => {
    await expect(readDockerfile('nope/Dockerfile', fixtures)).rejects.toThrow(ConfigError)
    await expect(readDockerfile('nope/Dockerfile', fixtures)).rejects.toThrow(
      'Dockerfile "nope/Dockerfile": it does not exist'
    )
  })

  it('names a directory in a ConfigError', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-parse-'))
    await expect(readDockerfile('.', dir)).rejects.toThrow(ConfigError)
    await expect(loadDockerfile(dir, fixtures)).rejects.toThrow('it is a directory')
  })
})
