import { ConfigError } from '../errors.js'
import { imageRepository } from './repository.js'
import { tryParseImageReference } from './reference.js'
import { parseImageTargets, type ImageTarget } from './source.js'

/** The `compare-to` input (CLI `--compare-to`) and what its placeholders are filled from. */
export interface CompareToRequest {
  /** One base image per image (in the order of `images`), or one for all; may hold placeholders. */
  to: string[]
  /** The pull request's base branch (action) or `--base-ref` (CLI). */
  baseRef?: string
  /**
   * Without a base ref, `{base_ref}` is a mistake (CLI: the user can pass `--base-ref`) or is skipped
   * with a note (action: a push or scheduled run of the same workflow has no base branch).
   */
  baseRefRequired: boolean
}

export interface ResolvedBases {
  pairs: Array<{ image: string; base: string }>
  /** Why nothing is compared, when `compare-to` was given but could not apply to this run. */
  note?: string
}

const PLACEHOLDER = /\{([^{}]*)\}/g
const KNOWN = new Set(['base_ref', 'repository'])
// A tag is [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} (OCI distribution spec).
const TAG_MAX = 128

/**
 * Pairs each image with the base image it is compared with. `{base_ref}` is the base branch made a valid
 * tag the way docker/metadata-action makes branch tags (`release/1.2` → `release-1.2`); `{repository}` is
 * the image's repository (`ghcr.io/acme/app`), so one template serves several images. Pure.
 */
export function resolveCompareTo(request: CompareToRequest, images: readonly string[]): ResolvedBases {
  const templates = request.to.map(t => t.trim()).filter(t => t !== '')
  if (templates.length === 0) return { pairs: [] }
  if (images.length === 0) {
    throw new ConfigError('compare-to is set, but there is no image to compare: add the images to check')
  }
  for (const template of templates) {
    const unknown = [...template.matchAll(PLACEHOLDER)].map(m => m[1]!).filter(name => !KNOWN.has(name))
    if (unknown.length > 0) {
      throw new ConfigError(
        `compare-to "${template}": unknown placeholder {${unknown[0]}}; use {base_ref} or {repository}`
      )
    }
  }
  if (templates.length !== 1 && templates.length !== images.length) {
    throw new ConfigError(
      `compare-to has ${templates.length} entries for ${images.length} images: give one per image, in the ` +
        'order of the images, or one template with {repository}'
    )
  }
  if (templates.length === 1 && images.length > 1 && !templates[0]!.includes('{repository}')) {
    throw new ConfigError(
      `compare-to "${templates[0]}" would be the base of all ${images.length} images: give one per image, ` +
        'or use {repository}, e.g. {repository}:{base_ref}'
    )
  }
  const baseRef = request.baseRef?.trim() || undefined
  if (baseRef === undefined && templates.some(t => t.includes('{base_ref}'))) {
    const why = 'compare-to uses {base_ref}, and this run has no base branch'
    if (request.baseRefRequired) throw new ConfigError(`${why}: pass --base-ref BRANCH`)
    return { pairs: [], note: `${why} (only pull request and merge queue events do): nothing is compared` }
  }
  const tag = baseRef === undefined ? '' : baseRefTag(baseRef)
  return {
    pairs: images.map((image, i) => {
      const template = templates.length === 1 ? templates[0]! : templates[i]!
      return { image, base: template.replace(PLACEHOLDER, (_, name: string) => fill(name, image, tag)) }
    })
  }
}

/** The pairs with each base parsed like an input image; a bad one is a ConfigError that names compare-to. */
export function resolveBaseImages(
  request: CompareToRequest,
  images: readonly string[],
  workingDirectory: string
): { bases: Array<{ image: string; base: ImageTarget }>; note?: string } {
  const { pairs, note } = resolveCompareTo(request, images)
  let targets: ImageTarget[]
  try {
    targets = parseImageTargets(
      pairs.map(p => p.base),
      workingDirectory
    )
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    const problems = error.problems.map(p => ({ ...p, message: `compare-to: ${p.message}` }))
    throw new ConfigError(`compare-to: ${error.message}`, problems)
  }
  return { bases: pairs.map((p, i) => ({ image: p.image, base: targets[i]! })), note }
}

/** The base branch as a tag: `refs/heads/` dropped, characters a tag cannot hold made `-`. */
export function baseRefTag(ref: string): string {
  const tag = ref
    .replace(/^refs\/heads\//, '')
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, TAG_MAX)
  if (tag === '') throw new ConfigError(`base ref "${ref}" cannot be made an image tag for compare-to`)
  return tag
}

function fill(name: string, image: string, tag: string): string {
  if (name === 'base_ref') return tag
  if (!tryParseImageReference(image).ok) {
    throw new ConfigError(`compare-to: {repository} needs a registry image, and "${image}" is not one`)
  }
  return imageRepository(image)
}
