// SYNTHETIC vectors: keys generated here with node:crypto, signatures made here in cosign's layouts.
import { constants, createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { dsse } from '@sigstore/core'
import { bundledTrustedRoot } from '../../src/signing/trusted-root.js'
import type { SignatureInput } from '../../src/signing/types.js'
import { policyAppliesTo } from '../../src/signing/policy.js'
import { verifyImageSignatures } from '../../src/signing/verify-image.js'
import { signaturePolicy } from './fixtures.js'

const DIGEST = `sha256:${'1f'.repeat(32)}`
const root = bundledTrustedRoot().root
const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString()

function simpleSigning(digest: string, type = 'cosign container image signature'): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': 'registry.example/app' },
        image: { 'docker-manifest-digest': digest },
        type
      },
      optional: null
    })
  )
}

type Signer = (data: Buffer) => Buffer
const KEYS: Array<[string, () => { publicKey: KeyObject; sign: Signer }]> = [
  ['ECDSA P-256', () => ecdsa('prime256v1', 'sha256')],
  ['ECDSA P-384', () => ecdsa('secp384r1', 'sha384')],
  [
    'Ed25519',
    () => {
      const k = generateKeyPairSync('ed25519')
      return { publicKey: k.publicKey, sign: d => sign(null, d, k.privateKey) }
    }
  ],
  [
    'RSA PKCS#1 v1.5',
    () => {
      const k = generateKeyPairSync('rsa', { modulusLength: 2048 })
      return { publicKey: k.publicKey, sign: d => sign('sha256', d, k.privateKey) }
    }
  ],
  [
    'RSA PSS',
    () => {
      const k = generateKeyPairSync('rsa', { modulusLength: 2048 })
      return {
        publicKey: k.publicKey,
        sign: d => sign('sha256', d, { key: k.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING })
      }
    }
  ]
]

function ecdsa(namedCurve: string, hash: string) {
  const k = generateKeyPairSync('ec', { namedCurve })
  return { publicKey: k.publicKey, sign: (d: Buffer) => sign(hash, d, k.privateKey) }
}

function legacy(payload: Buffer, signature: Buffer, source = 'synthetic.sig layer 0'): SignatureInput {
  return {
    format: 'legacy',
    payload,
    annotations: { 'dev.cosignproject.cosign/signature': signature.toString('base64') },
    source
  }
}

const verify = (
  keys: KeyObject[],
  signatures: SignatureInput[],
  extra: { threshold?: number } = {},
  digest = DIGEST
) =>
  verifyImageSignatures(
    { image: 'registry.example/app:1.0', digest, signatures },
    signaturePolicy({
      authorities: keys.map((k, i) => ({ name: `k${i}`, key: { data: pem(k) } })),
      ...extra
    }),
    { rootFor: () => root }
  )

describe('legacy .sig signatures with generated keys (SYNTHETIC)', () => {
  it.each(KEYS)('%s: verifies, and reports the key fingerprint', (_, make) => {
    const key = make()
    const payload = simpleSigning(DIGEST)
    const result = verify([key.publicKey], [legacy(payload, key.sign(payload))])
    expect(result.verified).toBe(true)
    const spki = key.publicKey.export({ type: 'spki', format: 'der' })
    expect(result.signatures[0].accepted[0].signer.keyFingerprint).toBe(
      `sha256:${createHash('sha256').update(spki).digest('hex')}`
    )
  })

  it.each(KEYS)('%s: another key, a changed payload, another digest are each rejected', (_, make) => {
    const key = make()
    const other = make()
    const payload = simpleSigning(DIGEST)
    const good = legacy(payload, key.sign(payload))
    expect(verify([other.publicKey], [good]).signatures[0].rejected[0].reason).toBe('bad-signature')
    const changed = legacy(simpleSigning(DIGEST.replace('1f', '2f')), key.sign(payload))
    expect(verify([key.publicKey], [changed]).signatures[0].rejected[0].reason).toBe('bad-signature')
    const elsewhere = simpleSigning(`sha256:${'ee'.repeat(32)}`)
    const result = verify([key.publicKey], [legacy(elsewhere, key.sign(elsewhere))])
    expect(result.signatures[0].rejected[0].reason).toBe('digest-mismatch')
  })

  it('a payload of another type, or not JSON, is not taken as a signature', () => {
    const key = KEYS[0][1]()
    const typed = simpleSigning(DIGEST, 'something else')
    expect(verify([key.publicKey], [legacy(typed, key.sign(typed))]).signatures[0].rejected[0].reason).toBe(
      'not-a-signature'
    )
    const junk = Buffer.from('not json')
    expect(verify([key.publicKey], [legacy(junk, key.sign(junk))]).signatures[0].rejected[0].reason).toBe(
      'malformed'
    )
  })

  it('a key authority with tlog: required rejects a signature without a log entry', () => {
    const key = KEYS[0][1]()
    const payload = simpleSigning(DIGEST)
    const policy = signaturePolicy({ authorities: [{ key: { data: pem(key.publicKey) }, tlog: 'required' }] })
    const result = verifyImageSignatures(
      { image: 'app', digest: DIGEST, signatures: [legacy(payload, key.sign(payload))] },
      policy,
      { rootFor: () => root }
    )
    expect(result.signatures[0].rejected[0].reason).toBe('tlog-missing')
  })
})

describe('threshold: distinct authorities', () => {
  const a = KEYS[0][1]()
  const b = KEYS[2][1]()
  const payload = simpleSigning(DIGEST)
  const byA = legacy(payload, a.sign(payload), 'layer 0')
  const byB = legacy(payload, b.sign(payload), 'layer 1')

  it('threshold 1: any one authority suffices', () => {
    expect(verify([a.publicKey, b.publicKey], [byA]).verified).toBe(true)
  })

  it('threshold 2: one signature is not enough, two by different authorities are', () => {
    const one = verify([a.publicKey, b.publicKey], [byA], { threshold: 2 })
    expect(one.verified).toBe(false)
    expect(one.satisfiedAuthorities).toEqual(['k0'])
    const twice = verify([a.publicKey, b.publicKey], [byA, { ...byA, source: 'layer 2' }], { threshold: 2 })
    expect(twice.verified).toBe(false)
    const both = verify([a.publicKey, b.publicKey], [byA, byB], { threshold: 2 })
    expect(both.verified).toBe(true)
    expect(both.satisfiedAuthorities).toEqual(['k0', 'k1'])
  })

  it('no signatures, or no authorities, never verifies', () => {
    expect(verify([a.publicKey], []).summary).toBe('no signatures found for this digest')
    const none = verify([], [byA])
    expect(none.verified).toBe(false)
    expect(none.summary).toContain('signatures.authorities')
  })
})

describe('key-based Sigstore bundles (SYNTHETIC, as cosign v3 sign --key without a log)', () => {
  const key = KEYS[0][1]()
  const hint = createHash('sha256')
    .update(key.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64')

  function dsseBundle(statement: object, signer = key): SignatureInput {
    const payload = Buffer.from(JSON.stringify(statement))
    const sig = signer.sign(dsse.preAuthEncoding('application/vnd.in-toto+json', payload))
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint } },
      dsseEnvelope: {
        payload: payload.toString('base64'),
        payloadType: 'application/vnd.in-toto+json',
        signatures: [{ sig: sig.toString('base64'), keyid: '' }]
      }
    }
    return { format: 'bundle', bundle: Buffer.from(JSON.stringify(bundle)), source: 'referrer sha256:…' }
  }
  const statement = (hex: string, predicateType = 'https://sigstore.dev/cosign/sign/v1') => ({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: hex }, annotations: {} }],
    predicateType,
    predicate: {}
  })

  it('verifies when the subject is the image digest', () => {
    const result = verify([key.publicKey], [dsseBundle(statement(DIGEST.slice(7)))])
    expect(result.signatures[0].rejected).toEqual([])
    expect(result.signatures[0]).toMatchObject({ format: 'bundle', accepted: [{ authority: 'k0' }] })
  })

  it('rejects another subject, another predicate, another key, and garbage', () => {
    expect(
      verify([key.publicKey], [dsseBundle(statement('ab'.repeat(32)))]).signatures[0].rejected[0].reason
    ).toBe('digest-mismatch')
    const attestation = dsseBundle(statement(DIGEST.slice(7), 'https://slsa.dev/provenance/v1'))
    expect(verify([key.publicKey], [attestation]).signatures[0].rejected[0].reason).toBe('not-a-signature')
    const other = KEYS[0][1]()
    expect(
      verify([other.publicKey], [dsseBundle(statement(DIGEST.slice(7)))]).signatures[0].rejected[0].reason
    ).toBe('bad-signature')
    const garbage: SignatureInput = {
      format: 'bundle',
      bundle: Buffer.from('{"mediaType":"x"}'),
      source: 'junk'
    }
    expect(verify([key.publicKey], [garbage]).signatures[0].rejected[0].reason).toBe('malformed')
  })

  it('a hostile predicate type is quoted on one short line', () => {
    const hostile = dsseBundle(statement(DIGEST.slice(7), `x\n::error::owned${'y'.repeat(5000)}`))
    const detail = verify([key.publicKey], [hostile]).signatures[0].rejected[0].detail
    expect(detail.length).toBeLessThanOrEqual(400)
    expect(detail).not.toContain('\n')
  })
})

describe('message-signature bundles (SYNTHETIC): the manifest is what is signed', () => {
  const key = KEYS[0][1]()
  const manifest = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}')
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
  const bundle: SignatureInput = {
    format: 'bundle',
    source: 'referrer',
    bundle: Buffer.from(
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { publicKey: { hint: 'x' } },
        messageSignature: {
          messageDigest: {
            algorithm: 'SHA2_256',
            digest: createHash('sha256').update(manifest).digest('base64')
          },
          signature: key.sign(manifest).toString('base64')
        }
      })
    )
  }
  const policy = signaturePolicy({ authorities: [{ key: { data: pem(key.publicKey) } }] })
  const run = (m: Buffer | undefined, d = digest) =>
    verifyImageSignatures({ image: 'app', digest: d, signatures: [bundle], manifest: m }, policy, {
      rootFor: () => root
    })

  it('verifies over the manifest bytes when the message digest is the image digest', () => {
    expect(run(manifest).verified).toBe(true)
  })

  it('fails closed without the manifest, with bytes that are not the image manifest, and for another image', () => {
    expect(run(undefined).signatures[0].rejected[0].reason).toBe('bad-signature')
    // Bytes whose sha256 is not the digest are not used: nothing to verify over.
    expect(run(manifest, `sha256:${'00'.repeat(32)}`).signatures[0].rejected[0].reason).toBe('bad-signature')
    // Another image: its own manifest is what the signature is checked over, and it does not verify.
    const other = Buffer.from('{"other":true}')
    const otherDigest = `sha256:${createHash('sha256').update(other).digest('hex')}`
    expect(run(other, otherDigest).signatures[0].rejected[0].reason).toBe('bad-signature')
  })
})

describe('policyAppliesTo', () => {
  it('matches the images globs like the rest of the policy, and every image without globs', () => {
    const scoped = signaturePolicy({ images: ['ghcr.io/acme/**'] })
    expect(policyAppliesTo(scoped, 'ghcr.io/acme/app:1.0')).toBe(true)
    expect(policyAppliesTo(scoped, 'docker.io/library/alpine:3')).toBe(false)
    expect(policyAppliesTo(signaturePolicy({}), 'alpine')).toBe(true)
  })
})
