// The sticky pull request comment against a local stand-in for the GitHub API that checks every request
// against GitHub's OpenAPI description. Event payloads are GitHub's own examples (@octokit/webhooks-examples).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { publishPullRequestComments } from '../../src/action/pr-comment.js'
import { COMMENT_MAX_CHARS } from '../../src/report/markdown.js'
import type { GateResult } from '../../src/model/result.js'
import type { CommentPolicy } from '../../src/policy/types.js'
import { FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js'
import { manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as Array<{
  name: string
  examples: Array<Record<string, unknown>>
}>
const example = (name: string, action?: string): Record<string, unknown> => {
  const found = examples
    .find(w => w.name === name)
    ?.examples.find(e => action === undefined || e.action === action)
  if (!found) throw new Error(`no ${name} example`)
  return found
}
const prEvent = example('pull_request', 'opened') as { number: number; pull_request: { number: number } }
const PR = prEvent.pull_request.number

let github: FakeGitHub
const servers: FakeGitHub[] = []
async function fake(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  github = new FakeGitHub(options)
  servers.push(github)
  await github.start()
  return github
}
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop()
  expect(github.violations).toEqual([])
})

function envFor(eventName: string, payload: unknown, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-event-'))
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'gate',
    GITHUB_RUN_ID: '42',
    ...extra
  }
}

interface Logged {
  info: string[]
  warning: string[]
}
async function post(
  result: GateResult,
  options: { policy?: CommentPolicy; env?: NodeJS.ProcessEnv; key?: string } = {}
): Promise<Logged> {
  const logged: Logged = { info: [], warning: [] }
  await publishPullRequestComments(result, {
    policy: options.policy ?? 'always',
    commentKey: options.key,
    token: 'ghs_faketoken',
    pathPrefix: '',
    env: options.env ?? envFor('pull_request', prEvent),
    now: new Date('2026-12-04T00:00:00Z'),
    retryAfterBaseMs: 1,
    logger: {
      group: async (_t, fn) => fn(),
      info: m => void logged.info.push(m),
      warning: m => void logged.warning.push(m),
      debug: () => {}
    }
  })
  return logged
}

const oneImage = (): GateResult => ({ ...sampleResult(), images: ['ghcr.io/acme/api:1.4.2'] })
const passing = (): GateResult => ({
  ...oneImage(),
  verdict: 'pass',
  reasons: ['No finding reaches a failure threshold'],
  findings: [],
  blockingCount: 0
})
const ours = (): string[] =>
  (github.comments.get(PR) ?? []).filter(c => c.user.login === 'github-actions[bot]').map(c => c.body)
const writes = (): string[] =>
  github.requests.filter(r => r.method !== 'GET' && r.path !== '/graphql').map(r => r.method)

it('creates one comment on the first run and updates the same one on the second', async () => {
  await fake()
  await post(oneImage())
  expect(ours()).toHaveLength(1)
  expect(ours()[0]).toMatch(/^<!-- imagegate:CI%2Fgate%2Fghcr\.io%2Facme%2Fapi%3A1\.4\.2 -->\n/)
  expect(ours()[0]).toContain('❌ imagegate: fail')
  await post(passing())
  expect(ours()).toHaveLength(1)
  expect(ours()[0]).toContain('✅ imagegate: pass')
  expect(writes()).toEqual(['POST', 'PATCH'])
})

it('finds its comment among 150 by others on later pages, and touches none of theirs', async () => {
  await fake()
  github.seed(PR, 75)
  await post(oneImage())
  github.seed(
    PR,
    75,
    'someone-else[bot]',
    i => `<!-- imagegate:CI%2Fgate%2Fghcr.io%2Facme%2Fapi%3A1.4.2 -->\nspoof ${i}`
  )
  const before = (github.comments.get(PR) ?? []).filter(c => !c.user.login.startsWith('github-actions'))
  await post(passing())
  expect(ours()).toHaveLength(1)
  expect(ours()[0]).toContain('imagegate: pass')
  const after = (github.comments.get(PR) ?? []).filter(c => !c.user.login.startsWith('github-actions'))
  expect(after).toEqual(before)
  expect(github.requests.filter(r => r.method === 'GET').map(r => r.query.page ?? '1')).toContain('2')
  expect(writes()).toEqual(['POST', 'PATCH'])
})

it('writes one comment per image, and one per comment-key', async () => {
  await fake()
  await post(sampleResult())
  expect(ours()).toHaveLength(2)
  await post(oneImage(), { key: 'services/api' })
  expect(ours()).toHaveLength(3)
  expect(ours()[2]).toMatch(/^<!-- imagegate:services%2Fapi%2Fghcr/)
})

it('removes the later duplicate a concurrent run of the same key created, keeping the oldest', async () => {
  await fake()
  await post(oneImage())
  const [first] = github.comments.get(PR) ?? []
  github.add(PR, `${first.body.split('\n')[0]}\nfrom a concurrent run`, 'github-actions[bot]')
  await post(passing())
  expect(github.comments.get(PR)?.map(c => c.id)).toEqual([first.id])
  expect(ours()[0]).toContain('imagegate: pass')
})

it('on-failure: creates nothing for a green PR but updates the comment of one that turned green', async () => {
  await fake()
  await post(passing(), { policy: 'on-failure' })
  expect(ours()).toHaveLength(0)
  await post(oneImage(), { policy: 'on-failure' })
  await post(passing(), { policy: 'on-failure' })
  expect(ours()).toHaveLength(1)
  expect(ours()[0]).toContain('✅ imagegate: pass')
  expect(ours()[0]).toContain('No blocking findings.')
})

it('update-only never creates, never and non-PR events never call the API', async () => {
  await fake()
  await post(oneImage(), { policy: 'update-only' })
  await post(oneImage(), { policy: 'never' })
  for (const name of ['push', 'merge_group', 'workflow_dispatch', 'schedule']) {
    const logged = await post(oneImage(), { env: envFor(name, name === 'schedule' ? {} : example(name)) })
    expect(logged.info.join('\n')).toContain(`none for a ${name} event`)
  }
  expect(writes()).toEqual([])
  expect(github.requests.filter(r => r.path !== '/graphql')).toHaveLength(1) // update-only's one lookup
})

it('comments on pull_request_target as on pull_request', async () => {
  await fake()
  const target = example('pull_request', 'synchronize')
  await post(oneImage(), { env: envFor('pull_request_target', target) })
  const number = (target.pull_request as { number: number }).number
  expect(github.comments.get(number)).toHaveLength(1)
})

it('warns naming the permission on 403 (fork token) and 404, and never throws', async () => {
  for (const status of [403, 404]) {
    await fake({ failWritesWith: status })
    const logged = await post(oneImage())
    expect(logged.warning).toHaveLength(1)
    expect(logged.warning[0]).toContain(`HTTP ${status}`)
    expect(logged.warning[0]).toContain('pull-requests: write')
    expect(logged.warning[0]).toContain('The verdict is unchanged')
  }
})

it('retries 502s with backoff, then succeeds; gives up with the same warning when they persist', async () => {
  await fake({ failNext: 2 })
  const ok = await post(oneImage())
  expect(ok.warning).toEqual([])
  expect(ours()).toHaveLength(1)
  await fake({ failNext: 100 })
  const failed = await post(oneImage())
  expect(failed.warning[0]).toMatch(/HTTP 502 after retries.*pull-requests: write/)
})

it("keeps a 5,000-finding result to one comment under GitHub's limit, most severe first", async () => {
  await fake()
  await post(manyFindingsResult(5000))
  expect(ours()).toHaveLength(1)
  const body = ours()[0]
  expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
  expect(body).toMatch(
    /more findings? not shown here; see \[the run's summary\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/42\)/
  )
})

it('links lint findings to their lines at the PR head, and renders injection strings inert', async () => {
  await fake()
  const result = oneImage()
  const evil = '<img src=x onerror=alert(1)> @org/team ](javascript:alert(1)) \r\n::set-output name=x::y'
  result.findings = [
    { ...result.findings[0], message: evil, package: { name: evil, version: '1', fixedVersion: '2' } },
    {
      check: 'lint',
      rule: 'DL3008',
      severity: 'high',
      message: evil,
      location: { file: 'docker/Dockerfile', line: 7 },
      blocking: true
    }
  ]
  await post(result)
  const body = ours()[0]
  const head = (prEvent.pull_request as unknown as { head: { sha: string } }).head.sha
  expect(body).toContain(`(https://github.com/Codertocat/Hello-World/blob/${head}/docker/Dockerfile#L7)`)
  // Code spans and fenced blocks show text literally (no HTML, links or mentions); outside them, nothing.
  const prose = body.replace(/^(`{3,})yaml\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[\s\S]*?\1/g, '')
  expect(body).toContain('<img') // inside code, so the check below is not vacuous
  expect(prose).not.toMatch(/<img/i)
  expect(prose).not.toContain('@org/team')
  expect(prose).not.toMatch(/(?<!\\)\](?:\()?javascript:/i) // an escaped `\]` ends no link text
  expect(body).not.toMatch(/^\s*::set-output/m)
  expect(body).not.toContain('\r')
  expect(body).toContain('expires: 2027-01-03')
  expect(body).toContain('reason: "TODO')
})
