import { truncate } from '../util/untrusted.js'
import type { IdentityMatcher } from './types.js'

/** Echoed policy values are cut like the rest of the policy's messages (problems.ts MAX_ECHO). */
const MAX_ECHO = 80
const echo = (pattern: string): string => JSON.stringify(truncate(pattern, MAX_ECHO))

type Field = 'issuer' | 'subject'

/**
 * Compiles one policy identity. Regular expressions are full-match: a pattern must be written with
 * `^` and `$` (so it means the same in cosign and policy-controller, which match substrings), and it
 * is compiled as `^(?:pattern)$` as well, so an alternation like `^a|b$` cannot match a substring
 * either. Throws a plain sentence naming the field.
 */
export function compileIdentity(identity: Readonly<Record<string, string | undefined>>): IdentityMatcher {
  const issuer = fieldMatcher(identity, 'issuer')
  const subject = fieldMatcher(identity, 'subject')
  return {
    label: `${issuer.label} ${subject.label}`,
    matches: found => issuer.test(found.issuer) && subject.test(found.subject)
  }
}

function fieldMatcher(
  identity: Readonly<Record<string, string | undefined>>,
  field: Field
): { label: string; test(value: string): boolean } {
  const exact = identity[field]
  const pattern = identity[`${field}RegExp`]
  if (exact !== undefined && pattern !== undefined) {
    throw new IdentityError(field, `give either \`${field}\` or \`${field}RegExp\`, not both`)
  }
  if (exact !== undefined) return { label: `${field}=${exact}`, test: value => value === exact }
  if (pattern === undefined) {
    throw new IdentityError(
      field,
      `missing \`${field}\` or \`${field}RegExp\` (an identity names both who and by whom)`
    )
  }
  return { label: `${field}~${pattern}`, test: fullMatch(pattern, `${field}RegExp`) }
}

function fullMatch(pattern: string, field: string): (value: string) => boolean {
  if (!pattern.startsWith('^') || !/(?:^|[^\\])(?:\\\\)*\$$/.test(pattern)) {
    throw new IdentityError(
      field,
      `the regular expression ${echo(pattern)} must be anchored, written as ^…$ ` +
        '(it must match the whole value; unanchored, `.*@example.com` would also accept `x@example.com.evil`)'
    )
  }
  let re: RegExp
  try {
    re = new RegExp(`^(?:${pattern})$`)
  } catch (error) {
    // V8 says `Invalid regular expression: /…/: Unterminated group`; the last part is the news.
    const why = (error as Error).message.split(': ').pop()
    throw new IdentityError(
      field,
      `invalid regular expression ${echo(pattern)}: ${truncate(why ?? '', MAX_ECHO)}`
    )
  }
  return value => re.test(value)
}

/** A mistake in one identity, with the key it is about so the caller can point at its line. */
export class IdentityError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message)
    this.name = 'IdentityError'
  }
}
