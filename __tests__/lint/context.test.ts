// Synthetic Dockerfiles: what the linter hands to rules (stages, RUN scripts and their positions).
import { stubParseShell } from './helpers.js'

const { DockerfileParser } = await import('dockerfile-ast')
const { buildLintContext } = await import('../../src/checks/lint/context.js')

async function contextOf(lines: string[]) {
  const text = lines.join('\n')
  return buildLintContext(
    { file: 'Dockerfile', ast: DockerfileParser.parse(text), lines, trustedRegistries: [] },
    stubParseShell
  )
}

describe('stages', () => {
  it('splits at FROM, keeps the alias lowercased and leaves global ARGs out', async () => {
    const context = await contextOf([
      'ARG V=1',
      'FROM --platform=$BUILDPLATFORM node:20 AS Build',
      'RUN a',
      'FROM build'
    ])
    expect(context.stages.map(s => [s.index, s.image, s.alias, s.instructions.length])).toEqual([
      [0, 'node:20', 'build', 2],
      [1, 'build', undefined, 1]
    ])
  })

  it('treats a fragment without FROM as one stage', async () => {
    const context = await contextOf(['RUN a', 'COPY x /y'])
    expect(context.stages).toHaveLength(1)
    expect(context.stages[0].from).toBeUndefined()
    expect(context.stages[0].instructions).toHaveLength(2)
  })
})

describe('RUN scripts', () => {
  it('joins continuations, drops comment lines inside them and maps offsets back to the file', async () => {
    const context = await contextOf([
      'FROM alpine:3',
      'RUN apk add \\',
      '# why curl',
      '    curl && \\',
      '  echo done'
    ])
    const [run] = context.runs
    expect(run.script).toBe('apk add     curl &&   echo done')
    expect(run.line).toBe(2)
    expect(run.positionAt?.(run.script.indexOf('curl'))).toEqual({ line: 4, column: 5 })
    expect(run.positionAt?.(run.script.indexOf('echo'))).toEqual({ line: 5, column: 3 })
    expect(run.shell?.commands.map(c => c.name)).toEqual(['apk', 'echo'])
  })

  it('honours the escape directive', async () => {
    const context = await contextOf(['# escape=`', 'FROM alpine:3', 'RUN echo a `', '  b'])
    expect(context.escapeChar).toBe('`')
    expect(context.runs[0].script).toBe('echo a   b')
  })

  it('uses the heredoc body as the script of a heredoc-only RUN', async () => {
    const context = await contextOf(['FROM alpine:3', 'RUN <<EOF', 'set -e', 'apt-get update', 'EOF'])
    const [run] = context.runs
    expect(run.script).toBe('set -e\napt-get update')
    expect(run.positionAt?.(run.script.indexOf('apt-get'))).toEqual({ line: 4, column: 1 })
  })

  it('keeps the heredoc in place when a command reads it', async () => {
    const context = await contextOf(['FROM alpine:3', 'RUN python3 <<EOF', 'print(1)', 'EOF'])
    expect(context.runs[0].script).toBe('python3 <<EOF\nprint(1)\nEOF')
  })

  it('leaves flags out of the script', async () => {
    const context = await contextOf([
      'FROM alpine:3',
      'RUN --mount=type=cache,target=/root/.cache pip install x'
    ])
    expect(context.runs[0].script).toBe('pip install x')
  })

  it('marks exec form and does not parse it', async () => {
    const context = await contextOf(['FROM alpine:3', 'RUN ["/bin/echo", "hi"]'])
    expect(context.runs[0]).toMatchObject({ execForm: true, script: '/bin/echo hi', shell: undefined })
  })

  it('includes ONBUILD RUN, flagged as such', async () => {
    const context = await contextOf(['FROM alpine:3', 'ONBUILD RUN make'])
    expect(context.runs.map(r => [r.onbuild, r.script, r.line, r.column])).toEqual([[true, 'make', 2, 9]])
  })

  it('tracks SHELL per stage and inherits it from the stage built on', async () => {
    const context = await contextOf([
      'FROM alpine:3 AS base',
      'RUN a',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN b',
      'FROM base',
      'RUN c',
      'FROM alpine:3',
      'RUN d'
    ])
    expect(context.runs.map(r => r.shellCommand.join(' '))).toEqual([
      '/bin/sh -c',
      '/bin/bash -o pipefail -c',
      '/bin/bash -o pipefail -c',
      '/bin/sh -c'
    ])
  })

  it('survives a shell parser that throws: the RUN gets a parse error instead', async () => {
    const text = 'FROM alpine:3\nRUN x'
    const context = await buildLintContext(
      {
        file: 'Dockerfile',
        ast: DockerfileParser.parse(text),
        lines: text.split('\n'),
        trustedRegistries: []
      },
      async () => {
        throw new Error('parser bug')
      }
    )
    expect(context.runs[0].shell).toEqual({ commands: [], parseError: 'parser bug' })
  })
})
