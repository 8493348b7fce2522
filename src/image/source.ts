import * as path from 'node:path'
import { invalidReference, tryParseImageReference, type ImageReference } from './reference.js'
import { throwIfProblems } from '../errors.js'

/**
 * An input image, parsed once: a registry (or local daemon) reference, an OCI image layout directory
 * (`oci-layout:PATH[:tag]`, what umoci, skopeo and buildx `type=oci` write) or a `docker save` tarball
 * (`docker-archive:PATH`). `image` is the input as the user wrote it.
 */
export type ImageTarget =
  | {
      kind: 'reference'
      image: string
      reference: ImageReference
      /** `name@sha256:…` once the gate resolved the image: what scanners are given instead of `image`. */
      pinned?: string
    }
  | { kind: 'oci-layout'; image: string; path: string; tag?: string }
  | { kind: 'docker-archive'; image: string; path: string }

const OCI_LAYOUT = 'oci-layout:'
const DOCKER_ARCHIVE = 'docker-archive:'

/**
 * Every input image as a target, paths resolved against the working directory. All invalid inputs are
 * reported together, as one ConfigError: `-q`, `dir:/` or `file:x` would otherwise reach a scanner as a
 * flag or as one of its own source schemes.
 */
export function parseImageTargets(images: string[], workingDirectory: string): ImageTarget[] {
  const parsed = images.map(image => parseOne(image, workingDirectory))
  throwIfProblems(parsed.flatMap(p => ('problem' in p ? [p.problem] : [])))
  return parsed.flatMap(p => ('target' in p ? [p.target] : []))
}

/** One input image; throws a ConfigError when it is invalid. */
export function parseImageTarget(image: string, workingDirectory: string): ImageTarget {
  return parseImageTargets([image], workingDirectory)[0]
}

type Parsed = { target: ImageTarget } | { problem: { message: string } }

/** A `:tag` suffix is only split off a layout path's last segment. */
function parseOne(image: string, workingDirectory: string): Parsed {
  const local = image.startsWith(DOCKER_ARCHIVE)
    ? DOCKER_ARCHIVE
    : image.startsWith(OCI_LAYOUT)
      ? OCI_LAYOUT
      : ''
  if (local !== '' && image.length === local.length) {
    return { problem: { message: `image "${image}" names no path` } }
  }
  if (local === DOCKER_ARCHIVE) {
    return {
      target: {
        kind: 'docker-archive',
        image,
        path: path.resolve(workingDirectory, image.slice(local.length))
      }
    }
  }
  if (local === OCI_LAYOUT) {
    const rest = image.slice(OCI_LAYOUT.length)
    const colon = rest.lastIndexOf(':')
    const hasTag = colon > rest.lastIndexOf('/') && colon > 0
    const layout = path.resolve(workingDirectory, hasTag ? rest.slice(0, colon) : rest)
    return {
      target: { kind: 'oci-layout', image, path: layout, tag: hasTag ? rest.slice(colon + 1) : undefined }
    }
  }
  const parsed = tryParseImageReference(image)
  if (!parsed.ok) return { problem: invalidReference(image, parsed)[0] }
  return { target: { kind: 'reference', image, reference: parsed.reference } }
}
