import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { cosignArguments, verifyWithCosign } from '../../src/signing/cosign-cli.js'
import { stubBin } from '../helpers/stub-bin.js'
import { signaturePolicy } from './fixtures.js'

const DIGEST = `sha256:${'5a'.repeat(32)}`
const REF = `registry.example/app@${DIGEST}`
const PEM = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString() // SYNTHETIC key
const output = (digest: string, type = 'cosign container image signature') =>
  `\n${JSON.stringify([{ critical: { identity: { 'docker-reference': 'registry.example/app' }, image: { 'docker-manifest-digest': digest }, type }, optional: {} }])}\n`

/** A SYNTHETIC `cosign` that records its arguments and environment, then answers as told. */
function stubCosign(body: string): { bin: string; log: string; env: string } {
  const bin = stubBin({
    cosign: `printf '%s\\n' "$@" > "$(dirname "$0")/args"\nenv > "$(dirname "$0")/env"\n${body}`
  })
  return { bin: path.join(bin, 'cosign'), log: path.join(bin, 'args'), env: path.join(bin, 'env') }
}

describe('cosignArguments', () => {
  it('maps a key authority, an optional log and a trusted root onto flags, the image by digest last', () => {
    const policy = signaturePolicy({ authorities: [{ key: { data: PEM } }] })
    expect(
      cosignArguments(REF, policy.authorities[0], { ...policy, trustedRootPath: '/r.json' }, '/k.pub')
    ).toEqual([
      'verify',
      '--output',
      'json',
      '--key',
      '/k.pub',
      '--insecure-ignore-tlog=true',
      '--trusted-root',
      '/r.json',
      REF
    ])
  })

  it('passes regular expressions as full-match, and exact identities as they are', () => {
    const policy = signaturePolicy({
      authorities: [
        { keyless: { identities: [{ issuer: 'https://iss', subjectRegExp: '^a|b$' }] }, ctlog: 'optional' }
      ]
    })
    const authority = policy.authorities[0]
    expect(cosignArguments(REF, authority, policy, undefined, authority.keyless?.raw[0])).toEqual([
      'verify',
      '--output',
      'json',
      '--certificate-oidc-issuer',
      'https://iss',
      '--certificate-identity-regexp',
      '^(?:^a|b$)$',
      '--insecure-ignore-sct=true',
      REF
    ])
  })

  it('takes a KMS reference as the key', () => {
    const policy = signaturePolicy({
      verifier: 'cosign',
      authorities: [{ key: { kms: 'awskms:///alias/x' }, tlog: 'required' }]
    })
    expect(cosignArguments(REF, policy.authorities[0], policy, undefined)).toEqual([
      'verify',
      '--output',
      'json',
      '--key',
      'awskms:///alias/x',
      REF
    ])
  })
})

describe('verifyWithCosign (stub cosign on PATH)', () => {
  const policy = signaturePolicy({
    verifier: 'cosign',
    authorities: [{ name: 'release', key: { data: PEM } }]
  })
  const run = (cosign: string | undefined, env: NodeJS.ProcessEnv = process.env) =>
    verifyWithCosign('registry.example/app:1.0', REF, DIGEST, policy, { cosign, timeoutMs: 10_000, env })

  it('exit 0 with the digest: verified, with the format from the output', async () => {
    const stub = stubCosign(`printf '%s' '${output(DIGEST)}'`)
    // Found on PATH, as in a workflow after sigstore/cosign-installer.
    const result = await run(undefined, { PATH: `${path.dirname(stub.bin)}:${process.env.PATH}` })
    expect(result.verified).toBe(true)
    expect(result.signatures).toEqual([
      {
        source: 'cosign verify (release)',
        format: 'legacy',
        accepted: [
          {
            authority: 'release',
            signer: { keyFingerprint: expect.stringMatching(/^sha256:/), kms: undefined }
          }
        ],
        rejected: []
      }
    ])
    const args = readFileSync(stub.log, 'utf8').trim().split('\n')
    expect(args.slice(0, 4)).toEqual(['verify', '--output', 'json', '--key'])
    expect(args.at(-1)).toBe(REF)
  })

  it('exit 0 but another digest in the output: rejected', async () => {
    const result = await run(stubCosign(`printf '%s' '${output(`sha256:${'00'.repeat(32)}`)}'`).bin)
    expect(result.verified).toBe(false)
    expect(result.signatures[0].rejected[0].reason).toBe('digest-mismatch')
  })

  it('a failing cosign: rejected with its message; garbage output: malformed', async () => {
    const failed = await run(stubCosign(`echo 'Error: no matching signatures' >&2; exit 1`).bin)
    expect(failed.signatures[0].rejected[0]).toMatchObject({
      reason: 'bad-signature',
      detail: expect.stringContaining('no matching signatures')
    })
    const garbage = await run(stubCosign(`echo 'not json'`).bin)
    expect(garbage.signatures[0].rejected[0].reason).toBe('malformed')
  })

  it('cosign missing: throws a message that says how to fix it', async () => {
    await expect(run('/nonexistent/cosign')).rejects.toThrow(/cannot run cosign.*cosign-installer/)
  })

  it('the child sees an allow-listed environment only', async () => {
    const stub = stubCosign(`printf '%s' '${output(DIGEST)}'`)
    await run(stub.bin, {
      PATH: process.env.PATH,
      GITHUB_TOKEN: 'ghs_secret',
      INPUT_TOKEN: 'x',
      AWS_REGION: 'eu-west-1'
    })
    const env = readFileSync(stub.env, 'utf8')
    expect(env).toContain('AWS_REGION=eu-west-1')
    expect(env).not.toContain('ghs_secret')
    expect(env).not.toContain('INPUT_TOKEN')
  })
})
