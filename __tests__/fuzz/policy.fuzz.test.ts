// SYNTHETIC: property-based fuzzing of policies (mutated valid policies and YAML oddities) through the
// policy loader, `policy validate` and the gate. Seeded and time-bounded; see harness.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { CORE_SCHEMA, dump, load } from 'js-yaml'
import { runCli } from '../../src/cli/main.js'
import { ConfigError } from '../../src/errors.js'
import { parsePolicy } from '../../src/policy/load.js'
import { REPO_ROOT } from '../policy/helpers.js'
import { hostileText, mutation, mutateAt, setPath } from './arbitraries.js'
import { brokenInvariants, fuzzParameters, runPipeline, testTimeout } from './harness.js'

const BASES = [
  '__tests__/fixtures/policy/full.yml',
  'policies/default.yml',
  'policies/strict.yml',
  'policies/examples/exceptions.yml',
  'policies/examples/registry-allowlist.yml'
].map(file => load(readFileSync(path.join(REPO_ROOT, file), 'utf8'), { schema: CORE_SCHEMA }) as object)

/** Text-level oddities YAML allows (or nearly allows), applied to a dumped policy. */
const yamlOddity: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.constant((t: string) => t),
  fc.constant((t: string) => `\ufeff${t}`),
  fc.constant((t: string) => t.replace(/\n/g, '\r\n')),
  fc.constant((t: string) => t.replace(/\n/g, '\r')),
  fc.constant((t: string) => t.replace(/^ {2}/gm, '\t')),
  fc.constant((t: string) => `${t}---\nversion: 1\n`),
  fc.constant((t: string) => `%YAML 1.1\n---\n${t}...\n`),
  fc.constant((t: string) => `${t}anchors: &a { failOn: high }\nimages: { <<: *a }\n`),
  fc.constant((t: string) => `${t}mode: warn\nmode: enforce\n`),
  fc.constant((t: string) => t.replace('version: 1', 'version: !!binary aGVsbG8=')),
  fc.constant((t: string) => t.replace('version: 1', 'version: !custom 1')),
  fc.constant((t: string) => t.replace('version: 1', 'version: 0x1')),
  fc.constant((t: string) => t.replace('version: 1', 'version: 1.0')),
  fc.constant((t: string) => t.replace('version: 1', 'version: .nan')),
  fc.constant((t: string) => `${t}exceptions: !!set { a, b }\n`),
  fc.constant((t: string) => `${t}report: ${'['.repeat(2000)}${']'.repeat(2000)}\n`),
  fc.constant((t: string) => `${t}x: &x [*x]\n`),
  fc.constant((t: string) => `${t}? [complex, key]\n: value\n`),
  fc.constant((t: string) => `${t}mode: "${'m'.repeat(2_000_000)}"\n`),
  fc.constant((t: string) => `${t}${'k'.repeat(100_000)}: 1\n`),
  fc.constant((t: string) => `${t}report: !${'t'.repeat(100_000)} x\n`),
  fc.constant((t: string) => `${t}report: *${'a'.repeat(100_000)}\n`),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 6 })).map(
    ([at, insert]) =>
      (t: string) =>
        t.slice(0, at % (t.length + 1)) + insert + t.slice(at % (t.length + 1))
  ),
  fc.nat().map(at => (t: string) => t.slice(0, at % (t.length + 1)))
)

/** The string fields later stages interpret (globs, ids, dates), where a loader gap would hide. */
const STRING_FIELDS = [
  ['images', 'registries', 'allow', '0'],
  ['dockerfile', 'trustedRegistries', '0'],
  ['exceptions', '0', 'id'],
  ['exceptions', '0', 'image'],
  ['signatures', 'images', '0'],
  ['exceptions', '0', 'package'],
  ['exceptions', '0', 'expires'],
  ['exceptions', '0', 'reason'],
  ['mode'],
  ['vulnerabilities', 'scanners', '0']
]

const fieldMutation = fc.record({
  path: fc.constantFrom(...STRING_FIELDS),
  replacement: fc.oneof(
    hostileText,
    fc.constantFrom('ghcr.io/acme /*', 'a@b', 'x/y:1', ' ', '2027-02-30', '**')
  )
})

const policyText: fc.Arbitrary<string> = fc
  .record({
    base: fc.nat({ max: BASES.length - 1 }),
    mutations: fc.array(mutation, { maxLength: 3 }),
    fields: fc.array(fieldMutation, { maxLength: 2 }),
    oddity: fc.oneof(
      { weight: 4, arbitrary: fc.constant((t: string) => t) },
      { weight: 1, arbitrary: yamlOddity }
    )
  })
  .map(({ base, mutations, fields, oddity }) => {
    let value: unknown = BASES[base]
    for (const f of fields) value = setPath(value, f.path, f.replacement)
    for (const m of mutations) value = mutateAt(value, m.choices, m.replacement, m.key)
    // dump writes NaN as .nan and infinities as .inf, which the loader must name as such.
    const text = dump(value, { schema: CORE_SCHEMA, lineWidth: -1 })
    return oddity(text)
  })

const DOCKERFILE = 'FROM alpine:3.20\nUSER app\n' // No RUN: ShellCheck is not started.

/** Longest a problem line may be: messages echo at most 80 characters of any value or key. */
const MAX_PROBLEM_LENGTH = 800

describe('fuzz: policies', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'imagegate-fuzz-policy-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it(
    'loads or rejects every policy with located, short problems; the gate keeps its invariants',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          policyText,
          fc.constantFrom([], ['ghcr.io/acme/app:1.0', 'alpine']),
          async (text, images) => {
            let accepted = true
            try {
              parsePolicy(text, 'imagegate.yml')
            } catch (error) {
              if (!(error instanceof ConfigError)) throw error
              accepted = false
              for (const problem of error.problems) {
                expect(problem.position?.file).toBe('imagegate.yml')
                expect(problem.message.length).toBeLessThan(MAX_PROBLEM_LENGTH)
                // NaN and infinities are named; JSON.stringify would print them as null.
                expect(problem.message).not.toMatch(/\b(got|version) null\b/)
              }
            }

            const outcome = await runPipeline({
              policyText: text,
              dockerfiles: { Dockerfile: DOCKERFILE },
              images
            })
            expect(brokenInvariants(outcome)).toEqual([])
            // What the loader accepted, the gate does not reject later: `policy validate` catches it all.
            if (accepted && outcome.configError)
              throw new Error(`accepted, then rejected: ${outcome.configError.message}`)

            writeFileSync(path.join(dir, 'p.yml'), text)
            let stderr = ''
            const io = {
              cwd: dir,
              color: false,
              stdout: () => undefined,
              stderr: (t: string) => void (stderr += t)
            }
            const code = await runCli(['policy', 'validate', 'p.yml'], io)
            expect(code).toBe(accepted ? 0 : 2)
            expect(stderr).not.toMatch(/could not finish|\n\s+at /)
          }
        ),
        fuzzParameters(300, 10_000)
      )
    },
    testTimeout(10_000)
  )

  it(
    'survives hostile text in every string field of a policy',
    async () => {
      const fields = fc.record({
        reason: hostileText,
        id: hostileText,
        image: hostileText,
        pkg: hostileText,
        allow: hostileText,
        trusted: hostileText
      })
      await fc.assert(
        fc.asyncProperty(fields, async f => {
          const value = {
            version: 1,
            dockerfile: { trustedRegistries: [f.trusted], shellcheck: false },
            images: { registries: { allow: [f.allow] } },
            exceptions: [{ id: f.id, reason: f.reason, image: f.image, package: f.pkg }]
          }
          const text = dump(value, { schema: CORE_SCHEMA, lineWidth: -1 })
          const outcome = await runPipeline({
            policyText: text,
            dockerfiles: { Dockerfile: 'FROM ghcr.io/acme/app:1.0\nRUN apt-get install -y curl\n' },
            images: ['ghcr.io/acme/app:1.0']
          })
          expect(brokenInvariants(outcome)).toEqual([])
          for (const problem of outcome.configError?.problems ?? []) {
            expect(problem.message.length).toBeLessThan(MAX_PROBLEM_LENGTH)
          }
        }),
        fuzzParameters(150, 6_000)
      )
    },
    testTimeout(6_000)
  )
})
