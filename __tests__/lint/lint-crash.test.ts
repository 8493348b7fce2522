// If linting a file hits a bug in imagegate, that file gets an IG200 and the other files are still linted.
import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { LINT_DEFAULTS, testPolicy } from '../helpers/policy.js'

jest.unstable_mockModule('../../src/checks/lint/context.js', () => ({
  buildLintContext: async (input: { file: string }) => {
    if (input.file === 'bad.Dockerfile') throw new Error('internal bug')
    throw new Error('unexpected file')
  }
}))
const { lintCheck } = await import('../../src/checks/lint/lint-check.js')

it('reports the crash on the file it happened in, and lints the rest', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-lint-crash-'))
  writeFileSync(path.join(dir, 'bad.Dockerfile'), 'FROM alpine:3\n')
  writeFileSync(path.join(dir, 'binary.Dockerfile'), Buffer.from([0]))
  const policy = testPolicy({ dockerfile: { failOn: 'error', rules: {}, ...LINT_DEFAULTS } })
  const output = await lintCheck.run({
    policy,
    workingDirectory: dir,
    dockerfiles: ['bad.Dockerfile', 'binary.Dockerfile'],
    images: []
  })
  expect(output.findings.map(f => [f.location?.file, f.rule, f.message])).toEqual([
    [
      'bad.Dockerfile',
      'IG200',
      'bad.Dockerfile was not linted: imagegate failed while linting it (internal bug); please report this'
    ],
    [
      'binary.Dockerfile',
      'IG200',
      'binary.Dockerfile was not linted: it is a binary file (it contains NUL bytes), not a Dockerfile'
    ]
  ])
})
