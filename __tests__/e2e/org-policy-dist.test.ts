// The bundled action under Node 24, as the runner runs it, with a repository policy that extends an
// org base read through a local stand-in for the GitHub contents API (GITHUB_API_URL points at it).
// All policies and the Dockerfile here are synthetic.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { FakeGitHub } from '../helpers/fake-github.js'
import { runnerEnvironment } from '../helpers/runner-env.js'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'

const node24 = nodeBinaries().find(b => /v24\./.test(b.label))
const ORG = 'acme/security-policies/imagegate.yml@v3'
const SHA = '7'.repeat(40)
const ORG_BASE = `# synthetic org base
version: 1
locked: [images.tags.forbidLatest, vulnerabilities.failOn]
vulnerabilities:
  scanners: []
  failOn: high
images:
  tags:
    forbidLatest: true
`
const DOCKERFILE = 'FROM alpine:latest\nRUN echo synthetic\n'

async function runAction(
  apiUrl: string,
  policy: string
): Promise<{ status: number | null; log: string; report?: unknown }> {
  const runner = runnerEnvironment(
    {
      'github-token': 'ghs_synthetic_run_token',
      dockerfiles: 'Dockerfile',
      'cache-db': 'false',
      comment: 'never'
    },
    { '.github/imagegate.yml': policy, Dockerfile: DOCKERFILE },
    { GITHUB_API_URL: apiUrl, GITHUB_SERVER_URL: 'https://github.com' }
  )
  // Asynchronously: the stand-in API answers from this process, so it must keep running meanwhile.
  const child = await new Promise<{ status: number | null; stdout: string; stderr: string }>(resolve => {
    execFile(
      node24!.path,
      [path.join(repoRoot, 'dist', 'index.js')],
      { cwd: runner.workspace, env: runner.env, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
    )
  })
  const reportPath = /^report-json<<(.+)\n(.*)\n\1$/m.exec(runner.outputText())?.[2]
  return {
    status: child.status,
    log: child.stdout + child.stderr,
    report: reportPath ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined
  }
}

;(node24 ? describe : describe.skip)('dist/index.js with an org base policy (Node 24)', () => {
  // Checks every request against GitHub's OpenAPI description.
  const api = new FakeGitHub({
    repositories: {
      'acme/security-policies': {
        refs: { v3: SHA },
        commits: { [SHA]: { 'imagegate.yml': ORG_BASE, 'broken.yml': 'version: 1\nmode: loud\n' } }
      }
    }
  })
  beforeAll(() => api.start())
  afterAll(() => api.stop())
  afterEach(() => expect(api.violations).toEqual([]))

  it('fails a Dockerfile on latest because the org base forbids it, and logs where each value comes from', async () => {
    const run = await runAction(api.url, `version: 1\nextends: ${ORG}\nvulnerabilities:\n  failOn: medium\n`)
    expect(run.status).toBe(1)
    expect(run.log).toMatch(/^::error title=imagegate IG101\b[^,]*,file=Dockerfile,line=1,/m)
    expect(run.log).toContain('::group::Effective policy and where each value comes from')
    expect(run.log).toContain(
      `#   1. ${ORG} (commit ${SHA}, https://github.com/acme/security-policies/blob/${SHA}/imagegate.yml)`
    )
    expect(run.log).toMatch(
      new RegExp(`^ {4}forbidLatest: true +# ${ORG.replace(/[.@/]/g, '\\$&')}:9 \\(locked by .*:3\\)$`, 'm')
    )
    // Masked (the runner then hides it), and never printed anywhere else.
    expect(run.log.replace('::add-mask::ghs_synthetic_run_token\n', '')).not.toContain(
      'ghs_synthetic_run_token'
    )
    const report = run.report as { policy: { documents: unknown[]; sources: Record<string, unknown> } }
    expect(report.policy.documents).toEqual([
      {
        name: ORG,
        detail: `commit ${SHA}, https://github.com/acme/security-policies/blob/${SHA}/imagegate.yml`
      },
      { name: '.github/imagegate.yml' }
    ])
    expect(report.policy.sources['vulnerabilities.failOn']).toEqual({
      file: '.github/imagegate.yml',
      line: 4,
      lockedBy: `${ORG}:3`
    })
    expect(report.policy.sources['images.tags.forbidLatest']).toEqual({
      file: ORG,
      line: 9,
      lockedBy: `${ORG}:3`
    })
  })

  it('refuses a repository policy that loosens a locked field: a configuration error naming both files', async () => {
    const run = await runAction(
      api.url,
      `version: 1\nextends: ${ORG}\nimages:\n  tags:\n    forbidLatest: false\n`
    )
    expect(run.status).toBe(2)
    expect(run.log).toMatch(
      new RegExp(
        '^::error title=imagegate configuration error,file=.github/imagegate.yml,line=5,col=19::' +
          `.github/imagegate.yml:5:19: images.tags.forbidLatest: false is looser than true set at ${ORG}:9, and ${ORG}:3 locks`.replace(
            /[.@/]/g,
            '\\$&'
          ),
        'm'
      )
    )
  })

  it('fails closed when the base does not exist (404): exit 2, naming the base and why', async () => {
    const missing = 'acme/security-policies/missing.yml@v3'
    const run = await runAction(api.url, `version: 1\nextends: ${missing}\n`)
    expect(run.status).toBe(2)
    expect(run.log).toContain(
      `.github/imagegate.yml:2:10: extends: cannot read the base policy ${missing}: HTTP 404: acme/security-policies has no file missing.yml at v3 (commit ${SHA})`
    )
    expect(run.log).not.toMatch(/::error title=imagegate IG101/)
  })

  it('a mistake inside the remote base is named in full and not annotated as a workspace file', async () => {
    const run = await runAction(api.url, 'version: 1\nextends: acme/security-policies/broken.yml@v3\n')
    expect(run.status).toBe(2)
    expect(run.log).toContain(
      '::error title=imagegate configuration error::acme/security-policies/broken.yml@v3:2:7: mode: must be one of enforce, warn (got "loud")'
    )
  })
})
