// SYNTHETIC: keys generated here, signatures made here in cosign's two layouts, pushed to a real
// docker-registry, found by the registry client and verified by the signing module end to end.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { parseImageReference } from '../../src/image/reference.js'
import { listBundleSignatures, listLegacySignatures, RegistryClient } from '../../src/registry/index.js'
import { bundledTrustedRoot } from '../../src/signing/trusted-root.js'
import { verifyImageSignatures } from '../../src/signing/verify-image.js'
import {
  buildImage,
  describeWithRegistry,
  pushBundleReferrer,
  pushImage,
  pushLegacySignature,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'
import { keyBundle, legacyLayer, pem } from '../helpers/registry/signing.js'
import { signaturePolicy } from '../signing/fixtures.js'

const keyA = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const keyB = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

describeWithRegistry('signatures pushed to docker-registry, listed and verified', () => {
  let registry: RunningRegistry
  const digests: Record<string, string> = {}
  const name = 'signed/app'

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    const repo = `${registry.host}/${name}`
    for (const [tag, user] of [
      ['legacy', '1000'],
      ['bundle', '1001'],
      ['other-key', '1002'],
      ['unsigned', '1003']
    ]) {
      digests[tag] = await pushImage(registry, await buildImage({ user }), name, [tag])
    }
    await pushLegacySignature(registry, name, digests.legacy, [
      legacyLayer(repo, digests.legacy, keyA.privateKey)
    ])
    await pushBundleReferrer(registry, name, digests.bundle, keyBundle(digests.bundle, keyA))
    await pushLegacySignature(registry, name, digests['other-key'], [
      legacyLayer(repo, digests['other-key'], keyB.privateKey)
    ])
  }, 120_000)
  afterAll(() => registry?.stop())

  async function verify(tag: string) {
    const client = new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { [registry.host]: { username: registry.username, password: registry.password } }
    })
    const image = parseImageReference(`${registry.host}/${name}:${tag}`)
    const digest = await client.resolveDigest(image)
    const [legacy, bundles] = await Promise.all([
      listLegacySignatures(client, image, digest),
      listBundleSignatures(client, image, digest)
    ])
    const policy = signaturePolicy({ authorities: [{ name: 'release', key: { data: pem(keyA.publicKey) } }] })
    const signatures = [...legacy.signatures, ...bundles.signatures]
    return verifyImageSignatures({ image: image.original, digest, signatures }, policy, {
      rootFor: () => bundledTrustedRoot().root
    })
  }

  it('a legacy .sig signature by the policy key verifies', async () => {
    const result = await verify('legacy')
    expect(result.verified).toBe(true)
    expect(result.signatures[0]).toMatchObject({ format: 'legacy', accepted: [{ authority: 'release' }] })
  })

  it('a bundle found through the referrers fallback tag verifies', async () => {
    const result = await verify('bundle')
    expect(result.verified).toBe(true)
    expect(result.signatures[0]).toMatchObject({ format: 'bundle', accepted: [{ authority: 'release' }] })
  })

  it('a signature by another key is rejected, and an unsigned image has none', async () => {
    const other = await verify('other-key')
    expect(other.verified).toBe(false)
    expect(other.signatures[0].rejected[0].reason).toBe('bad-signature')
    const unsigned = await verify('unsigned')
    expect(unsigned.verified).toBe(false)
    expect(unsigned.summary).toBe('no signatures found for this digest')
  })
})
