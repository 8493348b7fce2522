import { readFileSync } from 'node:fs'
import { verifyImageSignatures } from '../../src/signing/verify-image.js'
import { bundledTrustedRoot } from '../../src/signing/trusted-root.js'
import type { CompiledSignaturePolicy, SignatureInput } from '../../src/signing/types.js'
import { fixturePath, fixtureRoot, flip, HAVE_FIXTURES, legacyFixture, signaturePolicy } from './fixtures.js'

const describeReal = HAVE_FIXTURES ? describe : describe.skip

const KEY = { key: { path: 'containers-image-cosign-key/cosign.pub' } }
const KEY2 = { key: { path: 'containers-image-cosign-key-rekor/cosign2.pub' } }
const MITR = {
  keyless: { identities: [{ issuer: 'https://github.com/login/oauth', subject: 'mitr@redhat.com' }] }
}
const CODY = {
  keyless: { identities: [{ issuer: 'https://github.com/login/oauth', subject: 'cody@soyland.com' }] }
}
const ATTESTATION_PREDICATE = 'https://cosign.sigstore.dev/attestation/v1'
const ATTESTED_DIGEST = 'sha256:732112270d7e59418a8c080b134b24cabd67d250d0d0147a97ed95ba5c280aa4'

function verify(
  policy: CompiledSignaturePolicy,
  signatures: SignatureInput[],
  digest: string,
  options: { root?: 'fixture' | 'bundled'; predicateTypes?: string[] } = {}
) {
  const root = options.root === 'bundled' ? bundledTrustedRoot().root : fixtureRoot()
  return verifyImageSignatures({ image: 'example/app', digest, signatures }, policy, {
    rootFor: () => root,
    predicateTypes: options.predicateTypes
  })
}

function attestation(
  bytes = readFileSync(fixturePath('cosign-oci-attestation.sigstore.json'))
): SignatureInput {
  return { format: 'bundle', bundle: bytes, source: 'cosign-oci-attestation' }
}

describeReal('real cosign vectors verify offline', () => {
  it.each(['fixture', 'bundled'] as const)('legacy key-based, no tlog (%s root)', root => {
    const { input, digest } = legacyFixture('containers-image-cosign-key')
    const result = verify(signaturePolicy({ authorities: [KEY] }), [input], digest, { root })
    expect(result.verified).toBe(true)
    expect(result.signatures[0].accepted[0]).toEqual({
      authority: 'authority-1',
      signer: { keyFingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
      tlog: undefined
    })
  })

  it.each(['fixture', 'bundled'] as const)('legacy key-based with a Rekor SET (%s root)', root => {
    const { input, digest } = legacyFixture('containers-image-cosign-key-rekor')
    const policy = signaturePolicy({ authorities: [{ ...KEY2, tlog: 'required' }] })
    const result = verify(policy, [input], digest, { root })
    expect(result.verified).toBe(true)
    expect(result.signatures[0].accepted[0].tlog).toEqual({
      logIndex: '11608800',
      integratedTime: new Date(1674251859 * 1000).toISOString()
    })
  })

  it.each(['fixture', 'bundled'] as const)('legacy keyless (Fulcio + Rekor) (%s root)', root => {
    const { input, digest } = legacyFixture('containers-image-cosign-keyless-rekor')
    const result = verify(signaturePolicy({ authorities: [MITR] }), [input], digest, { root })
    expect(result.signatures[0].rejected).toEqual([])
    expect(result.verified).toBe(true)
    expect(result.signatures[0].accepted[0]).toMatchObject({
      signer: { identity: { issuer: 'https://github.com/login/oauth', subject: 'mitr@redhat.com' } },
      tlog: { logIndex: '11605770', integratedTime: '2023-01-20T20:51:33.000Z' }
    })
  })

  it('a v0.3 DSSE bundle verifies when its predicate type is accepted', () => {
    const result = verify(signaturePolicy({ authorities: [CODY] }), [attestation()], ATTESTED_DIGEST, {
      predicateTypes: [ATTESTATION_PREDICATE]
    })
    expect(result.signatures[0].rejected).toEqual([])
    expect(result.verified).toBe(true)
    expect(result.signatures[0]).toMatchObject({
      format: 'bundle',
      accepted: [{ tlog: { logIndex: '175508996' } }]
    })
  })

  it.each([
    ['v0.1', 'application/vnd.dev.sigstore.bundle+json;version=0.1'],
    ['v0.2', 'application/vnd.dev.sigstore.bundle+json;version=0.2']
  ])('the same real envelope and log entry in a %s bundle verifies too', (_, mediaType) => {
    // Only the container changes (certificate → one-element chain); every signed byte is the original.
    const json = JSON.parse(readFileSync(fixturePath('cosign-oci-attestation.sigstore.json'), 'utf8'))
    const { certificate, ...material } = json.verificationMaterial
    const older = {
      ...json,
      mediaType,
      verificationMaterial: { ...material, x509CertificateChain: { certificates: [certificate] } }
    }
    const result = verify(
      signaturePolicy({ authorities: [CODY] }),
      [attestation(Buffer.from(JSON.stringify(older)))],
      ATTESTED_DIGEST,
      {
        predicateTypes: [ATTESTATION_PREDICATE]
      }
    )
    expect(result.signatures[0].rejected).toEqual([])
    expect(result.verified).toBe(true)
  })

  it('an authority threshold counts distinct identities: one signer cannot meet 2', () => {
    const { input, digest } = legacyFixture('containers-image-cosign-keyless-rekor')
    const policy = signaturePolicy({ authorities: [{ ...MITR, threshold: 2 }] })
    const result = verify(policy, [input, { ...input, source: 'copy' }], digest)
    expect(result.signatures.every(s => s.accepted.length === 1)).toBe(true)
    expect(result.verified).toBe(false)
  })

  it('an attestation is not a signature by default (predicate type filter)', () => {
    const result = verify(signaturePolicy({ authorities: [CODY] }), [attestation()], ATTESTED_DIGEST)
    expect(result.verified).toBe(false)
    expect(result.signatures[0].rejected[0].reason).toBe('not-a-signature')
  })
})

describeReal('tampered copies of the real vectors are rejected, each with its own reason', () => {
  const keyless = () => legacyFixture('containers-image-cosign-keyless-rekor')
  const reasonFor = (
    mutate: (input: { payload: Uint8Array; annotations: Record<string, string> }) => void,
    digestOverride?: string
  ) => {
    const { input, digest } = keyless()
    const copy = { ...input, annotations: { ...input.annotations } }
    mutate(copy)
    const result = verify(signaturePolicy({ authorities: [MITR] }), [copy], digestOverride ?? digest)
    expect(result.verified).toBe(false)
    return result.signatures[0].rejected[0]
  }

  it('a payload byte flipped: the payload no longer matches the log', () => {
    // Byte 40 is inside docker-reference: still JSON, still the right digest.
    expect(reasonFor(s => (s.payload = flip(Buffer.from(s.payload), 40))).reason).toBe('payload-changed')
  })

  it('a signature byte flipped: bad signature', () => {
    const sig = Buffer.from(keyless().input.annotations['dev.cosignproject.cosign/signature'], 'base64')
    const flipped = flip(sig, -3).toString('base64')
    expect(reasonFor(s => (s.annotations['dev.cosignproject.cosign/signature'] = flipped)).reason).toBe(
      'bad-signature'
    )
  })

  it('another image digest: digest mismatch, naming both', () => {
    const other = `sha256:${'ab'.repeat(32)}`
    const rejection = reasonFor(() => undefined, other)
    expect(rejection.reason).toBe('digest-mismatch')
    expect(rejection.detail).toContain(other)
  })

  it('a certificate byte flipped: untrusted certificate', () => {
    const pemText = keyless().input.annotations['dev.sigstore.cosign/certificate']
    const der = Buffer.from(pemText.replace(/-----[^-]+-----|\s/g, ''), 'base64')
    const tampered = `-----BEGIN CERTIFICATE-----\n${flip(der, -10).toString('base64')}\n-----END CERTIFICATE-----\n`
    expect(reasonFor(s => (s.annotations['dev.sigstore.cosign/certificate'] = tampered)).reason).toBe(
      'untrusted-certificate'
    )
  })

  it('another identity: identity mismatch, saying which identity was found', () => {
    const { input, digest } = keyless()
    const policy = signaturePolicy({
      authorities: [
        { keyless: { identities: [{ issuer: 'https://github.com/login/oauth', subject: 'mitr@redhat.co' }] } }
      ]
    })
    const rejection = verify(policy, [input], digest).signatures[0].rejected[0]
    expect(rejection.reason).toBe('identity-mismatch')
    expect(rejection.detail).toContain('subject=mitr@redhat.com')
  })

  it('a SET byte flipped: tlog invalid', () => {
    const rekor = JSON.parse(keyless().input.annotations['dev.sigstore.cosign/bundle']) as {
      SignedEntryTimestamp: string
    }
    rekor.SignedEntryTimestamp = flip(Buffer.from(rekor.SignedEntryTimestamp, 'base64'), -3).toString(
      'base64'
    )
    expect(reasonFor(s => (s.annotations['dev.sigstore.cosign/bundle'] = JSON.stringify(rekor))).reason).toBe(
      'tlog-invalid'
    )
  })

  it('no Rekor entry: tlog missing when required, an expired certificate when optional', () => {
    expect(reasonFor(s => delete s.annotations['dev.sigstore.cosign/bundle']).reason).toBe('tlog-missing')
    const { input, digest } = keyless()
    const annotations = { ...input.annotations }
    delete annotations['dev.sigstore.cosign/bundle']
    const policy = signaturePolicy({ authorities: [{ ...MITR, tlog: 'optional' }] })
    const rejection = verify(policy, [{ ...input, annotations }], digest).signatures[0].rejected[0]
    expect(rejection.reason).toBe('certificate-expired-without-tlog')
  })

  it('a trusted root without the Fulcio CA, or without CT logs: untrusted certificate, SCT missing', () => {
    const { input, digest } = keyless()
    const policy = signaturePolicy({ authorities: [MITR] })
    const run = (root: ReturnType<typeof fixtureRoot>) =>
      verifyImageSignatures({ image: 'app', digest, signatures: [input] }, policy, { rootFor: () => root })
        .signatures[0].rejected[0].reason
    expect(run({ ...fixtureRoot(), certificateAuthorities: [] })).toBe('untrusted-certificate')
    expect(run({ ...fixtureRoot(), ctlogs: [] })).toBe('sct-missing')
    // `optional` admits certificates without an SCT; one that is there must still verify.
    const lenient = signaturePolicy({ authorities: [{ ...MITR, ctlog: 'optional' }] })
    const result = verifyImageSignatures({ image: 'app', digest, signatures: [input] }, lenient, {
      rootFor: () => ({ ...fixtureRoot(), ctlogs: [] })
    })
    expect(result.signatures[0].rejected[0].reason).toBe('sct-missing')
  })

  it('garbage annotations: malformed, never a crash', () => {
    expect(reasonFor(s => (s.annotations['dev.cosignproject.cosign/signature'] = '%%%')).reason).toBe(
      'malformed'
    )
    expect(reasonFor(s => (s.annotations['dev.sigstore.cosign/bundle'] = '{"Payload":1}')).reason).toBe(
      'malformed'
    )
  })

  it('a key-based signature under the wrong key: bad signature', () => {
    const { input, digest } = legacyFixture('containers-image-cosign-key-rekor')
    expect(
      verify(signaturePolicy({ authorities: [KEY] }), [input], digest).signatures[0].rejected[0].reason
    ).toBe('bad-signature')
  })

  it('a bundle for another digest, and a bundle with a flipped DSSE payload', () => {
    const options = { predicateTypes: [ATTESTATION_PREDICATE] }
    const policy = signaturePolicy({ authorities: [CODY] })
    const other = verify(policy, [attestation()], `sha256:${'cd'.repeat(32)}`, options)
    expect(other.signatures[0].rejected[0].reason).toBe('digest-mismatch')
    const json = JSON.parse(readFileSync(fixturePath('cosign-oci-attestation.sigstore.json'), 'utf8'))
    json.dsseEnvelope.payload = flip(Buffer.from(json.dsseEnvelope.payload, 'base64'), 30).toString('base64')
    const tampered = verify(
      policy,
      [attestation(Buffer.from(JSON.stringify(json)))],
      ATTESTED_DIGEST,
      options
    )
    expect(tampered.verified).toBe(false)
    expect(['payload-changed', 'bad-signature', 'tlog-invalid']).toContain(
      tampered.signatures[0].rejected[0].reason
    )
  })
})
