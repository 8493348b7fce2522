// SYNTHETIC: property-based fuzzing of scanner reports (the synthetic Trivy and Grype fixtures, mutated
// structurally and as text) through the real report parsers, merge, verdict and every reporter, with the
// scanners stubbed in process. Seeded and time-bounded; see harness.ts.
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import type { ScannerName } from '../../src/model/finding.js'
import { REPO_ROOT } from '../policy/helpers.js'
import { hostileText, mutateAt, oddValue } from './arbitraries.js'
import { brokenInvariants, fuzzParameters, runPipeline, testTimeout, type ScannerAnswer } from './harness.js'

const BUDGET_MS = 10_000

const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, '__tests__/fixtures/scanners', name), 'utf8')) as unknown

const BASES: Record<ScannerName, unknown[]> = {
  trivy: [fixture('trivy-image.json'), fixture('trivy-legacy.json')],
  grype: [fixture('grype-image.json'), fixture('grype-old.json')]
}

/** Sets every string leaf whose key matches to `text`: titles, ids, package names, paths, descriptions. */
function injectEverywhere(value: unknown, text: string, every: number, counter = { n: 0 }): unknown {
  if (typeof value === 'string') return counter.n++ % every === 0 ? text : value
  if (Array.isArray(value)) return value.map(v => injectEverywhere(v, text, every, counter))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, injectEverywhere(v, text, every, counter)])
  )
}

/** Repeats the first long-enough list found at `depth` many times, to exercise caps and counts. */
function amplify(value: unknown, times: number, depth: number): unknown {
  if (Array.isArray(value) && value.length > 0 && depth <= 0)
    return Array.from({ length: times }, (_, i) => value[i % value.length])
  if (Array.isArray(value)) return value.map(v => amplify(v, times, depth - 1))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, amplify(v, times, depth - 1)]))
}

const structural = (scanner: ScannerName) =>
  fc
    .record({
      base: fc.nat({ max: BASES[scanner].length - 1 }),
      inject: fc.option(fc.tuple(hostileText, fc.integer({ min: 1, max: 5 }))),
      amplify: fc.option(fc.tuple(fc.integer({ min: 2, max: 300 }), fc.nat({ max: 4 }))),
      mutations: fc.array(
        fc.record({
          choices: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
          replacement: oddValue,
          key: fc.string({ maxLength: 10 })
        }),
        { maxLength: 4 }
      )
    })
    .map(m => {
      let value = BASES[scanner][m.base]
      if (m.inject) value = injectEverywhere(value, m.inject[0], m.inject[1])
      if (m.amplify) value = amplify(value, m.amplify[0], m.amplify[1])
      for (const x of m.mutations) value = mutateAt(value, x.choices, x.replacement, x.key)
      // NaN and infinities are not JSON: JSON.stringify writes null, as a scanner's encoder would refuse to.
      return JSON.stringify(value)
    })

/** Text-level damage: cut, spliced, not JSON at all. */
const textual = (scanner: ScannerName) =>
  fc.oneof(
    fc.tuple(structural(scanner), fc.nat()).map(([t, at]) => t.slice(0, at % (t.length + 1))),
    fc
      .tuple(structural(scanner), fc.nat(), fc.string({ unit: 'binary', maxLength: 4 }))
      .map(([t, at, s]) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
    fc.constantFrom(
      '',
      ' ',
      'null',
      '[]',
      '{}',
      '"text"',
      '1e999',
      '\ufeff{}',
      'Error: database not found\n'
    ),
    hostileText
  )

const answer = (scanner: ScannerName): fc.Arbitrary<ScannerAnswer> =>
  fc.oneof(
    { weight: 6, arbitrary: structural(scanner).map(text => ({ text })) },
    { weight: 2, arbitrary: textual(scanner).map(text => ({ text })) },
    { weight: 1, arbitrary: structural(scanner === 'trivy' ? 'grype' : 'trivy').map(text => ({ text })) },
    { weight: 1, arbitrary: hostileText.map(fails => ({ fails })) }
  )

const policy = fc
  .record({
    mode: fc.constantFrom('enforce', 'warn'),
    scanners: fc.constantFrom('[trivy, grype]', '[trivy]', '[grype]'),
    failOn: fc.constantFrom('critical', 'high', 'medium', 'low', 'info', 'none'),
    onlyFixed: fc.boolean(),
    severitySource: fc.constantFrom('highest', 'trivy', 'grype'),
    extra: fc.constantFrom(
      '',
      'maxCount: { high: 0, low: 1 }',
      'cvssThreshold: 7.5',
      'epssThreshold: 0.1',
      'failOnKnownExploited: true'
    ),
    exceptions: fc.constantFrom(
      '[]',
      '[{ id: CVE-2024-0001, reason: "<img src=x> ::error::accepted" }]',
      '[{ id: GHSA-xxxx-xxxx-xxxx, reason: ok, package: openssl, image: "ghcr.io/acme/*", expires: 2020-01-01 }]'
    )
  })
  .map(p =>
    [
      'version: 1',
      `mode: ${p.mode}`,
      `vulnerabilities: { scanners: ${p.scanners}, failOn: ${p.failOn}, onlyFixed: ${p.onlyFixed}, severitySource: ${p.severitySource}${p.extra ? `, ${p.extra}` : ''} }`,
      `exceptions: ${p.exceptions}`,
      ''
    ].join('\n')
  )

describe('fuzz: scanner reports', () => {
  it(
    'turns any Trivy or Grype output into findings or a located report error, never a crash or a pass',
    async () => {
      const images = fc.constantFrom(['ghcr.io/acme/app:1.0'], ['ghcr.io/acme/app:1.0', 'alpine:3.20'])
      await fc.assert(
        fc.asyncProperty(
          policy,
          images,
          answer('trivy'),
          answer('grype'),
          async (policyText, imageList, trivy, grype) => {
            const outcome = await runPipeline({
              policyText,
              dockerfiles: {},
              images: imageList,
              scanners: { trivy, grype }
            })
            expect(outcome.configError?.message).toBeUndefined()
            expect(brokenInvariants(outcome)).toEqual([])
            const vulnerabilities = outcome.json?.checks.find(c => c.id === 'vulnerabilities')
            // A report that could not be read fails closed, and says which report and what is wrong with it.
            if (vulnerabilities?.status === 'error') {
              expect(outcome.json?.verdict).toBe('fail')
              expect(vulnerabilities.detail).toMatch(/\S/)
            }
          }
        ),
        fuzzParameters(600, BUDGET_MS)
      )
    },
    testTimeout(BUDGET_MS)
  )
})
