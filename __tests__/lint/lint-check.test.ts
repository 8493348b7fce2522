// The lint check as the gate runs it, on synthetic fixtures (__tests__/fixtures/lint) and temp files.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { testPolicy, LINT_DEFAULTS } from '../helpers/policy.js'
import './helpers.js'
import type { Policy } from '../../src/policy/types.js'

const { lintCheck } = await import('../../src/checks/lint/lint-check.js')
const { createChecks } = await import('../../src/checks/all-checks.js')

const REPO = path.resolve('__tests__/fixtures/lint/repo')

/** ShellCheck is off unless a test turns it on: lint-shellcheck.test.ts covers it with a stand-in. */
function contextFor(
  dockerfile: Partial<Policy['dockerfile']>,
  dockerfiles = ['Dockerfile'],
  workingDirectory = REPO
) {
  const policy = testPolicy({
    dockerfile: { failOn: 'error', rules: {}, ...LINT_DEFAULTS, shellcheck: false, ...dockerfile }
  })
  return { policy, workingDirectory, dockerfiles, images: [] }
}

const summary = (findings: Array<{ rule: string; severity: string; location?: { line?: number } }>) =>
  findings.map(f => `${f.rule}:${f.location?.line}:${f.severity}`)

describe('lint check', () => {
  it('is the registered lint check, required when there are Dockerfiles and failOn is not none', () => {
    expect(createChecks().find(c => c.id === 'lint')?.title).toBe(lintCheck.title)
    expect(lintCheck.isRequired(contextFor({}))).toBe(true)
    expect(lintCheck.isRequired(contextFor({ failOn: 'none' }))).toBe(false)
    expect(lintCheck.isRequired(contextFor({}, []))).toBe(false)
  })

  it('skips when there is nothing to lint', async () => {
    expect(await lintCheck.run(contextFor({}, []))).toEqual({
      findings: [],
      skippedReason: 'no Dockerfiles to lint'
    })
  })

  it('lints a Dockerfile: findings on their lines, pragma-ignored ones counted in the notes', async () => {
    const output = await lintCheck.run(contextFor({}))
    expect(summary(output.findings)).toEqual(['IG204:9:medium', 'DL3007:9:medium', 'IG206:11:medium'])
    expect(output.findings[0].location?.file).toBe('Dockerfile')
    expect(output.notes).toContain('1 finding ignored by inline pragmas (# hadolint/imagegate ignore=…)')
  })

  it('reads .hadolint.yaml only when the policy says so; the policy wins where both name a rule', async () => {
    const output = await lintCheck.run(contextFor({ hadolintConfig: true, rules: { IG204: 'off' } }))
    expect(summary(output.findings)).toEqual(['IG206:11:high'])
    expect(output.notes).toContain('Read .hadolint.yaml')
  })

  it('applies policy levels and trusted registries', async () => {
    const output = await lintCheck.run(
      contextFor({ rules: { dl3007: 'error', IG206: 'off' }, trustedRegistries: ['ghcr.io'] })
    )
    expect(summary(output.findings)).toEqual([
      'DL3026:2:high',
      'IG204:9:medium',
      'DL3007:9:high',
      'DL3026:9:high'
    ])
  })

  it('counts the rules that run and names rule ids it does not know', async () => {
    const output = await lintCheck.run(
      contextFor({ rules: { DL3006: 'off', DL3999: 'error', SC2086: 'off' } })
    )
    const total = (await import('../../src/checks/lint/rules/index.js')).LINT_RULES.length
    // DL1001 and DL3057 are off by default, DL3006 is turned off here.
    expect(output.notes).toContain(`Linted 1 Dockerfile with ${total - 3} rules`)
    expect(output.notes).toContain(
      'dockerfile.rules names DL3999, which imagegate does not have; check the id'
    )
  })

  it('does not run ShellCheck when the policy turns it off', async () => {
    const output = await lintCheck.run(contextFor({ shellcheck: false }))
    expect(output.notes?.some(note => note.includes('ShellCheck'))).toBe(false)
  })

  it('one bad file never stops the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-lint-'))
    writeFileSync(path.join(dir, 'binary.Dockerfile'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    writeFileSync(path.join(dir, 'empty.Dockerfile'), '')
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3\nUSER 10001\nWORKDIR app\n')
    const output = await lintCheck.run(
      contextFor({}, ['binary.Dockerfile', 'empty.Dockerfile', 'missing.Dockerfile', 'Dockerfile'], dir)
    )
    expect(output.findings.map(f => [f.location?.file, f.rule])).toEqual([
      ['binary.Dockerfile', 'IG200'],
      ['missing.Dockerfile', 'IG200'],
      ['Dockerfile', 'DL3000']
    ])
    expect(output.findings[1].message).toBe('missing.Dockerfile was not linted: it does not exist')
    expect(output.notes).toContain('empty.Dockerfile is empty; nothing to lint')
  })

  it('a broken .hadolint.yaml that the policy asks for is a configuration error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-lint-'))
    writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: DL3008\n')
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3\n')
    await expect(lintCheck.run(contextFor({ hadolintConfig: true }, ['Dockerfile'], dir))).rejects.toThrow(
      '.hadolint.yaml: ignored: must be a list of strings'
    )
  })
})
