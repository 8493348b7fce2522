// SYNTHETIC signatures made in tests with generated keys, in cosign's two layouts.
import { createHash, type KeyObject, sign } from 'node:crypto'
import { dsse } from '@sigstore/core'

export const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString()

/** One layer of a cosign `.sig` manifest: a simple-signing payload for `digest`, signed with `privateKey`. */
export function legacyLayer(name: string, digest: string, privateKey: KeyObject) {
  const payload = Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': name },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature'
      },
      optional: null
    })
  )
  return {
    payload,
    annotations: {
      'dev.cosignproject.cosign/signature': sign('sha256', payload, privateKey).toString('base64')
    }
  }
}

/** A Sigstore v0.3 bundle (DSSE, key-based) whose statement names `digest`. */
export function keyBundle(digest: string, key: { publicKey: KeyObject; privateKey: KeyObject }): string {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: digest.slice(7) }, annotations: {} }],
    predicateType: 'https://sigstore.dev/cosign/sign/v1',
    predicate: {}
  }
  const payload = Buffer.from(JSON.stringify(statement))
  const sig = sign('sha256', dsse.preAuthEncoding('application/vnd.in-toto+json', payload), key.privateKey)
  const hint = createHash('sha256')
    .update(key.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64')
  return JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint } },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: sig.toString('base64'), keyid: '' }]
    }
  })
}
