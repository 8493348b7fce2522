import type { CheckContext } from '../../model/check.js'
import { parsePlatform, type Platform } from '../../registry/index.js'
import type { ResolvedDigests } from './load.js'

/**
 * What the gate's prepare step resolved, read structurally: the step that sets
 * `CheckContext.resolved` (image as written → digests) and `images.platform` is merged separately
 * (issue 12, "one image, one digest"). Once both are in the model, these become plain property reads.
 */
interface GateResolution {
  resolved?: ReadonlyMap<string, ResolvedDigests>
  policy: { images: { platform?: string } }
}

/** The digests the gate resolved for this image, when it resolved it. */
export function gateResolution(context: CheckContext, image: string): ResolvedDigests | undefined {
  return (context as GateResolution).resolved?.get(image)
}

/** The policy's platform (`images.platform`), else the given default (linux/amd64 when undefined). */
export function policyPlatform(context: CheckContext, fallback: Platform | undefined): Platform | undefined {
  const text = (context as GateResolution).policy.images.platform
  return text === undefined ? fallback : parsePlatform(text)
}
