import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { parseImageReference } from '../../src/image/reference.js'
import {
  CosignAnnotation,
  listBundleSignatures,
  listLegacySignatures,
  RegistryClient
} from '../../src/registry/index.js'
import {
  appendToFallbackIndex,
  buildImage,
  describeWithRegistry,
  pushBundleReferrer,
  pushImage,
  pushLegacySignature,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'

// SYNTHETIC signatures: the bytes are placeholders; verification is tested in the signing module.
function simpleSigning(name: string, digest: string): string {
  const critical = {
    identity: { 'docker-reference': name },
    image: { 'docker-manifest-digest': digest },
    type: 'cosign container image signature'
  }
  return JSON.stringify({ critical, optional: null })
}
const FAKE_BUNDLE = JSON.stringify({
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  synthetic: true
})

describeWithRegistry('signature artifacts in docker-registry (legacy .sig and referrer fallback)', () => {
  let registry: RunningRegistry
  let signed: string
  let other: string
  const name = 'sig/app'

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    signed = await pushImage(registry, await buildImage({ user: '1000' }), name, ['1.0'])
    other = await pushImage(registry, await buildImage({ user: '1001' }), name, ['other'])
    const host = `${registry.host}/${name}`
    await pushLegacySignature(registry, name, signed, [
      {
        payload: simpleSigning(host, signed),
        annotations: { [CosignAnnotation.signature]: 'MEUCIQ-synthetic' }
      },
      { payload: 'x'.repeat(1024 * 1024 + 1), annotations: {} },
      { payload: '{}', mediaType: 'application/vnd.example.other', annotations: {} }
    ])
    await pushBundleReferrer(registry, name, signed, FAKE_BUNDLE)
    // The ghcr.io quirk: the fallback index claims the empty type; the manifest says what it is.
    await pushBundleReferrer(registry, name, signed, FAKE_BUNDLE.replace('true', 'false'), {
      indexArtifactType: 'application/vnd.oci.empty.v1+json'
    })
    await pushBundleReferrer(registry, name, signed, '{"sbom":true}', {
      artifactType: 'application/spdx+json',
      layerMediaType: 'application/spdx+json'
    })
    // A referrer of the other image listed under this one's fallback tag: not this image's signature.
    const stray = await pushBundleReferrer(registry, name, other, FAKE_BUNDLE)
    await appendToFallbackIndex(registry, name, signed, {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: stray,
      size: 1
    })
  }, 120_000)
  afterAll(() => registry?.stop())

  const client = () =>
    new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { [registry.host]: { username: registry.username, password: registry.password } }
    })

  it('lists the .sig layers: payload bytes and cosign annotations; skips the oversized and foreign layers', async () => {
    const image = parseImageReference(`${registry.host}/${name}:1.0`)
    const listing = await listLegacySignatures(client(), image, signed)
    expect(listing.signatures).toHaveLength(1)
    const [signature] = listing.signatures
    expect(
      JSON.parse(Buffer.from(signature.payload).toString()).critical.image['docker-manifest-digest']
    ).toBe(signed)
    expect(signature.signature).toBe('MEUCIQ-synthetic')
    expect(signature).toMatchObject({ format: 'legacy', source: `${signed.replace(':', '-')}.sig layer 1` })
    expect(listing.skipped.map(s => s.reason)).toEqual([
      expect.stringMatching(/larger than the 1 MiB imagegate reads/),
      'layer media type application/vnd.example.other is not simple signing'
    ])
  })

  it('an image without a .sig tag has no legacy signatures (not an error)', async () => {
    const image = parseImageReference(`${registry.host}/${name}:other`)
    expect(await listLegacySignatures(client(), image, other)).toEqual({ signatures: [], skipped: [] })
  })

  it('falls back to the sha256-<hex> tag index (distribution 2.8 has no referrers API)', async () => {
    const c = client()
    const referrers = await c.listReferrers(parseImageReference(`${registry.host}/${name}:1.0`), signed)
    expect(referrers.source).toBe('tag')
    expect(referrers.descriptors).toHaveLength(4)
    expect(c.stats.counts.referrers).toBe(1)
  })

  it('lists bundle referrers by their own artifactType, skipping SBOMs and other subjects', async () => {
    const image = parseImageReference(`${registry.host}/${name}:1.0`)
    const listing = await listBundleSignatures(client(), image, signed)
    expect(listing.signatures.map(s => JSON.parse(Buffer.from(s.bundle).toString()).synthetic)).toEqual([
      true,
      false
    ])
    expect(listing.signatures[0]).toMatchObject({
      format: 'bundle',
      source: expect.stringMatching(/^referrer sha256:/)
    })
    expect(listing.signatures[0].annotations['dev.sigstore.bundle.predicateType']).toBe(
      'https://sigstore.dev/cosign/sign/v1'
    )
    expect(listing.skipped.map(s => s.reason)).toEqual([
      'artifact type application/spdx+json is not a Sigstore bundle',
      `its subject is ${other}, not ${signed}`
    ])
    const none = await listBundleSignatures(
      client(),
      parseImageReference(`${registry.host}/${name}:other`),
      other
    )
    expect(none.signatures).toHaveLength(1) // the stray one, under its own subject
  })
})
