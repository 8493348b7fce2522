import type { SignedEntity } from '@sigstore/verify'
import type { KeyObject } from 'node:crypto'
import { verifyWithKey } from './keys.js'

/** A signature in the shape @sigstore/verify checks, plus its signed claims for the digest check. */
export interface PreparedSignature {
  entity: SignedEntity
  /** Parses the signed claims; call after the signature verified. Throws ClaimError. */
  claims(): { digests: string[] }
}

/** A signed claim that is malformed or of the wrong kind; `reason` is its RejectReason. */
export class ClaimError extends Error {
  constructor(
    readonly reason: 'malformed' | 'not-a-signature',
    message: string
  ) {
    super(message)
  }
}

/**
 * The same entity, but with the signature checked by verifyWithKey over `signedBytes`: @sigstore/verify
 * hashes with SHA-256 and default padding, which rejects Ed25519 and RSA-PSS keys cosign can sign with.
 */
export function withSignatureCheck(
  entity: SignedEntity,
  signedBytes: Buffer,
  signature: Buffer
): SignedEntity {
  const original: SignedEntity['signature'] = entity.signature
  return {
    ...entity,
    signature: {
      signature,
      compareSignature: other => original.compareSignature(other),
      compareDigest: digest => original.compareDigest(digest),
      verifySignature: (key: KeyObject) => verifyWithKey(signedBytes, key, signature)
    }
  }
}
