import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import * as path from 'node:path'
import { createSignatureCheck } from '../../src/checks/signatures/signature-check.js'
import { parseImageReference } from '../../src/image/reference.js'
import { parseImageTargets } from '../../src/image/source.js'
import type { CheckContext, ResolvedImageTarget } from '../../src/model/check.js'
import { testPolicy } from '../helpers/policy.js'
import { stubBin } from '../helpers/stub-bin.js'
import { signaturePolicy } from '../signing/fixtures.js'

const DIGEST = `sha256:${'5a'.repeat(32)}`
const IMAGE = 'registry.example/app:1.0'
const PEM = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString() // SYNTHETIC key

const noRegistry = () => {
  throw new Error('the registry must not be asked: the gate resolved the image')
}

function context(
  images: string[],
  signatures: Partial<ReturnType<typeof testPolicy>['signatures']>
): CheckContext {
  const base = testPolicy()
  const policy = { ...base, signatures: { ...base.signatures, ...signatures } }
  const resolved = new Map<string, ResolvedImageTarget>(
    images
      .filter(i => !i.includes(':/') && !i.startsWith('oci-layout:'))
      .map(image => {
        const reference = parseImageReference(image)
        return [
          image,
          { image, reference, digest: DIGEST, manifestDigest: DIGEST, scanReference: `x@${DIGEST}` }
        ]
      })
  )
  return {
    policy,
    workingDirectory: '/',
    dockerfiles: [],
    images,
    targets: parseImageTargets(images, '/'),
    resolved
  }
}

/** The check with `verifier: cosign`, a KMS key, and the stub cosign in `bin`. */
function cosignCheck(bin: string) {
  const policy = signaturePolicy({
    required: true,
    verifier: 'cosign',
    authorities: [{ name: 'kms', key: { kms: 'awskms:///alias/x' } }]
  })
  return createSignatureCheck({
    registry: noRegistry,
    policy,
    settings: { cosign: path.join(bin, 'cosign') }
  })
}

describe('signatures check', () => {
  it('is skipped when the policy neither requires nor names authorities, and asks for no digests', async () => {
    const check = createSignatureCheck({ registry: noRegistry })
    const c = context([IMAGE], {})
    expect(check.needsImageDigests?.(c)).toBe(false)
    expect(await check.run(c)).toEqual({
      findings: [],
      skippedReason: expect.stringMatching(/neither requires/)
    })
  })

  it('fails closed when signatures are required but no authority is named', async () => {
    const check = createSignatureCheck({ registry: noRegistry })
    const c = context([IMAGE], { required: true })
    expect(check.isRequired(c)).toBe(true)
    expect(check.needsImageDigests?.(c)).toBe(true)
    await expect(check.run(c)).rejects.toThrow(/signatures.authorities is empty/)
  })

  it('reports a local image the policy covers as not checkable (IG302), not as signed', async () => {
    const policy = signaturePolicy({ required: true, authorities: [{ key: { data: PEM } }] })
    const check = createSignatureCheck({ registry: noRegistry, policy })
    const out = await check.run(context(['oci-layout:/tmp/layout'], { required: true }))
    expect(out.findings.map(f => f.rule)).toEqual(['IG302'])
    expect(out.imageFacts?.[0].signature?.status).toBe('error')
  })

  it('leaves images outside signatures.images alone', async () => {
    const policy = signaturePolicy({
      required: true,
      images: ['ghcr.io/acme/**'],
      authorities: [{ key: { data: PEM } }]
    })
    const check = createSignatureCheck({ registry: noRegistry, policy })
    const out = await check.run(context([IMAGE], { required: true, images: ['ghcr.io/acme/**'] }))
    expect(out.skippedReason).toBe('no image the policy covers')
  })

  it('verifier: cosign runs cosign verify on name@digest of the resolved image and reports who verified', async () => {
    const answer = JSON.stringify([
      { critical: { image: { 'docker-manifest-digest': DIGEST }, type: 'cosign container image signature' } }
    ])
    const bin = stubBin({ cosign: `printf '%s\\n' "$@" > "$(dirname "$0")/args"\necho '${answer}'` })
    const check = cosignCheck(bin)
    const out = await check.run(context([IMAGE], { required: true }))
    expect(out.findings).toEqual([])
    expect(out.imageFacts?.[0].signature).toMatchObject({
      status: 'verified',
      verifiedBy: [{ authority: 'kms', signer: 'kms awskms:///alias/x' }]
    })
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(path.join(bin, 'args'), 'utf8')).toContain(`registry.example/app@${DIGEST}`)
  })

  it('verifier: cosign that rejects the image gives IG301 with cosign’s reason', async () => {
    const bin = stubBin({ cosign: `echo 'Error: no matching signatures' >&2\nexit 1` })
    const check = cosignCheck(bin)
    const out = await check.run(context([IMAGE], { required: true }))
    expect(out.findings).toMatchObject([
      { rule: 'IG301', message: expect.stringMatching(/no matching signatures/) }
    ])
  })
})
