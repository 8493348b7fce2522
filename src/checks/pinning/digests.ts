import pMap from 'p-map'
import { errorMessage } from '../../errors.js'
import { tryParseImageReference, type ImageReference } from '../../image/reference.js'
import type { CheckContext } from '../../model/check.js'
import type { RegistryClient } from '../../registry/index.js'
import { truncate } from '../../util/untrusted.js'

/** FROM images looked up at once; the registry client bounds requests in flight as well. */
const LOOKUPS_AT_ONCE = 8

/** What a tag resolves to now, or why that could not be found out. */
export type DigestAnswer = { digest: string } | { problem: string }

/**
 * The digests to suggest in IG103 findings, by image as written: from the gate's one resolution when it
 * made one, else looked up here (only images without a digest, only when the policy requires digests),
 * input images and FROM images alike. A lookup that fails is an answer with the reason, never an
 * exception: pinning is a check on the text, which the registry only makes more precise.
 */
export async function lookUpDigests(
  context: CheckContext,
  images: readonly string[],
  registry: (() => RegistryClient) | undefined
): Promise<Map<string, DigestAnswer>> {
  const answers = new Map<string, DigestAnswer>()
  for (const [image, target] of context.resolved ?? []) answers.set(image, { digest: target.digest })
  if (!context.policy.images.tags.requireDigest || registry === undefined) return answers
  const wanted = [...new Set(images)].flatMap(image => {
    const parsed = tryParseImageReference(image)
    return parsed.ok && parsed.reference.digest === undefined && !answers.has(image)
      ? [{ image, reference: parsed.reference }]
      : []
  })
  const found = await pMap(wanted, ({ reference }) => resolveTag(registry(), reference), {
    concurrency: LOOKUPS_AT_ONCE
  })
  wanted.forEach(({ image }, i) => answers.set(image, found[i]))
  return answers
}

async function resolveTag(registry: RegistryClient, reference: ImageReference): Promise<DigestAnswer> {
  try {
    return { digest: await registry.resolveDigest(reference) }
  } catch (error) {
    return { problem: truncate(errorMessage(error), 300) }
  }
}

/** The exact pin when the tag's digest is known, else an example and why the digest is not known. */
export function pinSuggestion(ref: ImageReference, name: string, answer: DigestAnswer | undefined): string {
  if (answer && 'digest' in answer) {
    const pinned = ref.tag === undefined ? `${name}@${answer.digest}` : `${name}:${ref.tag}@${answer.digest}`
    return `it resolves to ${answer.digest} now: pin it as ${pinned}`
  }
  const tag = ref.tag === undefined || ref.tag === 'latest' ? '<version>' : ref.tag
  const unknown = answer ? ` (could not resolve it: ${answer.problem})` : ''
  return `pin it, e.g. ${name}:${tag}@sha256:<digest>${unknown}`
}
