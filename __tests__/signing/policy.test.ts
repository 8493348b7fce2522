import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parsePolicy } from '../../src/policy/load.js'
import { parseYamlWithPositions } from '../../src/util/yaml/positions.js'
import { compileIdentity } from '../../src/signing/identity.js'
import { compileSignaturePolicy } from '../../src/signing/policy.js'
import { problemsOf } from '../policy/helpers.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-signing-policy-'))
const PEM = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
  type: 'spki',
  format: 'pem'
})
writeFileSync(path.join(dir, 'cosign.pub'), PEM) // SYNTHETIC key

/** Parses a policy as the loader does, then compiles its signatures section with positions. */
function compile(yaml: string) {
  const policy = parsePolicy(yaml, 'policy.yml')
  const { index } = parseYamlWithPositions(yaml, 'policy.yml')
  return compileSignaturePolicy(policy.signatures, {
    policyDir: dir,
    file: 'policy.yml',
    locate: at => index.valueAt(['signatures', ...at])
  })
}

describe('compileSignaturePolicy', () => {
  it('keeps the simplest form simple: a key path relative to the policy, no log demanded', () => {
    const compiled = compile(
      'version: 1\nsignatures:\n  required: true\n  authorities:\n    - key: { path: cosign.pub }\n'
    )
    expect(compiled).toMatchObject({ required: true, threshold: 1, verifier: 'native', images: [] })
    expect(compiled.authorities[0]).toMatchObject({
      name: 'authority-1',
      tlog: 'optional',
      keyPath: path.join(dir, 'cosign.pub'),
      key: { fingerprint: expect.stringMatching(/^sha256:/) }
    })
  })

  it('keyless authorities require the log and SCTs unless told otherwise', () => {
    const compiled = compile(`version: 1
signatures:
  authorities:
    - name: release
      keyless:
        identities:
          - issuer: https://token.actions.githubusercontent.com
            subjectRegExp: '^https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.*$'
`)
    expect(compiled.authorities[0]).toMatchObject({ name: 'release', tlog: 'required', ctlog: 'required' })
  })

  it('reports each semantic mistake at file:line with the field', () => {
    const problems = problemsOf(() =>
      compile(`version: 1
signatures:
  threshold: 3
  authorities:
    - key: { path: missing.pub }
    - key: { data: not a key }
    - keyless:
        identities:
          - issuer: https://accounts.google.com
            subjectRegExp: '.*@example\\.com'
          - issuer: x
            issuerRegExp: y
            subject: z
    - key: { path: cosign.pub }
      keyless: { identities: [] }
    - key: { kms: 'awskms:///alias/release' }
`)
    )
    expect(problems).toEqual([
      expect.stringMatching(
        /^policy\.yml:5:20: signatures\.authorities\.0\.key\.path: cannot read the key file .*missing\.pub: ENOENT$/
      ),
      expect.stringMatching(
        /^policy\.yml:6:20: signatures\.authorities\.1\.key\.data: it is not a PEM public key/
      ),
      expect.stringMatching(
        /^policy\.yml:10:28: signatures\.authorities\.2\.keyless\.identities\.0\.subjectRegExp: .*must be anchored/
      ),
      expect.stringMatching(
        /^policy\.yml:11:21: signatures\.authorities\.2\.keyless\.identities\.1\.issuer: give either `issuer` or `issuerRegExp`, not both$/
      ),
      expect.stringMatching(
        /^policy\.yml:14:7: signatures\.authorities\.3: an authority needs exactly one of `key` or `keyless`$/
      ),
      expect.stringMatching(
        /^policy\.yml:16:19: signatures\.authorities\.4\.key\.kms: KMS keys need `signatures\.verifier: cosign`/
      )
    ])
  })

  it('rejects an invalid regular expression and a threshold no list can meet', () => {
    const problems = problemsOf(() =>
      compile(`version: 1
signatures:
  threshold: 2
  authorities:
    - keyless:
        identities:
          - { issuer: x, subjectRegExp: '^(unclosed$' }
`)
    )
    expect(problems).toEqual([
      expect.stringMatching(
        /^policy\.yml:3:14: signatures\.threshold: asks for 2 authorities but only 1 are listed$/
      ),
      'policy.yml:7:41: signatures.authorities.0.keyless.identities.0.subjectRegExp: invalid regular expression "^(unclosed$": Unterminated group'
    ])
  })

  it('schema mistakes in the section are errors at file:line too', () => {
    const problems = problemsOf(() =>
      parsePolicy(
        'version: 1\nsignatures:\n  verifier: gpg\n  authorities:\n    - key: { path: cosign.pub }\n      tlog: sometimes\n      keys: 1\n  threshold: 0\n',
        'policy.yml'
      )
    )
    expect(problems).toEqual([
      'policy.yml:3:13: signatures.verifier: must be one of native, cosign (got "gpg")',
      'policy.yml:6:13: signatures.authorities[0].tlog: must be one of required, optional (got "sometimes")',
      expect.stringMatching(/^policy\.yml:7:7: .*keys/),
      'policy.yml:8:14: signatures.threshold: must be >= 1'
    ])
  })
})

describe('identity regular expressions are full-match', () => {
  const id = (subjectRegExp: string) => compileIdentity({ issuer: 'https://issuer', subjectRegExp })
  const found = (subject: string) => ({ issuer: 'https://issuer', subject })

  it('must be written anchored', () => {
    expect(() => id('.*@example\\.com')).toThrow(/must be anchored/)
    expect(() => id('^.*@example\\.com')).toThrow(/must be anchored/)
    expect(() => id('.*@example\\.com$')).toThrow(/must be anchored/)
    expect(() => id('^.*@example\\.com\\$')).toThrow(/must be anchored/)
  })

  it('never matches a substring, even through an alternation', () => {
    const m = id('^.*@example\\.com$')
    expect(m.matches(found('me@example.com'))).toBe(true)
    expect(m.matches(found('me@example.com.evil'))).toBe(false)
    const alt = id('^a@x\\.com|b@x\\.com$')
    expect(alt.matches(found('b@x.com'))).toBe(true)
    expect(alt.matches(found('evil-b@x.com'))).toBe(false)
    expect(alt.matches(found('a@x.com.evil'))).toBe(false)
  })

  it('exact values are exact, and the issuer must match too', () => {
    const m = compileIdentity({ issuer: 'https://issuer', subject: 'me@example.com' })
    expect(m.matches(found('me@example.com'))).toBe(true)
    expect(m.matches(found('ME@example.com'))).toBe(false)
    expect(m.matches({ issuer: 'https://other', subject: 'me@example.com' })).toBe(false)
  })
})
