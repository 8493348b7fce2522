import type { ImageTarget } from '../image/source.js'
import type { ResolvedImageTarget } from '../model/check.js'
import pMap from 'p-map'
import type { RegistryClient } from './client.js'
import { formatPlatform, parsePlatform } from './platform.js'

/** At most this many images are resolved at once; the client bounds requests in flight as well. */
const RESOLVE_CONCURRENCY = 8

export type TargetResolution =
  { ok: true; target: ResolvedImageTarget } | { ok: false; image: string; error: unknown }

/**
 * Resolves every registry image once (tag → digest, index → `platform`'s manifest). Local layouts and
 * archives are the image itself and are not resolved. Failures are returned per image, so the caller
 * can name all of them at once.
 */
export async function resolveImageTargets(
  client: RegistryClient,
  targets: readonly ImageTarget[],
  platform: string
): Promise<TargetResolution[]> {
  const wanted = parsePlatform(platform)
  const references = targets.flatMap(t => (t.kind === 'reference' ? [t] : []))
  return pMap(
    references,
    async ({ image, reference }): Promise<TargetResolution> => {
      try {
        const resolved = await client.resolveImage(reference, wanted)
        const name = `${reference.registry}/${reference.repository}`
        const target: ResolvedImageTarget = {
          image,
          reference,
          digest: resolved.digest,
          manifestDigest: resolved.manifestDigest,
          platform: resolved.platform ? formatPlatform(resolved.platform) : undefined,
          scanReference: `${name}@${resolved.manifestDigest}`
        }
        return { ok: true, target }
      } catch (error) {
        return { ok: false, image, error }
      }
    },
    { concurrency: RESOLVE_CONCURRENCY }
  )
}
