/** What the client was doing when it failed; named in every message. */
export type RegistryOperation =
  | 'authenticate'
  | 'resolve digest'
  | 'fetch manifest'
  | 'fetch config'
  | 'fetch blob'
  | 'list referrers'
  | 'list signatures'
  | 'read local image'

export interface RegistryErrorDetails {
  /** The image as the user wrote it (or the registry host for host-wide failures). */
  image: string
  operation: RegistryOperation
  /** The HTTP status when the registry answered. */
  status?: number
  /** What went wrong, for people. */
  reason: string
  /** How to fix it, when we know. */
  fix?: string
  /** `content`: the registry answered, but with something unusable (malformed, oversized, wrong digest). */
  kind?: 'content'
}

/**
 * A registry (or local image) problem the user can act on: an expected failure, reported as one line
 * naming the image, the operation and the reason, never with a stack trace. It never carries a secret:
 * messages are built from the reference, the status and sanitized registry text only.
 */
export class RegistryError extends Error {
  readonly image: string
  readonly operation: RegistryOperation
  readonly status?: number
  readonly reason: string
  readonly fix?: string
  readonly kind?: 'content'

  constructor(details: RegistryErrorDetails) {
    const fix = details.fix ? `; ${details.fix}` : ''
    super(`${details.image}: cannot ${details.operation}: ${details.reason}${fix}`)
    this.name = 'RegistryError'
    this.image = details.image
    this.operation = details.operation
    this.status = details.status
    this.reason = details.reason
    this.fix = details.fix
    this.kind = details.kind
    // Expected failures: the message says it all, a stack would only add noise to logs.
    this.stack = `${this.name}: ${this.message}`
  }
}

/**
 * Input images the gate could not resolve to a digest: an expected failure that stops the run (exit 2),
 * one message naming every such image and why, never a stack trace.
 */
export class ImageResolutionError extends Error {
  constructor(readonly failures: readonly string[]) {
    super(
      `cannot resolve ${failures.length === 1 ? '1 image' : `${failures.length} images`} to a digest: ${failures.join('; ')}`
    )
    this.name = 'ImageResolutionError'
    this.stack = `${this.name}: ${this.message}`
  }
}

/** The user-facing reason and fix for an HTTP status, given the registry's own error text if any. */
export function describeStatus(
  status: number,
  host: string,
  remote: string | undefined
): { reason: string; fix?: string } {
  const said = remote ? ` (registry said: ${remote})` : ''
  switch (status) {
    case 401:
      return {
        reason: `authentication required or credentials rejected by ${host} (HTTP 401)${said}`,
        fix: `check the registry credentials for ${host} (docker login, or the registry credentials input)`
      }
    case 403:
      return {
        reason: `access denied by ${host} (HTTP 403)${said}`,
        fix: 'the credentials are valid but lack pull access to this repository'
      }
    case 404:
      return {
        reason: `not found on ${host} (HTTP 404)${said}`,
        fix: 'check the repository name and the tag or digest'
      }
    case 429:
      return {
        reason: `rate limited by ${host} (HTTP 429)${said}`,
        fix: 'authenticate to raise the limit, or retry later'
      }
    default:
      if (status >= 500) {
        return {
          reason: `${host} failed with HTTP ${status}${said}`,
          fix: 'the registry is having problems; retry later'
        }
      }
      return { reason: `${host} answered HTTP ${status}${said}` }
  }
}
