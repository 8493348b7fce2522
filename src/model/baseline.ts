import type { Finding } from './finding.js'

/**
 * What scanning one image's base (`compare-to`) gave. The base's findings carry the compared image's
 * reference, so identities (model/identity.ts) and policy exceptions match them as they match the image's
 * own findings; `base` keeps the reference that was scanned.
 */
export type BaselineScan =
  | { image: string; base: string; scanned: true; findings: Finding[] }
  | { image: string; base: string; scanned: false; error: string }
