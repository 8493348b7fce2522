import { createHash } from 'node:crypto'

const DIGEST = /^(sha256|sha384|sha512):([a-f0-9]+)$/
const HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }

/** `sha256:<hex>` (or sha384/sha512) with the right hex length; anything else is not a digest. */
export function isDigest(text: string): boolean {
  const match = DIGEST.exec(text)
  return match !== null && match[2].length === HEX_LENGTH[match[1]]
}

/** The digest of `bytes` in the algorithm of `like` (sha256 by default). */
export function digestOf(bytes: Uint8Array, like = 'sha256:'): string {
  const algorithm = like.slice(0, like.indexOf(':'))
  const name = algorithm in HEX_LENGTH ? algorithm : 'sha256'
  return `${name}:${createHash(name).update(bytes).digest('hex')}`
}

/** `sha256:abc…` → `sha256-abc…`, the referrers fallback tag (and, with `.sig`, cosign's tag). */
export function digestTag(digest: string, suffix = ''): string {
  return digest.replace(':', '-') + suffix
}
