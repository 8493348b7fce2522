import * as path from 'node:path'
import { invalidReference, tryParseImageReference } from './reference.js'
import { throwIfProblems } from '../errors.js'

/**
 * Where a scanner reads an image from: a registry (or local daemon) reference as written, an OCI image
 * layout directory (`oci-layout:PATH[:tag]`, what umoci, skopeo and buildx `type=oci` write) or a
 * `docker save` tarball (`docker-archive:PATH`).
 */
export type ImageSource =
  | { kind: 'reference'; reference: string }
  | { kind: 'oci-layout'; path: string; tag?: string }
  | { kind: 'docker-archive'; path: string }

const OCI_LAYOUT = 'oci-layout:'
const DOCKER_ARCHIVE = 'docker-archive:'

/** True for the local forms, which have no tag or registry for the pinning check to judge. */
export function isLocalImageSource(image: string): boolean {
  return image.startsWith(OCI_LAYOUT) || image.startsWith(DOCKER_ARCHIVE)
}

/** Paths are relative to the working directory. A `:tag` suffix is only split off a path's last segment. */
export function parseImageSource(image: string, workingDirectory: string): ImageSource {
  if (image.startsWith(DOCKER_ARCHIVE)) {
    return {
      kind: 'docker-archive',
      path: path.resolve(workingDirectory, image.slice(DOCKER_ARCHIVE.length))
    }
  }
  if (image.startsWith(OCI_LAYOUT)) {
    const rest = image.slice(OCI_LAYOUT.length)
    const colon = rest.lastIndexOf(':')
    const hasTag = colon > rest.lastIndexOf('/') && colon > 0
    return {
      kind: 'oci-layout',
      path: path.resolve(workingDirectory, hasTag ? rest.slice(0, colon) : rest),
      tag: hasTag ? rest.slice(colon + 1) : undefined
    }
  }
  return { kind: 'reference', reference: image }
}

/**
 * Every image a scanner is given must be a valid reference or a local source, checked before any
 * scanner starts: `-q`, `dir:/` or `file:x` would otherwise reach a scanner as a flag or as one of its
 * own source schemes.
 */
export function assertScannableImages(images: string[]): void {
  const problems = images.flatMap(image => {
    if (isLocalImageSource(image)) {
      const rest = image.slice(image.indexOf(':') + 1)
      return rest === '' ? [{ message: `image "${image}" names no path` }] : []
    }
    return invalidReference(image, tryParseImageReference(image))
  })
  throwIfProblems(problems)
}
