// Native signature verification: pure functions over bytes the registry client fetched.
// Checks import this folder; it imports nothing from checks, reports or the verdict.
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { loadTrustedRoot, type LoadedTrustedRoot, type TrustedRootOptions } from './trusted-root.js'
import type { CompiledSignaturePolicy } from './types.js'

export { COSIGN_SIGN_PREDICATE } from './bundle.js'
export { cosignArguments, verifyWithCosign, type CosignOptions } from './cosign-cli.js'
export { keyFingerprint } from './keys.js'
export { compileSignaturePolicy, policyAppliesTo, type CompileContext } from './policy.js'
export {
  bundledTrustedRoot,
  loadTrustedRoot,
  parseTrustedRoot,
  type LoadedTrustedRoot
} from './trusted-root.js'
export { verifyImageSignatures, type ImageSignatures, type VerifyOptions } from './verify-image.js'
export type * from './types.js'

export interface RunTrustedRoots {
  rootFor(path: string | undefined): TrustedRoot
  /** Each root used and where it came from, plus any fallback notes, for the report. */
  sources: string[]
  notes: string[]
}

/**
 * Loads, once per run, every trusted root the policy names (its own and per-authority paths) and the
 * default one (bundled, or refreshed over TUF when `refresh` is given).
 */
export async function loadRunTrustedRoots(
  policy: CompiledSignaturePolicy,
  refresh?: TrustedRootOptions['refresh']
): Promise<RunTrustedRoots> {
  const paths = new Set(
    [policy.trustedRootPath, ...policy.authorities.map(a => a.trustedRootPath)].filter(p => p !== undefined)
  )
  const loaded = new Map<string | undefined, LoadedTrustedRoot>()
  const needsDefault =
    policy.trustedRootPath === undefined && policy.authorities.some(a => a.trustedRootPath === undefined)
  if (needsDefault) loaded.set(undefined, await loadTrustedRoot({ refresh }))
  for (const path of paths) loaded.set(path, await loadTrustedRoot({ path }))
  return {
    rootFor: path => {
      const root = loaded.get(path)
      if (root === undefined) throw new Error(`no trusted root was loaded for ${path ?? 'the default'}`)
      return root.root
    },
    sources: [...loaded.values()].map(l => l.source),
    notes: [...loaded.values()].flatMap(l => l.notes)
  }
}
