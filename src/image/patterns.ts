import { ConfigError } from '../errors.js'
import { truncate } from '../util/untrusted.js'
import {
  DEFAULT_REGISTRY,
  describeRegistryPath,
  looksLikeRegistry,
  normalizeRegistry,
  tryParseImageReference,
  type ImageReference
} from './reference.js'

export interface RegistryAllowList {
  /** The patterns as written in the policy, for messages. */
  patterns: string[]
  /** True when the list is empty (anything goes) or a pattern matches `registry/repository`. */
  allows(reference: ImageReference): boolean
}

const FIELD = 'images.registries.allow'

/**
 * Normalizes a pattern like an image name, so `docker.io/library/*` and `alpine` mean what docker means.
 * A lone registry (`ghcr.io`, `localhost:5000`) stands for everything on it; a leading `**` is left alone.
 */
export function normalizeAllowPattern(pattern: string): string {
  const problem = allowPatternProblem(pattern)
  if (problem !== undefined) throw allowError(pattern, problem)
  const trimmed = pattern.trim()
  if (trimmed.startsWith('**')) return trimmed

  const slash = trimmed.indexOf('/')
  if (slash === -1) {
    if (looksLikeRegistry(trimmed)) return `${normalizeRegistry(trimmed)}/**`
    return trimmed === '**' ? `${DEFAULT_REGISTRY}/**` : `${DEFAULT_REGISTRY}/library/${trimmed}`
  }
  const first = trimmed.slice(0, slash)
  // A glob in the first of several components can only be meant as a registry (`*/acme/app`).
  if (!looksLikeRegistry(first) && !first.includes('*')) return `${DEFAULT_REGISTRY}/${trimmed}`
  const registry = first.includes('*') ? first.toLowerCase() : normalizeRegistry(first)
  const path = trimmed.slice(slash + 1)
  if (registry === DEFAULT_REGISTRY && !path.includes('/') && path !== '**')
    return `${registry}/library/${path}`
  return `${registry}/${path}`
}

/**
 * Why `pattern` cannot be an allow pattern, or undefined when it can. Pure, so the policy loader reports
 * the same mistakes at their line that compiling the allow list would reject.
 */
export function allowPatternProblem(pattern: string): string | undefined {
  const trimmed = pattern.trim()
  if (trimmed === '') return 'it is empty'
  if (/\s/.test(trimmed)) return 'it contains whitespace'
  if (trimmed.includes('@')) return 'patterns match registry/repository, not digests'
  if (trimmed.startsWith('**') || !trimmed.includes('/')) return undefined
  if (trimmed.lastIndexOf(':') > trimmed.lastIndexOf('/'))
    return 'patterns match registry/repository, not tags'
  return undefined
}

/**
 * Why an exception's `image` pattern could never match an image reference, or undefined. Its tag or
 * digest may be given; the name part must be a valid allow pattern.
 */
export function imagePatternProblem(pattern: string): string | undefined {
  return allowPatternProblem(splitPattern(pattern.trim()).name)
}

/** `*` stays within one path segment, `**` crosses segments (and `**\/` may match none). */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length;) {
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?'
      i += 3
    } else if (glob.startsWith('**', i)) {
      source += '.*'
      i += 2
    } else if (glob[i] === '*') {
      source += '[^/]*'
      i += 1
    } else {
      source += glob[i].replace(/[\\^$.|?+()[\]{}]/g, '\\$&')
      i += 1
    }
  }
  return new RegExp(`^${source}$`)
}

/** Compiles the policy's allow list once per run; a malformed pattern is a ConfigError naming it. */
export function compileAllowList(patterns: readonly string[]): RegistryAllowList {
  const regexps = patterns.map(p => globToRegExp(normalizeAllowPattern(p)))
  return {
    patterns: [...patterns],
    allows: reference => {
      if (regexps.length === 0) return true
      const target = describeRegistryPath(reference)
      return regexps.some(re => re.test(target))
    }
  }
}

export function isRegistryAllowed(reference: ImageReference, patterns: readonly string[]): boolean {
  return compileAllowList(patterns).allows(reference)
}

function allowError(pattern: string, why: string): ConfigError {
  return new ConfigError(`${FIELD}: invalid pattern ${JSON.stringify(truncate(pattern, 80))}: ${why}`)
}

const compiled = new Map<string, RegExp | undefined>()

/**
 * Whether an exception's `image` pattern covers a finding's image. Matches `registry/repository` like the
 * allow list; a tag or digest in the pattern (`alpine:3.*`, `alpine@sha256:…`) must match too. Images that
 * are not valid references (an unresolved `${BASE}`) are compared as written. Never throws.
 */
export function matchesImagePattern(pattern: string, image: string): boolean {
  const parsed = tryParseImageReference(image)
  if (!parsed.ok)
    return cachedRegExp(`raw:${pattern}`, () => globToRegExp(pattern.trim()))?.test(image) ?? false
  const ref = parsed.reference
  const { name, tag, digest } = splitPattern(pattern.trim())
  const nameRe = cachedRegExp(`name:${name}`, () => globToRegExp(normalizeAllowPattern(name)))
  if (!nameRe?.test(describeRegistryPath(ref))) return false
  if (digest !== undefined && ref.digest !== digest) return false
  if (tag === undefined) return true
  return (
    ref.tag !== undefined && (cachedRegExp(`tag:${tag}`, () => globToRegExp(tag))?.test(ref.tag) ?? false)
  )
}

function splitPattern(pattern: string): { name: string; tag?: string; digest?: string } {
  const at = pattern.indexOf('@')
  const digest = at === -1 ? undefined : pattern.slice(at + 1)
  const rest = at === -1 ? pattern : pattern.slice(0, at)
  const colon = rest.lastIndexOf(':')
  // `localhost:5000` is a registry with a port, not a repository with a tag.
  if (colon <= rest.lastIndexOf('/') || (!rest.includes('/') && looksLikeRegistry(rest.slice(0, colon)))) {
    return { name: rest, digest }
  }
  return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest }
}

function cachedRegExp(key: string, build: () => RegExp): RegExp | undefined {
  if (!compiled.has(key)) {
    try {
      compiled.set(key, build())
    } catch {
      compiled.set(key, undefined)
    }
  }
  return compiled.get(key)
}
