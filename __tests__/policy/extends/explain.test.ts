import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../../src/cli/main.js'
import { renderExplain } from '../../../src/policy/explain.js'
import { loadBuiltinPolicy, loadPolicy } from '../../../src/policy/load.js'
import { expectGolden } from '../../report/golden.js'
import { memoryFetcher, NOW } from './helpers.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/policy-extends/', import.meta.url))
const ORG = 'acme/security-policies/imagegate.yml@v3'
const fetcher = () => memoryFetcher({ [ORG]: readFileSync(path.join(FIXTURES, 'org-base.yml'), 'utf8') })

describe('policy explain', () => {
  it('prints the effective policy with the file:line and lock of every value (golden)', async () => {
    const loaded = await loadPolicy(undefined, path.join(FIXTURES, 'repo'), { github: fetcher, now: NOW })
    expectGolden('policy-explain.txt', renderExplain(loaded))
  })

  it('names the built-in default and its line for every value of the built-in policy', () => {
    const text = renderExplain(loadBuiltinPolicy())
    expect(text).toContain('#   1. built-in default\n')
    expect(text).toMatch(/^ {2}failOn: critical +# built-in default:\d+$/m)
  })

  it('is a CLI command that reads the discovered policy; a base it cannot read exits 2, naming it', async () => {
    let stdout = ''
    let stderr = ''
    const io = {
      cwd: path.join(FIXTURES, 'repo'),
      color: false,
      stdout: (t: string) => void (stdout += t),
      stderr: (t: string) => void (stderr += t)
    }
    const saved = { ...process.env }
    // No token and no network: the org base cannot be read, and nothing falls back to the team policy alone.
    delete process.env.IMAGEGATE_POLICY_TOKEN
    delete process.env.GITHUB_TOKEN
    try {
      expect(await runCli(['policy', 'explain'], io)).toBe(2)
    } finally {
      process.env = saved
    }
    expect(stdout).toBe('')
    expect(stderr).toContain(
      `error: .github/team.yml:3:10: extends: cannot read the base policy ${ORG}: no token is set to read it with`
    )
  })
})
