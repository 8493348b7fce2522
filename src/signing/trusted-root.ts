import type { KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { TrustedRoot } from '@sigstore/protobuf-specs'
// The public-good TUF seed that @sigstore/tuf ships: it embeds the current trusted_root.json (base64)
// as a target. Importing it here makes ncc bundle it, so the action needs no network to verify.
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { errorMessage } from '../errors.js'
import { trustedRootJson } from './trusted-root-text.js'

const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev'

export interface LoadedTrustedRoot {
  root: TrustedRoot
  /** Where it came from, for the report: a path, the bundled public-good root, or TUF. */
  source: string
  /** Anything a reader should know, e.g. that a TUF refresh failed and the bundled root was used. */
  notes: string[]
}

/** Parses trusted_root.json text; throws a plain sentence when it is not one. */
export function parseTrustedRoot(text: string): TrustedRoot {
  const json = trustedRootJson(text)
  const root = TrustedRoot.fromJSON(json)
  try {
    // Builds every key and certificate once, so a corrupt entry fails here and not mid-verification.
    toTrustMaterial(root)
  } catch (error) {
    throw new Error(`it has an unreadable key or certificate (${errorMessage(error)})`)
  }
  return root
}

/** The public-good trusted root as shipped in @sigstore/tuf's seed: no network, no files. */
export function bundledTrustedRoot(): LoadedTrustedRoot {
  const seed = (seeds as Record<string, { targets: Record<string, string> }>)[PUBLIC_GOOD_MIRROR]
  const encoded = seed?.targets['trusted_root.json']
  if (encoded === undefined)
    throw new Error('@sigstore/tuf no longer ships a public-good trusted_root.json seed')
  return {
    root: parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8')),
    source: 'the public-good Sigstore trusted root bundled with imagegate',
    notes: []
  }
}

export interface TrustedRootOptions {
  /** A trusted_root.json from the policy: used as is, offline. */
  path?: string
  /** Refresh the public-good root through Sigstore's TUF repository (network), bounded in time. */
  refresh?: { cachePath: string; timeoutMs: number; mirrorURL?: string }
}

/**
 * The trusted root for a run: the policy's file when given; else, when refresh is on, the TUF
 * repository's current root within the time limit; else (or when that fails) the bundled root.
 */
export async function loadTrustedRoot(options: TrustedRootOptions): Promise<LoadedTrustedRoot> {
  if (options.path !== undefined) {
    return { root: parseTrustedRoot(readFileSync(options.path, 'utf8')), source: options.path, notes: [] }
  }
  if (options.refresh === undefined) return bundledTrustedRoot()
  const { cachePath, timeoutMs, mirrorURL = PUBLIC_GOOD_MIRROR } = options.refresh
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    // Loaded only here: the TUF client (tuf-js, make-fetch-happen) is most of @sigstore's weight.
    const { getTrustedRoot } = await import('@sigstore/tuf')
    const root = await Promise.race([
      getTrustedRoot({ cachePath, mirrorURL, timeout: timeoutMs, retry: false }),
      deadline
    ])
    return { root, source: `Sigstore TUF (${mirrorURL})`, notes: [] }
  } catch (error) {
    const fallback = bundledTrustedRoot()
    const note = `could not refresh the Sigstore trusted root over TUF (${errorMessage(error)}); used the bundled one`
    return { ...fallback, notes: [note] }
  } finally {
    clearTimeout(timer)
  }
}

/** Trust material for one authority: the root's CAs and logs, and the policy key when there is one. */
export function trustMaterialFor(root: TrustedRoot, key?: KeyObject): TrustMaterial {
  // cosign's key hint is sha256(SPKI); the policy names exactly one key, so the hint is not needed.
  return key === undefined
    ? toTrustMaterial(root)
    : toTrustMaterial(root, () => ({ publicKey: key, validFor: () => true }))
}
