import * as path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { loadPolicyFile, parsePolicy } from '../../src/policy/load.js'
import type { Policy } from '../../src/policy/types.js'
import { FIXTURES, problemsOf, problemsOfAsync } from './helpers.js'

const fixture = (name: string) => path.join(FIXTURES, name)
const load = (name: string) => loadPolicyFile(fixture(name), name)

const DEFAULTS: Policy = {
  version: 1,
  mode: 'enforce',
  dockerfile: {
    failOn: 'error',
    rules: {},
    shellcheck: true,
    shellcheckRequired: true,
    hadolintConfig: false,
    trustedRegistries: []
  },
  vulnerabilities: {
    scanners: ['trivy', 'grype'],
    failOn: 'critical',
    gateOn: 'all',
    onlyFixed: true,
    severitySource: 'highest',
    maxCount: {},
    failOnKnownExploited: false,
    secretsFailOn: 'high',
    ignoreFiles: false,
    timeoutSeconds: 600
  },
  images: {
    failOn: 'high',
    tags: { forbidLatest: true, forbidUntagged: true, requireDigest: false },
    registries: { allow: [] },
    platform: 'linux/amd64'
  },
  signatures: { required: false, authorities: [], images: [], threshold: 1, verifier: 'native' },
  imageConfig: {
    enabled: true,
    required: false,
    failOn: 'high',
    rules: {},
    allowedPorts: [],
    requireLabels: ['org.opencontainers.image.source', 'org.opencontainers.image.revision']
  },
  exceptions: [],
  report: { comment: 'always' }
}

describe('parsePolicy: valid policies', () => {
  it('fills every default into a minimal policy', () => {
    expect(parsePolicy('version: 1\n', 'p.yml')).toEqual(DEFAULTS)
  })

  it('fills defaults around the keys that are set, at every depth', () => {
    const policy = parsePolicy('version: 1\nimages:\n  tags:\n    requireDigest: true\n', 'p.yml')
    expect(policy.images).toEqual({
      failOn: 'high',
      tags: { forbidLatest: true, forbidUntagged: true, requireDigest: true },
      registries: { allow: [] },
      platform: 'linux/amd64'
    })
    expect(policy.vulnerabilities).toEqual(DEFAULTS.vulnerabilities)
  })

  it('gives each policy its own copy of list defaults', () => {
    parsePolicy('version: 1\n', 'a.yml').vulnerabilities.scanners.push('grype')
    expect(parsePolicy('version: 1\n', 'b.yml').vulnerabilities.scanners).toEqual(['trivy', 'grype'])
  })

  it('reads every key of a full policy, with the position of each exception', async () => {
    const { policy, source } = await load('full.yml')
    expect(source).toBe('full.yml')
    expect(policy).toEqual({
      version: 1,
      mode: 'warn',
      dockerfile: {
        failOn: 'warning',
        rules: { DL3008: 'warning', DL3059: 'off', SC2086: 'style', IG101: 'error' },
        shellcheck: false,
        shellcheckRequired: true,
        hadolintConfig: true,
        trustedRegistries: ['docker.io', 'ghcr.io']
      },
      vulnerabilities: {
        scanners: ['grype'],
        failOn: 'high',
        gateOn: 'new',
        onlyFixed: false,
        severitySource: 'grype',
        maxCount: { high: 5, medium: 50 },
        cvssThreshold: 9.5,
        failOnKnownExploited: true,
        epssThreshold: 0.4,
        secretsFailOn: 'medium',
        ignoreFiles: true,
        timeoutSeconds: 900
      },
      images: {
        failOn: 'medium',
        tags: { forbidLatest: false, forbidUntagged: false, requireDigest: true },
        registries: { allow: ['ghcr.io/acme/*', 'docker.io/library/*'] },
        platform: 'linux/amd64'
      },
      signatures: { required: true, authorities: [], images: [], threshold: 1, verifier: 'native' },
      imageConfig: DEFAULTS.imageConfig,
      exceptions: [
        {
          id: 'CVE-2024-1234',
          package: 'openssl',
          image: 'ghcr.io/acme/*',
          reason: 'not reachable',
          expires: '2027-01-31',
          position: { file: 'full.yml', line: 38 }
        },
        { id: 'DL3008', reason: 'pinned by snapshot mirror', position: { file: 'full.yml', line: 43 } }
      ],
      report: { comment: 'on-failure' }
    })
  })

  it('keeps an unquoted expiry date as the YYYY-MM-DD string, not a Date', () => {
    const policy = parsePolicy(
      'version: 1\nexceptions:\n  - {id: X, reason: r, expires: 2028-02-29}\n',
      'p.yml'
    )
    expect(policy.exceptions[0].expires).toBe('2028-02-29')
  })

  it('accepts an empty scanner list (vulnerability scanning off)', () => {
    expect(
      parsePolicy('version: 1\nvulnerabilities: {scanners: []}\n', 'p.yml').vulnerabilities.scanners
    ).toEqual([])
  })
})

describe('parsePolicy: mistakes point at file, line and column', () => {
  it('suggests the intended key for a misspelt one, at every level, and lists keys otherwise', async () => {
    expect(await problemsOfAsync(() => load('unknown-keys.yml'))).toEqual([
      'unknown-keys.yml:3:1: vulnerability: unknown key, did you mean `vulnerabilities`?',
      'unknown-keys.yml:7:5: images.tags.forbidLatst: unknown key, did you mean `forbidLatest`?',
      'unknown-keys.yml:8:3: images.colour: unknown key; allowed here: failOn, tags, registries, platform'
    ])
  })

  it('checks the vulnerability gates: ranges, severities in maxCount, the severity source', () => {
    const text = [
      'version: 1',
      'vulnerabilities:',
      '  cvssThreshold: 11',
      '  epssThreshold: -0.1',
      '  maxCount: { hihg: 2 }',
      '  severitySource: nvd',
      ''
    ].join('\n')
    const problems = problemsOf(() => parsePolicy(text, 'p.yml'))
    expect(problems).toHaveLength(4)
    expect(problems[0]).toMatch(/^p\.yml:3:\d+: vulnerabilities\.cvssThreshold: .*10/)
    expect(problems[1]).toMatch(/^p\.yml:4:\d+: vulnerabilities\.epssThreshold: .*0/)
    expect(problems[2]).toMatch(
      /^p\.yml:5:\d+: vulnerabilities\.maxCount\.hihg: unknown key, did you mean `high`\?/
    )
    expect(problems[3]).toMatch(
      /^p\.yml:6:\d+: vulnerabilities\.severitySource: must be one of highest, trivy, grype/
    )
  })

  it('lists the allowed values of an enum and what was written', async () => {
    expect(await problemsOfAsync(() => load('bad-enum.yml'))).toEqual([
      'bad-enum.yml:4:11: vulnerabilities.failOn: must be one of critical, high, medium, low, info, none (got "hihg")'
    ])
  })

  it('names the expected type, including for nested keys', async () => {
    expect(await problemsOfAsync(() => load('wrong-types.yml'))).toEqual([
      'wrong-types.yml:5:19: images.tags.forbidLatest: must be true or false (got "yes")',
      'wrong-types.yml:7:12: images.registries.allow: must be a list (got "ghcr.io/acme/*")',
      'wrong-types.yml:8:13: signatures: must be a mapping of keys to values (got true)'
    ])
  })

  it('treats unquoted yes as text, as YAML 1.2 does, and says so', () => {
    expect(problemsOf(() => parsePolicy('version: 1\nsignatures:\n  required: yes\n', 'p.yml'))).toEqual([
      'p.yml:3:13: signatures.required: must be true or false (got "yes")'
    ])
  })

  it('checks each exception: required reason, real dates, non-blank text', async () => {
    expect(await problemsOfAsync(() => load('exceptions-invalid.yml'))).toEqual([
      'exceptions-invalid.yml:4:5: exceptions[0]: missing required key `reason` (say why accepting this finding is safe)',
      'exceptions-invalid.yml:8:14: exceptions[1].expires: must be a real date written YYYY-MM-DD, e.g. 2027-01-31 (got "2027-02-30")',
      'exceptions-invalid.yml:10:13: exceptions[2].reason: must not be empty (got "   ")',
      'exceptions-invalid.yml:11:14: exceptions[2].expires: must be a real date written YYYY-MM-DD, e.g. 2027-01-31 (got "31/01/2027")'
    ])
  })

  it('rejects dates that are not strings and days that do not exist', () => {
    const text =
      'version: 1\nexceptions:\n  - {id: A, reason: r, expires: 20270131}\n  - {id: B, reason: r, expires: 2027-02-29}\n'
    expect(problemsOf(() => parsePolicy(text, 'p.yml'))).toEqual([
      'p.yml:3:33: exceptions[0].expires: must be a real date written YYYY-MM-DD, e.g. 2027-01-31 (got 20270131)',
      'p.yml:4:33: exceptions[1].expires: must be a real date written YYYY-MM-DD, e.g. 2027-01-31 (got "2027-02-29")'
    ])
  })

  it('points a missing key inside a flow mapping at the mapping', () => {
    expect(problemsOf(() => parsePolicy('version: 1\nexceptions: [{reason: r}]\n', 'p.yml'))).toEqual([
      'p.yml:2:14: exceptions[0]: missing required key `id` (name the vulnerability or rule this exception accepts)'
    ])
  })

  it('points a missing version at the top of the policy', async () => {
    expect(await problemsOfAsync(() => load('missing-version.yml'))).toEqual([
      'missing-version.yml:2:1: missing required key `version` (start the policy with `version: 1`)'
    ])
  })

  it('reports only the version when it is not 1, not the keys of a format it does not know', async () => {
    expect(await problemsOfAsync(() => load('version-2.yml'))).toEqual([
      'version-2.yml:2:10: version: unsupported policy version 2; this imagegate reads `version: 1`'
    ])
    expect(problemsOf(() => parsePolicy('version: "1"\n', 'p.yml'))).toEqual([
      'p.yml:1:10: version: unsupported policy version "1"; this imagegate reads `version: 1`'
    ])
  })

  it('explains malformed rule ids in dockerfile.rules and suggests the upper-case id', () => {
    const text = 'version: 1\ndockerfile:\n  rules:\n    dl3008: off\n    hadolint: off\n    DL3009: warn\n'
    expect(problemsOf(() => parsePolicy(text, 'p.yml'))).toEqual([
      'p.yml:4:5: dockerfile.rules.dl3008: not a rule id; rule ids look like DL3008, SC2086 or IG101; did you mean `DL3008`?',
      'p.yml:5:5: dockerfile.rules.hadolint: not a rule id; rule ids look like DL3008, SC2086 or IG101',
      'p.yml:6:13: dockerfile.rules.DL3009: must be one of error, warning, info, style, off (got "warn")'
    ])
  })

  it('flags a scanner listed twice at the repeat, and an unknown scanner by index', () => {
    const text = 'version: 1\nvulnerabilities:\n  scanners: [trivy, snyk, trivy]\n'
    expect(problemsOf(() => parsePolicy(text, 'p.yml'))).toEqual([
      'p.yml:3:21: vulnerabilities.scanners[1]: must be one of trivy, grype (got "snyk")',
      'p.yml:3:27: vulnerabilities.scanners: lists "trivy" more than once'
    ])
  })

  it('reports an empty value as empty', () => {
    expect(problemsOf(() => parsePolicy('version: 1\nmode:\n', 'p.yml'))).toEqual([
      'p.yml:2:1: mode: must be one of enforce, warn (got an empty value)'
    ])
  })

  it('collects every problem into one error whose message lists them all', () => {
    const error = (() => {
      try {
        parsePolicy('version: 1\nmode: loud\nreport: {comment: sometimes}\n', 'p.yml')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe(
      'p.yml:2:7: mode: must be one of enforce, warn (got "loud")\n' +
        'p.yml:3:19: report.comment: must be one of always, on-failure, update-only, never (got "sometimes")'
    )
  })
})

describe('parsePolicy: files that are not a policy at all', () => {
  it('reports malformed YAML at js-yaml position, 1-based', async () => {
    expect(await problemsOfAsync(() => load('malformed.yml'))).toEqual([
      'malformed.yml:5:13: invalid YAML: bad indentation of a mapping entry'
    ])
  })

  it('reports a duplicated key as malformed YAML at the duplicate', () => {
    expect(problemsOf(() => parsePolicy('version: 1\nmode: warn\nmode: enforce\n', 'p.yml'))).toEqual([
      'p.yml:3:1: invalid YAML: duplicated mapping key'
    ])
  })

  it('reports an empty or comment-only file as empty', async () => {
    const empty = 'the policy is empty; it needs at least `version: 1`'
    expect(problemsOf(() => parsePolicy('', 'p.yml'))).toEqual([`p.yml: ${empty}`])
    expect(await problemsOfAsync(() => load('comment-only.yml'))).toEqual([`comment-only.yml: ${empty}`])
    expect(problemsOf(() => parsePolicy('---\n', 'p.yml'))).toEqual([`p.yml: ${empty}`])
  })

  it('rejects a top level that is not a mapping', async () => {
    expect(await problemsOfAsync(() => load('top-level-list.yml'))).toEqual([
      'top-level-list.yml:2:1: the policy must be a mapping of keys to values, starting with `version: 1` (got a list)'
    ])
    expect(problemsOf(() => parsePolicy('just text\n', 'p.yml'))).toEqual([
      'p.yml:1:1: the policy must be a mapping of keys to values, starting with `version: 1` (got "just text")'
    ])
  })

  it('rejects several YAML documents in one file', () => {
    expect(problemsOf(() => parsePolicy('version: 1\n---\nversion: 1\n', 'p.yml'))).toEqual([
      'p.yml: the policy must be a single YAML document; remove the extra `---` documents'
    ])
  })
})

describe('loadPolicyFile: unreadable files', () => {
  it('names a missing file', async () => {
    expect(await problemsOfAsync(() => loadPolicyFile(fixture('nope.yml'), 'nope.yml'))).toEqual([
      'nope.yml: cannot read the policy file: no such file'
    ])
  })

  it('names a directory given as the policy', async () => {
    expect(await problemsOfAsync(() => loadPolicyFile(FIXTURES, 'fixtures/policy'))).toEqual([
      'fixtures/policy: cannot read the policy file: it is a directory, not a file'
    ])
  })

  it('labels problems with the path when no label is given', async () => {
    const file = fixture('bad-enum.yml')
    expect((await problemsOfAsync(() => loadPolicyFile(file)))[0]).toMatch(
      new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:4:11: `)
    )
  })
})
