// The parser never throwing is not something to rely on: if it does, the file becomes a finding.
import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

jest.unstable_mockModule('dockerfile-ast', () => ({
  DockerfileParser: {
    parse: () => {
      throw new Error('unexpected token')
    }
  }
}))
const { parseDockerfile } = await import('../../src/dockerfile/parse.js')
const { pinningCheck } = await import('../../src/checks/pinning/pinning-check.js')

it('turns a parser exception into a problem on line 1', async () => {
  expect(await parseDockerfile('FROM alpine\n')).toEqual({
    escapeChar: '\\',
    globalArgs: new Map(),
    froms: [],
    problems: [{ line: 1, message: 'could not be parsed: unexpected token' }]
  })
})

it('reports it as IG107 with the file and line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-parse-failure-'))
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine\n')
  const images = { failOn: 'high', tags: { forbidLatest: true, forbidUntagged: true, requireDigest: true } }
  const policy = { images: { ...images, registries: { allow: [] } } } as never
  const output = await pinningCheck.run({
    policy,
    workingDirectory: dir,
    dockerfiles: ['Dockerfile'],
    images: []
  })
  expect(output.findings).toEqual([
    {
      check: 'pinning',
      rule: 'IG107',
      severity: 'high',
      message: 'Dockerfile could not be parsed: unexpected token',
      location: { file: 'Dockerfile', line: 1 },
      helpUri: 'https://github.com/imagegate/imagegate#ig107'
    }
  ])
})
