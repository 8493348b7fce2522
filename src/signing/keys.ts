import { constants, createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'

/** A verification key from the policy, with the fingerprint reports show for it. */
export interface PolicyKey {
  publicKey: KeyObject
  /** `sha256:<hex>` of the DER SubjectPublicKeyInfo, the same value `cosign public-key` users can compute. */
  fingerprint: string
}

const SUPPORTED_KEY_TYPES = new Set(['ec', 'ed25519', 'rsa', 'rsa-pss'])

/** Parses a PEM public key (SPKI, or an X.509 certificate whose key is meant); throws a plain sentence. */
export function parsePublicKey(pem: string): PolicyKey {
  let publicKey: KeyObject
  try {
    publicKey = createPublicKey(pem)
  } catch {
    throw new Error('it is not a PEM public key (expected `-----BEGIN PUBLIC KEY-----`, as `cosign.pub`)')
  }
  const type = publicKey.asymmetricKeyType ?? 'unknown'
  if (!SUPPORTED_KEY_TYPES.has(type)) {
    throw new Error(`key type ${type} is not supported (use ECDSA P-256/P-384, Ed25519 or RSA)`)
  }
  return { publicKey, fingerprint: keyFingerprint(publicKey) }
}

export function keyFingerprint(key: KeyObject): string {
  return `sha256:${createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`
}

/**
 * Whether `signature` is a valid signature of `data` under `key`, for every scheme cosign produces:
 * ECDSA (DER, SHA-256; SHA-384/512 also accepted for P-384/P-521 keys), Ed25519 (pure, no prehash),
 * and RSA with PKCS#1 v1.5 or PSS padding. Never throws.
 */
export function verifyWithKey(data: Buffer, key: KeyObject, signature: Buffer): boolean {
  const attempt = (algorithm: string | null, options: object = {}): boolean => {
    try {
      return verify(algorithm, data, { key, ...options }, signature)
    } catch {
      return false
    }
  }
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return attempt(null)
    case 'ec':
      return ecHashes(key).some(hash => attempt(hash))
    case 'rsa':
      return (
        attempt('sha256') ||
        attempt('sha256', {
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: constants.RSA_PSS_SALTLEN_AUTO
        })
      )
    case 'rsa-pss':
      return attempt('sha256', { saltLength: constants.RSA_PSS_SALTLEN_AUTO })
    default:
      return false
  }
}

function ecHashes(key: KeyObject): string[] {
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (curve === 'secp384r1') return ['sha256', 'sha384']
  if (curve === 'secp521r1') return ['sha256', 'sha512']
  return ['sha256']
}
