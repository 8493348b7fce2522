import { generateKeyPairSync } from 'node:crypto'
import { dump } from 'js-yaml'
import { setField, lockablePaths, collectFields } from '../../../src/policy/extends/fields.js'
import { STRICTNESS, strictnessRule } from '../../../src/policy/extends/strictness.js'
import { POLICY_SCHEMA } from '../../../src/policy/schema.js'
import { withDefaults } from '../../../src/policy/defaults.js'
import { problemsOfAsync } from '../helpers.js'
import { loadWith } from './helpers.js'

// Synthetic policies: an org base in acme/policies and a repository policy extending it.
const BASE = 'acme/policies/base.yml@v1'

/** YAML text setting one dotted field, below the given header lines. */
function policyText(header: string[], path: string, value: unknown): string {
  const data: Record<string, unknown> = {}
  setField(data, path, value)
  return ['version: 1', ...header, dump(data, { flowLevel: 2 }).trimEnd()].join('\n') + '\n'
}

function get(policy: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], policy)
}

/** The line policyText puts a field on below one header line: sections in block style, two levels deep. */
const lineOf = (path: string) => 2 + Math.min(path.split('.').length, 2)

interface Case {
  path: string
  base: unknown
  tighter?: unknown
  looser?: unknown
}

/** The repository's policy setting `value` over the case's org base (locked or not). */
function load(c: Case, value: unknown, locked: boolean) {
  const baseText = policyText(locked ? [`locked: [${c.path}]`] : [], c.path, c.base)
  const files = { '.github/imagegate.yml': policyText([`extends: ${BASE}`], c.path, value) }
  return loadWith(files, { [BASE]: baseText })
}

/** A synthetic public key in PEM, as `key.data` takes it (signatures are compiled at load). */
const pem = () =>
  generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString()
const [RELEASE, CI, OTHER] = [pem(), pem(), pem()]

/** Per field: a base value, and a value stricter or looser than it (by the table's rule). */
const CASES: Case[] = [
  { path: 'mode', base: 'warn', tighter: 'enforce' },
  { path: 'mode', base: 'enforce', looser: 'warn' },
  { path: 'dockerfile.failOn', base: 'warning', tighter: 'info', looser: 'error' },
  { path: 'dockerfile.rules.DL3008', base: 'warning', tighter: 'error', looser: 'off' },
  { path: 'dockerfile.shellcheck', base: false, tighter: true },
  { path: 'dockerfile.shellcheck', base: true, looser: false },
  { path: 'dockerfile.shellcheckRequired', base: false, tighter: true },
  { path: 'dockerfile.shellcheckRequired', base: true, looser: false },
  { path: 'dockerfile.hadolintConfig', base: true, tighter: false },
  { path: 'dockerfile.hadolintConfig', base: false, looser: true },
  { path: 'dockerfile.trustedRegistries', base: ['docker.io', 'ghcr.io'], tighter: ['ghcr.io'], looser: [] },
  { path: 'dockerfile.trustedRegistries', base: ['ghcr.io'], looser: ['quay.io'] },
  { path: 'vulnerabilities.scanners', base: ['trivy'], tighter: ['trivy', 'grype'], looser: [] },
  { path: 'vulnerabilities.failOn', base: 'high', tighter: 'medium', looser: 'critical' },
  { path: 'vulnerabilities.gateOn', base: 'new', tighter: 'all' },
  { path: 'vulnerabilities.gateOn', base: 'all', looser: 'new' },
  { path: 'vulnerabilities.onlyFixed', base: true, tighter: false },
  { path: 'vulnerabilities.onlyFixed', base: false, looser: true },
  { path: 'vulnerabilities.severitySource', base: 'trivy', tighter: 'highest', looser: 'grype' },
  { path: 'vulnerabilities.maxCount.high', base: 5, tighter: 2, looser: 10 },
  { path: 'vulnerabilities.cvssThreshold', base: 8, tighter: 7, looser: 9.5 },
  { path: 'vulnerabilities.failOnKnownExploited', base: false, tighter: true },
  { path: 'vulnerabilities.failOnKnownExploited', base: true, looser: false },
  { path: 'vulnerabilities.epssThreshold', base: 0.5, tighter: 0.2, looser: 0.9 },
  { path: 'vulnerabilities.secretsFailOn', base: 'high', tighter: 'low', looser: 'none' },
  { path: 'vulnerabilities.ignoreFiles', base: true, tighter: false },
  { path: 'vulnerabilities.ignoreFiles', base: false, looser: true },
  { path: 'vulnerabilities.timeoutSeconds', base: 600, looser: 900 },
  { path: 'images.failOn', base: 'high', tighter: 'medium', looser: 'critical' },
  { path: 'images.tags.forbidLatest', base: true, looser: false },
  { path: 'images.tags.forbidUntagged', base: false, tighter: true },
  { path: 'images.tags.forbidUntagged', base: true, looser: false },
  { path: 'images.tags.requireDigest', base: false, tighter: true },
  { path: 'images.tags.requireDigest', base: true, looser: false },
  {
    path: 'images.registries.allow',
    base: ['ghcr.io/acme/*', 'docker.io/library/*'],
    tighter: ['ghcr.io/acme/*'],
    looser: []
  },
  { path: 'images.registries.allow', base: ['ghcr.io/acme/*'], looser: ['quay.io/*'] },
  { path: 'signatures.required', base: false, tighter: true },
  { path: 'signatures.required', base: true, looser: false },
  {
    path: 'signatures.authorities',
    base: [
      { name: 'release', key: { data: RELEASE } },
      { name: 'ci', key: { data: CI } }
    ],
    tighter: [{ name: 'release', key: { data: RELEASE } }],
    looser: [{ name: 'anyone', key: { data: OTHER } }]
  },
  {
    path: 'signatures.images',
    base: ['ghcr.io/acme/*'],
    tighter: ['ghcr.io/acme/*', 'ghcr.io/other/*'],
    looser: ['ghcr.io/other/*']
  },
  { path: 'signatures.images', base: ['ghcr.io/acme/*'], tighter: [] },
  { path: 'signatures.threshold', base: 2, tighter: 3, looser: 1 },
  { path: 'images.platform', base: 'linux/amd64', looser: 'linux/arm64' },
  { path: 'signatures.verifier', base: 'native', looser: 'cosign' },
  { path: 'imageConfig.enabled', base: false, tighter: true },
  { path: 'imageConfig.enabled', base: true, looser: false },
  { path: 'imageConfig.required', base: false, tighter: true },
  { path: 'imageConfig.required', base: true, looser: false },
  { path: 'imageConfig.failOn', base: 'high', tighter: 'medium', looser: 'critical' },
  { path: 'imageConfig.rules.IG401', base: 'medium', tighter: 'high', looser: 'off' },
  { path: 'imageConfig.maxAgeDays', base: 90, tighter: 30, looser: 365 },
  { path: 'imageConfig.allowedPorts', base: [80, 443], tighter: [443], looser: [22, 80, 443] },
  {
    path: 'imageConfig.requireLabels',
    base: ['org.opencontainers.image.source'],
    tighter: ['org.opencontainers.image.source', 'com.acme.team'],
    looser: []
  },
  { path: 'report.comment', base: 'always', looser: 'never' }
]

const label = (c: Case, v: unknown) => `${c.path}: ${JSON.stringify(c.base)} → ${JSON.stringify(v)}`

/** Fields whose values name files that compiling at load reads: the rule is tested on its own. */
const DIRECT = [
  { path: 'signatures.trustedRoot', base: 'roots/a.json', same: 'roots/a.json', other: 'roots/b.json' }
]

describe('the strictness table', () => {
  it.each(DIRECT)('$path: only the base value is at least as strict', d => {
    expect(strictnessRule(d.path).atLeastAsStrict(d.same, d.base)).toBe(true)
    expect(strictnessRule(d.path).atLeastAsStrict(d.other, d.base)).toBe(false)
  })

  it('has one rule for every field of the schema, and the cases cover every rule', () => {
    const defaults = withDefaults(POLICY_SCHEMA, {})
    const fields = lockablePaths(POLICY_SCHEMA).filter(
      p => !STRICTNESS.some(r => r.path.startsWith(`${p}.`)) && p !== 'exceptions'
    )
    for (const field of fields)
      expect([field, STRICTNESS.includes(strictnessRule(field))]).toEqual([field, true])
    const tested = [...CASES.map(c => strictnessRule(c.path).path), ...DIRECT.map(d => d.path)]
    expect(new Set(tested)).toEqual(new Set(STRICTNESS.map(r => r.path)))
    expect(collectFields(POLICY_SCHEMA, defaults).size).toBeGreaterThan(20)
  })
})

describe('a repository may tighten any field, locked or not', () => {
  const cases = CASES.filter(c => c.tighter !== undefined)
  it.each(cases.map(c => [label(c, c.tighter), c] as const))('%s', async (_name, c) => {
    const loaded = await load(c, c.tighter, true)
    expect(get(loaded.policy, c.path)).toEqual(c.tighter)
    expect(loaded.provenance?.loosened).toEqual([])
    expect(loaded.provenance?.sources[c.path]).toEqual({
      file: '.github/imagegate.yml',
      line: lineOf(c.path),
      lockedBy: `${BASE}:2`
    })
  })
})

describe('a repository may loosen a field the base does not lock', () => {
  const cases = CASES.filter(c => c.looser !== undefined)
  it.each(cases.map(c => [label(c, c.looser), c] as const))('%s', async (_name, c) => {
    const loaded = await load(c, c.looser, false)
    expect(get(loaded.policy, c.path)).toEqual(c.looser)
    expect(loaded.provenance?.loosened).toEqual([`${c.path} (.github/imagegate.yml:${lineOf(c.path)})`])
  })
})

describe('loosening a locked field is an error naming both files and lines', () => {
  const cases = CASES.filter(c => c.looser !== undefined)
  it.each(cases.map(c => [label(c, c.looser), c] as const))('%s', async (_name, c) => {
    const problems = await problemsOfAsync(() => load(c, c.looser, true))
    const base = BASE
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(`.github/imagegate.yml:${lineOf(c.path)}:`)
    expect(problems[0]).toContain(`: ${c.path}: `)
    expect(problems[0]).toContain(`set at ${base}:${lineOf(c.path)}, and ${base}:2 locks \`${c.path}\``)
  })
})
