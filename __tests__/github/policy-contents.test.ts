import { answerContents, type FakeRepository } from '../helpers/fake-contents.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { policyFetcher } from '../../src/github/policy-fetcher.js'

// Synthetic repositories served by a local stand-in for the GitHub contents API.
const V3 = '3'.repeat(40)
const MAIN = 'a'.repeat(40)
const POLICY = 'version: 1\nimages:\n  tags: {forbidLatest: true}\n'
const repositories: Record<string, FakeRepository> = {
  'acme/policies': {
    refs: { v3: V3, main: MAIN },
    commits: {
      [V3]: { 'imagegate.yml': POLICY, 'big.yml': `# ${'x'.repeat(1100 * 1024)}\nversion: 1\n` },
      [MAIN]: {}
    }
  },
  'acme/private-policies': {
    refs: { v1: V3 },
    commits: { [V3]: { 'imagegate.yml': POLICY } },
    privateToken: 'org-token'
  },
  'acme/locked-down': { refs: { v1: V3 }, commits: { [V3]: { 'imagegate.yml': POLICY } }, forbidden: true }
}

describe('reading a base policy through the contents API', () => {
  // Every request is checked against GitHub's OpenAPI description by the stand-in.
  const server = new FakeGitHub({ repositories })
  const fetcherFor = (token = 'run-token') =>
    policyFetcher(token, { GITHUB_API_URL: server.url, GITHUB_SERVER_URL: 'https://ghes.example' })
  beforeAll(() => server.start())
  afterAll(() => server.stop())
  beforeEach(() => {
    server.requests.splice(0)
    server.contentReads.splice(0)
  })
  afterEach(() => expect(server.violations).toEqual([]))

  it('resolves the ref to a commit, then reads the file at that commit as raw text', async () => {
    const file = await fetcherFor().fetch({
      owner: 'acme',
      repo: 'policies',
      path: 'imagegate.yml',
      ref: 'v3'
    })
    expect(file).toEqual({
      text: POLICY,
      commitSha: V3,
      htmlUrl: `https://ghes.example/acme/policies/blob/${V3}/imagegate.yml`
    })
    expect(server.requests.map(r => [r.method, r.path, r.query])).toEqual([
      ['GET', '/repos/acme/policies/commits/v3', {}],
      ['GET', '/repos/acme/policies/contents/imagegate.yml', { ref: V3 }]
    ])
    expect(server.contentReads.map(r => r.accept)).toEqual([
      'application/vnd.github.v3.sha',
      'application/vnd.github.v3.raw'
    ])
  })

  it('decodes base64 JSON when the server ignores the raw media type', async () => {
    const plain = new FakeGitHub({ repositories, ignoreRawMediaType: true })
    await plain.start()
    try {
      const fetcher = policyFetcher('token', { GITHUB_API_URL: plain.url })
      const file = await fetcher.fetch({ owner: 'acme', repo: 'policies', path: 'imagegate.yml', ref: 'v3' })
      expect(file.text).toBe(POLICY)
      expect(file.htmlUrl).toBe(`https://github.com/acme/policies/blob/${V3}/imagegate.yml`)
    } finally {
      await plain.stop()
    }
  })

  it('reads a private repository with the token that can see it, and says what to do without it', async () => {
    const file = { owner: 'acme', repo: 'private-policies', path: 'imagegate.yml', ref: 'v1' }
    await expect(fetcherFor('org-token').fetch(file)).resolves.toMatchObject({ text: POLICY })
    await expect(fetcherFor('run-token').fetch(file)).rejects.toThrow(
      'HTTP 404 resolving v1: acme/private-policies does not exist, or it is private and the token (policy-token) cannot read it'
    )
  })

  it('names a missing ref, a missing file, a refusal and an oversized file', async () => {
    const read = (repo: string, path: string, ref: string) =>
      fetcherFor().fetch({ owner: 'acme', repo, path, ref })
    await expect(read('policies', 'imagegate.yml', 'v9')).rejects.toThrow(
      'HTTP 422: acme/policies has no branch, tag or commit named v9'
    )
    await expect(read('policies', 'imagegate.yml', 'main')).rejects.toThrow(
      `HTTP 404: acme/policies has no file imagegate.yml at main (commit ${MAIN})`
    )
    await expect(read('locked-down', 'imagegate.yml', 'v1')).rejects.toThrow(
      'HTTP 403: access to acme/locked-down denied; give policy-token contents: read on it (or the API rate limit is exhausted)'
    )
    await expect(read('policies', 'big.yml', 'v3')).rejects.toThrow(
      'big.yml is larger than 1048576 bytes; a policy is a few kB'
    )
  })

  it('fails closed when no token is set', () => {
    expect(() => policyFetcher(undefined)).toThrow(/no token is set to read it with/)
  })

  it('the stand-in answers only contents and commit reads', () => {
    const request = {
      method: 'POST',
      template: '/repos/{owner}/{repo}/contents/{path}',
      params: {},
      query: {},
      accept: ''
    }
    expect(answerContents(repositories, request)).toBeUndefined()
  })
})
