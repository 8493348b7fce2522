import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ConfigError } from '../../../src/errors.js'
import { createUrlFetcher } from '../../../src/policy/extends/url-fetch.js'
import { problemsOfAsync } from '../helpers.js'
import { loadWith, memoryFetcher, NOW, workspace } from './helpers.js'
import { loadPolicyFile } from '../../../src/policy/load.js'
import * as path from 'node:path'

// Synthetic policies only.
const ORG = 'acme/policies/base.yml@v1'
const REPO = '.github/imagegate.yml'

describe('defaults are applied after merging', () => {
  it("keeps the base's values where the repository says nothing, and fills defaults for the rest", async () => {
    const loaded = await loadWith(
      { [REPO]: `version: 1\nextends: ${ORG}\nmode: warn\n` },
      { [ORG]: 'version: 1\nvulnerabilities:\n  failOn: high\n  scanners: [trivy]\n' }
    )
    expect(loaded.policy.mode).toBe('warn')
    expect(loaded.policy.vulnerabilities.failOn).toBe('high')
    expect(loaded.policy.vulnerabilities.scanners).toEqual(['trivy'])
    expect(loaded.policy.vulnerabilities.secretsFailOn).toBe('high')
    expect(loaded.provenance?.sources['vulnerabilities.failOn']).toEqual({ file: ORG, line: 3 })
    expect(loaded.provenance?.sources['vulnerabilities.secretsFailOn']).toEqual({ file: 'default' })
    expect(loaded.provenance?.documents).toEqual([
      {
        name: ORG,
        detail: `commit ${'c'.repeat(40)}, https://github.com/acme/policies/blob/${'c'.repeat(40)}/base.yml`
      },
      { name: REPO }
    ])
  })
})

describe('locks', () => {
  it('a lock on a field the base leaves at its default holds the default', async () => {
    const problems = await problemsOfAsync(() =>
      loadWith(
        { [REPO]: `version: 1\nextends: [${ORG}]\nvulnerabilities:\n  failOn: none\n` },
        { [ORG]: 'version: 1\nlocked: [vulnerabilities.failOn]\n' }
      )
    )
    expect(problems).toEqual([
      `${REPO}:4:11: vulnerabilities.failOn: "none" is looser than "critical" (the default), and ${ORG}:2 locks ` +
        '`vulnerabilities.failOn`; only a stricter value may be set here (stricter: a lower severity (`info` strictest, `none` loosest))'
    ])
  })

  it('a locked section holds every field in it; `all` holds everything; every violation is listed', async () => {
    const repoText = `version: 1\nextends: ${ORG}\nimages:\n  tags: {forbidLatest: false, requireDigest: true}\nmode: warn\n`
    const section = await problemsOfAsync(() =>
      loadWith({ [REPO]: repoText }, { [ORG]: 'version: 1\nlocked: [images.tags]\n' })
    )
    expect(section).toHaveLength(1)
    expect(section[0]).toMatch(
      /^\.github\/imagegate\.yml:4:24: images\.tags\.forbidLatest: false is looser .* locks `images\.tags`/
    )
    const all = await problemsOfAsync(() =>
      loadWith({ [REPO]: repoText }, { [ORG]: 'version: 1\nlocked: all\n' })
    )
    expect(all.map(p => p.split(': ')[1])).toEqual(['images.tags.forbidLatest', 'mode'])
  })

  it('a locked path that names no field is an error at its line, with a suggestion', async () => {
    const problems = await problemsOfAsync(() =>
      loadWith(
        { [REPO]: `version: 1\nextends: ${ORG}\n` },
        { [ORG]: 'version: 1\nlocked:\n  - images.tags.forbidLatst\n' }
      )
    )
    expect(problems).toEqual([
      `${ORG}:3:5: locked: \`images.tags.forbidLatst\` names no policy field; did you mean \`images.tags.forbidLatest\`?`
    ])
  })

  it('locks accumulate up the chain: a middle policy cannot unlock what its base locked', async () => {
    const problems = await problemsOfAsync(() =>
      loadWith(
        {
          [REPO]: 'version: 1\nextends: team.yml\nimages: {failOn: none}\n',
          '.github/team.yml': `version: 1\nextends: ${ORG}\nlocked: []\n`
        },
        { [ORG]: 'version: 1\nlocked: [images.failOn]\n' }
      )
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(`${ORG}:2 locks \`images.failOn\``)
  })
})

describe('exceptions above a base', () => {
  const withException = (expires?: string) =>
    `version: 1\nextends: ${ORG}\nexceptions:\n  - id: CVE-2026-1\n    reason: not reachable\n` +
    (expires ? `    expires: ${expires}\n` : '')

  it('are merged after the base exceptions, each keeping its own place', async () => {
    const loaded = await loadWith(
      { [REPO]: withException('2026-12-20') },
      { [ORG]: 'version: 1\nexceptions:\n  - {id: CVE-2026-9, reason: org-wide, expires: 2027-01-01}\n' }
    )
    expect(loaded.policy.exceptions.map(e => [e.id, e.position])).toEqual([
      ['CVE-2026-9', undefined],
      ['CVE-2026-1', { file: REPO, line: 4 }]
    ])
    expect(loaded.provenance?.sources['exceptions[0]']).toEqual({ file: ORG, line: 3 })
  })

  it('need an expiry', async () => {
    expect(
      await problemsOfAsync(() => loadWith({ [REPO]: withException() }, { [ORG]: 'version: 1\n' }))
    ).toEqual([
      `${REPO}:4:5: exceptions (CVE-2026-1): an exception in a policy that extends a base needs \`expires: YYYY-MM-DD\``
    ])
  })

  it('cannot outlast maxExceptionDays of the base', async () => {
    const base = { [ORG]: 'version: 1\nmaxExceptionDays: 30\n' }
    // NOW is 2026-12-04: the 30-day cap ends on 2027-01-03.
    await expect(loadWith({ [REPO]: withException('2027-01-03') }, base)).resolves.toBeDefined()
    expect(await problemsOfAsync(() => loadWith({ [REPO]: withException('2027-01-04') }, base))).toEqual([
      `${REPO}:4:5: exceptions (CVE-2026-1): expires 2027-01-04, later than 2027-01-03: ${ORG}:2 caps exceptions at 30 days (maxExceptionDays)`
    ])
  })

  it('are refused where the base locks exceptions', async () => {
    const problems = await problemsOfAsync(() =>
      loadWith({ [REPO]: withException('2026-12-10') }, { [ORG]: 'version: 1\nlocked: [exceptions]\n' })
    )
    expect(problems[0]).toContain(
      `${ORG}:2 locks \`exceptions\`, so a policy extending ${ORG} cannot add exceptions`
    )
  })
})

describe('extends chains', () => {
  it('merges three levels: repository → workspace team policy → org base → a file next to it at the same commit', async () => {
    const fetcher = memoryFetcher({
      [ORG]:
        'version: 1\nextends: common.yml\nlocked: [images.tags.forbidLatest]\nvulnerabilities: {failOn: high}\n',
      [`acme/policies/common.yml@${'c'.repeat(40)}`]: 'version: 1\nimages:\n  tags: {requireDigest: true}\n'
    })
    const { dir, cleanup } = workspace({
      [REPO]: 'version: 1\nextends: ../policies/team.yml\nvulnerabilities: {failOn: medium}\n',
      'policies/team.yml': `version: 1\nextends:\n  - ${ORG}\nmode: warn\n`
    })
    try {
      const loaded = await loadPolicyFile(path.join(dir, REPO), REPO, {
        workingDirectory: dir,
        github: () => fetcher,
        now: NOW
      })
      expect(loaded.provenance?.documents.map(d => d.name)).toEqual([
        'acme/policies/common.yml@' + 'c'.repeat(40),
        ORG,
        'policies/team.yml',
        REPO
      ])
      expect(loaded.policy.images.tags).toEqual({
        forbidLatest: true,
        forbidUntagged: true,
        requireDigest: true
      })
      expect(loaded.policy.mode).toBe('warn')
      expect(loaded.policy.vulnerabilities.failOn).toBe('medium')
      expect(loaded.provenance?.sources['images.tags.requireDigest'].file).toBe(
        'acme/policies/common.yml@' + 'c'.repeat(40)
      )
      expect(loaded.provenance?.sources['images.tags.forbidLatest']).toEqual({
        file: 'default',
        lockedBy: `${ORG}:3`
      })
    } finally {
      cleanup()
    }
  })

  it('reports a cycle with the whole loop', async () => {
    const problems = await problemsOfAsync(() =>
      loadWith({
        [REPO]: 'version: 1\nextends: a.yml\n',
        '.github/a.yml': 'version: 1\nextends: b.yml\n',
        '.github/b.yml': 'version: 1\nextends: imagegate.yml\n'
      })
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^\.github\/b\.yml:2:10: extends: extends cycle: \S+\/\.github\/imagegate\.yml → \S+\/\.github\/a\.yml → \S+\/\.github\/b\.yml → \S+\/\.github\/imagegate\.yml$/
    )
  })

  it('stops a chain deeper than the limit', async () => {
    const files: Record<string, string> = { [REPO]: 'version: 1\nextends: l1.yml\n' }
    for (let i = 1; i <= 6; i++) files[`.github/l${i}.yml`] = `version: 1\nextends: l${i + 1}.yml\n`
    files['.github/l7.yml'] = 'version: 1\n'
    expect(await problemsOfAsync(() => loadWith(files))).toEqual([
      '.github/l5.yml:2:10: extends: more than 5 levels of extends; flatten the chain'
    ])
  })

  it('fetches a base that two documents extend once per run', async () => {
    const fetcher = memoryFetcher({ [ORG]: 'version: 1\n' })
    const { dir, cleanup } = workspace({
      [REPO]: 'version: 1\nextends: [a.yml, b.yml]\n',
      '.github/a.yml': `version: 1\nextends: ${ORG}\n`,
      '.github/b.yml': `version: 1\nextends: ${ORG}\n`
    })
    try {
      await loadPolicyFile(path.join(dir, REPO), REPO, {
        workingDirectory: dir,
        github: () => fetcher,
        now: NOW
      })
      expect(fetcher.calls).toEqual([ORG])
    } finally {
      cleanup()
    }
  })

  it('keeps relative bases inside the working directory', async () => {
    expect(
      await problemsOfAsync(() => loadWith({ [REPO]: 'version: 1\nextends: ../../elsewhere.yml\n' }))
    ).toEqual([`${REPO}:2:10: extends: the path leaves the working directory (got "../../elsewhere.yml")`])
  })
})

describe('a base that cannot be read fails the load, naming it and why', () => {
  it('a missing remote file', async () => {
    expect(await problemsOfAsync(() => loadWith({ [REPO]: `version: 1\nextends: ${ORG}\n` }))).toEqual([
      `${REPO}:2:10: extends: cannot read the base policy ${ORG}: HTTP 404: acme/policies has no file base.yml at v1`
    ])
  })

  it('a remote base with a mistake is named in full at its own line, and never annotated', async () => {
    let error: unknown
    await loadWith({ [REPO]: `version: 1\nextends: ${ORG}\n` }, { [ORG]: 'version: 1\nmode: loud\n' }).catch(
      e => (error = e)
    )
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems).toEqual([
      {
        message: 'must be one of enforce, warn (got "loud")',
        position: { file: ORG, line: 2, column: 7, field: 'mode', external: true }
      }
    ])
  })

  it('a remote base may not name files, which the gated repository would supply', async () => {
    const problems = await problemsOfAsync(() =>
      loadWith(
        { [REPO]: `version: 1\nextends: ${ORG}\n` },
        {
          [ORG]:
            'version: 1\nsignatures:\n  required: true\n  authorities:\n    - key: {path: keys/org.pub}\n'
        }
      )
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^acme\/policies\/base\.yml@v1:5:19: signatures\.authorities\.0\.key\.path: a base policy from another repository or a URL cannot name a file/
    )
  })

  it('an entry that is neither a path nor OWNER/REPO/PATH@REF nor a pinned https URL', async () => {
    const problems = await problemsOfAsync(() =>
      loadWith({
        [REPO]:
          'version: 1\nextends:\n  - http://example.com/p.yml\n  - https://example.com/p.yml\n  - acme@v1\n'
      })
    )
    expect(problems).toEqual([
      `${REPO}:3:5: extends: a base policy URL must use https:// (got "http://example.com/p.yml")`,
      `${REPO}:4:5: extends: pin the URL to its content: append #sha256=<64 lowercase hex digits> (sha256sum FILE) (got "https://example.com/p.yml")`,
      `${REPO}:5:5: extends: not OWNER/REPO/PATH@REF (e.g. acme/security-policies/imagegate.yml@v3), nor a path in this repository (got "acme@v1")`
    ])
  })
})

describe('the shape of extends and locked', () => {
  it('says what an entry may be, once, at the entry', async () => {
    expect(await problemsOfAsync(() => loadWith({ [REPO]: 'version: 1\nextends: 5\n' }))).toEqual([
      `${REPO}:2:10: extends: must be a string or a list (got 5)`
    ])
    expect(
      await problemsOfAsync(() =>
        loadWith({ [REPO]: 'version: 1\nextends:\n  - 5\n  - {url: https://example.com/p.yml}\n' })
      )
    ).toEqual([
      `${REPO}:3:5: extends[0]: must be a string or a mapping of keys to values (got 5)`,
      `${REPO}:4:5: extends[1]: missing required key \`sha256\``
    ])
    expect(await problemsOfAsync(() => loadWith({ [REPO]: 'version: 1\nlocked: everything\n' }))).toEqual([
      `${REPO}:2:9: locked: must be a list or "all" (got "everything")`
    ])
  })
})

describe('https bases pinned by SHA-256', () => {
  const body = 'version: 1\nimages: {failOn: medium}\n'
  const sha = createHash('sha256').update(body).digest('hex')
  let server: Server
  let origin = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/big.yml') return res.end('#'.repeat(2 * 1024 * 1024))
      if (req.url === '/slow.yml') return setTimeout(() => res.end(body), 2000)
      if (req.url !== '/base.yml') return res.writeHead(404).end()
      res.end(body)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  })
  // The local server stands in for https://policies.example: the same fetch, only the host rewritten.
  const fetchUrl = (timeoutMs = 1000) =>
    createUrlFetcher({
      timeoutMs,
      fetch: (input, init) => fetch(String(input).replace('https://policies.example', origin), init)
    })
  const load = (entry: string, timeoutMs?: number) =>
    loadWith({ [REPO]: `version: 1\nextends: ${entry}\n` }, {}, { fetchUrl: fetchUrl(timeoutMs) })

  it('merges a base whose content has the pinned hash', async () => {
    const loaded = await load(`https://policies.example/base.yml#sha256=${sha}`)
    expect(loaded.policy.images.failOn).toBe('medium')
    expect(loaded.provenance?.documents[0]).toEqual({
      name: 'https://policies.example/base.yml',
      detail: `sha256 ${sha}`
    })
  })

  it('takes the pin as {url, sha256} too', async () => {
    const loaded = await loadWith(
      { [REPO]: `version: 1\nextends:\n  - url: https://policies.example/base.yml\n    sha256: ${sha}\n` },
      {},
      { fetchUrl: fetchUrl() }
    )
    expect(loaded.policy.images.failOn).toBe('medium')
  })

  it('refuses a base whose content changed', async () => {
    const problems = await problemsOfAsync(() =>
      load(`https://policies.example/base.yml#sha256=${'0'.repeat(64)}`)
    )
    expect(problems[0]).toContain(`its SHA-256 is ${sha}, not the pinned ${'0'.repeat(64)}`)
  })

  it('fails closed on 404, an oversized body and a timeout', async () => {
    const pin = `#sha256=${sha}`
    expect((await problemsOfAsync(() => load(`https://policies.example/gone.yml${pin}`)))[0]).toMatch(
      /: HTTP 404/
    )
    expect((await problemsOfAsync(() => load(`https://policies.example/big.yml${pin}`)))[0]).toMatch(
      /the file is larger than 1048576 bytes/
    )
    expect((await problemsOfAsync(() => load(`https://policies.example/slow.yml${pin}`, 200)))[0]).toMatch(
      /no complete answer within 0.2 s/
    )
  })
})
