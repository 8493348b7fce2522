import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { runCli } from '../../src/cli/main.js'
import { ConfigError } from '../../src/errors.js'
import { compileAllowList, matchesImagePattern } from '../../src/image/patterns.js'
import { parsePolicy } from '../../src/policy/load.js'
import { problemsOf } from './helpers.js'

const yamlList = (items: string[]) => `[${items.map(i => JSON.stringify(i)).join(', ')}]`
const withAllow = (items: string[]) => `version: 1\nimages:\n  registries:\n    allow: ${yamlList(items)}\n`

describe('parsePolicy: what a later stage would reject is rejected at load, at its line', () => {
  it('reports each malformed allow pattern at its column, with the reason compiling it gives', () => {
    expect(
      problemsOf(() => parsePolicy(withAllow(['ghcr.io/acme /*', 'ok.io/x', 'ghcr.io/a/b:1']), 'p.yml'))
    ).toEqual([
      'p.yml:4:13: images.registries.allow[0]: not a registry/repository glob such as ghcr.io/acme/*: it contains whitespace (got "ghcr.io/acme /*")',
      'p.yml:4:43: images.registries.allow[2]: not a registry/repository glob such as ghcr.io/acme/*: patterns match registry/repository, not tags (got "ghcr.io/a/b:1")'
    ])
  })

  it('rejects a digest in an allow pattern and reports a blank one once, not twice', () => {
    expect(problemsOf(() => parsePolicy(withAllow(['alpine@sha256:00', '  ']), 'p.yml'))).toEqual([
      'p.yml:4:13: images.registries.allow[0]: not a registry/repository glob such as ghcr.io/acme/*: patterns match registry/repository, not digests (got "alpine@sha256:00")',
      'p.yml:4:33: images.registries.allow[1]: must not be empty (got "  ")'
    ])
  })

  it('rejects an exception image glob that could never match, next to schema problems', () => {
    const text = [
      'version: 1',
      'mode: loud',
      'exceptions:',
      '  - id: CVE-2024-1',
      '    reason: accepted',
      '    image: "ghcr.io/acme app:*"',
      '  - id: CVE-2024-2',
      '    reason: accepted',
      '    image: ghcr.io/acme/*:1.*',
      ''
    ].join('\n')
    expect(problemsOf(() => parsePolicy(text, 'p.yml'))).toEqual([
      'p.yml:2:7: mode: must be one of enforce, warn (got "loud")',
      'p.yml:6:12: exceptions[0].image: not an image glob such as ghcr.io/acme/*, so it could never match: it contains whitespace (got "ghcr.io/acme app:*")'
    ])
  })

  it('accepts every allow pattern the allow list compiles, and rejects every one it does not', () => {
    const char = fc.constantFrom('a', 'b', '.', ':', '/', '*', '@', ' ', '\t', '-', '5')
    fc.assert(
      fc.property(fc.string({ unit: char, minLength: 1, maxLength: 12 }), pattern => {
        let compiles = true
        try {
          compileAllowList([pattern])
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error
          compiles = false
        }
        let loads = true
        try {
          parsePolicy(withAllow([pattern]), 'p.yml')
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error
          loads = false
        }
        expect(loads).toBe(compiles)
      }),
      { seed: 20261204, numRuns: 500 }
    )
  })

  it('checks the signatures.images globs the same way', () => {
    const text = 'version: 1\nsignatures:\n  images: ["ghcr.io/acme/**", "ghcr.io/ac me/*"]\n'
    expect(problemsOf(() => parsePolicy(text, 'p.yml'))).toEqual([
      'p.yml:3:31: signatures.images[1]: not an image glob such as ghcr.io/acme/*, so it could never match: it contains whitespace (got "ghcr.io/ac me/*")'
    ])
  })

  it('accepts an exception image glob that can match some image', () => {
    const text = 'version: 1\nexceptions:\n  - {id: CVE-1, reason: ok, image: "ghcr.io/acme/*:1.*"}\n'
    expect(parsePolicy(text, 'p.yml').exceptions[0].image).toBe('ghcr.io/acme/*:1.*')
    expect(matchesImagePattern('ghcr.io/acme/*:1.*', 'ghcr.io/acme/api:1.2')).toBe(true)
  })
})

describe('parsePolicy: echoed values stay short and say what they are', () => {
  it('cuts a 10 MB value and a 5 MB key to 80 characters each', () => {
    const huge = 'a'.repeat(10_000_000)
    const text = `version: 1\nmode: "${huge}"\ndockerfile:\n  ${'k'.repeat(5_000_000)}: 1\n`
    const problems = problemsOf(() => parsePolicy(text, 'p.yml'))
    expect(problems).toEqual([
      `p.yml:2:7: mode: must be one of enforce, warn (got "${'a'.repeat(79)}…")`,
      `p.yml:4:3: dockerfile.${'k'.repeat(79)}…: unknown key; allowed here: failOn, rules, shellcheck, shellcheckRequired, hadolintConfig, trustedRegistries`
    ])
  })

  it('cuts a huge tag or alias name that js-yaml quotes in its reason', () => {
    const tag = problemsOf(() => parsePolicy(`version: 1\nmode: !${'x'.repeat(1_000_000)} 1\n`, 'p.yml'))
    const alias = problemsOf(() => parsePolicy(`version: 1\nmode: *${'b'.repeat(1_000_000)}\n`, 'p.yml'))
    for (const problems of [tag, alias]) {
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^p\.yml:2:\d+: invalid YAML: .{20,160}…$/)
    }
  })

  it('names NaN and infinities instead of printing them as null', () => {
    const text =
      'version: 1\nvulnerabilities:\n  cvssThreshold: .nan\n  epssThreshold: -.inf\n  timeoutSeconds: .Inf\n'
    expect(problemsOf(() => parsePolicy(text, 'p.yml'))).toEqual([
      'p.yml:3:18: vulnerabilities.cvssThreshold: must be a number (got .nan, not a number)',
      'p.yml:4:18: vulnerabilities.epssThreshold: must be a number (got -.inf, minus infinity)',
      'p.yml:5:19: vulnerabilities.timeoutSeconds: must be a whole number (got .inf, infinity)'
    ])
    expect(problemsOf(() => parsePolicy('version: .nan\n', 'p.yml'))).toEqual([
      'p.yml:1:10: version: unsupported policy version .nan, not a number; this imagegate reads `version: 1`'
    ])
  })
})

describe('policy validate and check report the same policy mistakes', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'imagegate-policy-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = ''
    let stderr = ''
    const io = {
      cwd: dir,
      color: false,
      stdout: (t: string) => void (stdout += t),
      stderr: (t: string) => void (stderr += t)
    }
    return { code: await runCli(args, io), stdout, stderr }
  }

  it('rejects the allow pattern `ghcr.io/acme /*` in both, at file:line:col', async () => {
    writeFileSync(path.join(dir, 'p.yml'), withAllow(['ghcr.io/acme /*']))
    const validate = await cli(['policy', 'validate', 'p.yml'])
    const check = await cli(['check', '--policy', 'p.yml', '--image', 'alpine:3.20'])
    const expected =
      'error: p.yml:4:13: images.registries.allow[0]: not a registry/repository glob such as ghcr.io/acme/*: ' +
      'it contains whitespace (got "ghcr.io/acme /*")\n' +
      'hint: Fix what the message above names (input, option, file, line or field), then run again ' +
      '(`imagegate policy validate FILE` checks a policy on its own).\n'
    expect(validate).toEqual({ code: 2, stdout: '', stderr: expected })
    expect(check).toEqual({ code: 2, stdout: '', stderr: expected })
  })
})
