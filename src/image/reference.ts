import { ConfigError } from '../errors.js'

/** A parsed image reference, normalized the way docker does (`alpine` → `docker.io/library/alpine`). */
export interface ImageReference {
  /** As written. */
  original: string
  /** Lowercased host (and port); `docker.io` when none was written. */
  registry: string
  /** Path under the registry; official Docker Hub images get `library/`. */
  repository: string
  tag?: string
  digest?: string
  /** Docker's short form, e.g. `alpine:3.20` or `ghcr.io/acme/app@sha256:…`. */
  familiar: string
}

export type ReferenceParse = { ok: true; reference: ImageReference } | { ok: false; reason: string }

export const DEFAULT_REGISTRY = 'docker.io'

/** An input image (`images`, `--image`) that is not a valid reference, as a configuration problem. */
export function invalidReference(image: string, parsed: ReferenceParse): Array<{ message: string }> {
  return parsed.ok ? [] : [{ message: invalidReferenceMessage(image, parsed.reason) }]
}

function invalidReferenceMessage(image: string, reason: string): string {
  return `invalid image reference "${image}": ${reason}`
}

// The distribution reference grammar (github.com/distribution/reference, regexp.go).
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/
const IPV6_HOST = /^\[[a-fA-F0-9:]+\]$/
const PORT = /^[0-9]+$/
const DIGEST_ALGORITHM = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*$/
// go-digest only accepts these algorithms; the hex length is fixed by each.
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }
const NAME_MAX_LENGTH = 255

/** Docker's rule: the first component is a registry when it has `.` or `:` or is `localhost`. */
export function looksLikeRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost'
}

/** `index.docker.io` and `docker.io` are the same registry; host names are case-insensitive. */
export function normalizeRegistry(registry: string): string {
  const lower = registry.toLowerCase()
  return lower === 'index.docker.io' || lower === 'registry-1.docker.io' ? DEFAULT_REGISTRY : lower
}

/** Parses without throwing, for references read from files (a finding) rather than inputs (an error). */
export function tryParseImageReference(text: string): ReferenceParse {
  const fail = (reason: string): ReferenceParse => ({ ok: false, reason })
  if (text === '') return fail('it is empty')
  if (/\s/.test(text)) return fail('it contains whitespace')

  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    const problem = digestProblem(digest)
    if (problem) return fail(problem)
  }

  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) {
      return fail(
        `tag "${tag}" is invalid; tags are 1-128 letters, digits, "_", "." or "-", not starting with "." or "-"`
      )
    }
  }
  if (rest === '') return fail('it has no repository name')

  let registry = DEFAULT_REGISTRY
  let path = rest
  const slash = rest.indexOf('/')
  if (slash !== -1 && looksLikeRegistry(rest.slice(0, slash))) {
    const problem = registryProblem(rest.slice(0, slash))
    if (problem) return fail(problem)
    registry = normalizeRegistry(rest.slice(0, slash))
    path = rest.slice(slash + 1)
  }
  if (path !== path.toLowerCase()) return fail('repository names must be lowercase')
  for (const component of path.split('/')) {
    if (component === '') return fail('the repository path has an empty component')
    if (!PATH_COMPONENT.test(component)) {
      return fail(
        `"${component}" is not a valid repository path component; use lowercase letters and digits separated by ".", "_", "__" or "-"`
      )
    }
  }
  if (rest.length > NAME_MAX_LENGTH) return fail(`the name is longer than ${NAME_MAX_LENGTH} characters`)
  if (registry === DEFAULT_REGISTRY && !path.includes('/')) path = `library/${path}`

  const name = familiarName(registry, path)
  const familiar = name + (tag !== undefined ? `:${tag}` : '') + (digest !== undefined ? `@${digest}` : '')
  return { ok: true, reference: { original: text, registry, repository: path, tag, digest, familiar } }
}

/** For user input: a bad reference is a configuration error (exit 2) that names it and says what is wrong. */
export function parseImageReference(text: string): ImageReference {
  const result = tryParseImageReference(text)
  if (!result.ok) throw new ConfigError(invalidReferenceMessage(text, result.reason))
  return result.reference
}

/** `registry/repository`, the string allow-list patterns match against. */
export function describeRegistryPath(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}`
}

/** The name without tag or digest, in docker's short form (`alpine`, `ghcr.io/acme/app`). */
export function familiarName(registry: string, repository: string): string {
  if (registry !== DEFAULT_REGISTRY) return `${registry}/${repository}`
  const parts = repository.split('/')
  return parts.length === 2 && parts[0] === 'library' ? parts[1] : repository
}

function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':')
  if (colon === -1) return `digest "${digest}" must be algorithm:hex, e.g. sha256:<64 hex characters>`
  const algorithm = digest.slice(0, colon)
  const hex = digest.slice(colon + 1)
  if (!DIGEST_ALGORITHM.test(algorithm)) return `digest "${digest}" has an invalid algorithm "${algorithm}"`
  const length = DIGEST_HEX_LENGTH[algorithm]
  if (length === undefined)
    return `digest algorithm "${algorithm}" is not supported; use sha256, sha384 or sha512`
  if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
    return `digest "${digest}" is invalid; ${algorithm} digests are ${length} lowercase hex characters`
  }
  return undefined
}

function registryProblem(registry: string): string | undefined {
  let host = registry
  const portAt = registry.startsWith('[') ? registry.indexOf(']:') + 1 : registry.lastIndexOf(':')
  if (portAt > 0) {
    host = registry.slice(0, portAt)
    if (!PORT.test(registry.slice(portAt + 1))) return `registry "${registry}" has an invalid port`
  }
  const valid = IPV6_HOST.test(host) || host.split('.').every(label => HOST_LABEL.test(label))
  return valid ? undefined : `registry "${registry}" is not a valid host name`
}
