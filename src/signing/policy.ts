import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigError, formatProblem, type ErrorPosition } from '../errors.js'
import { matchesImagePattern } from '../image/patterns.js'
import type { SignatureAuthorityPolicy, SignaturePolicy } from '../policy/types.js'
import { compileIdentity, IdentityError } from './identity.js'
import { parsePublicKey } from './keys.js'
import { trustedRootJson } from './trusted-root-text.js'
import type { CompiledAuthority, CompiledSignaturePolicy } from './types.js'

export interface CompileContext {
  /** Directory of the policy file: key and trusted-root paths are relative to it. */
  policyDir: string
  /** How messages name the policy file. */
  file: string
  /** Where a value under `signatures` is written (e.g. PositionIndex.valueAt with a `signatures` prefix). */
  locate?: (pathInSignatures: string[]) => { line?: number; column?: number } | undefined
}

type Problem = { message: string; position: ErrorPosition }

/**
 * Checks what the schema cannot (one kind of key, anchored regular expressions, readable key and
 * trusted-root files, thresholds that can be met) and compiles the `signatures` section into
 * matchers and parsed keys. Every mistake becomes a problem at `file:line`, all in one ConfigError.
 */
export function compileSignaturePolicy(
  policy: SignaturePolicy,
  context: CompileContext
): CompiledSignaturePolicy {
  const problems: Problem[] = []
  const report = (at: string[], message: string): void => {
    const field = ['signatures', ...at].join('.')
    problems.push({ message, position: { file: context.file, ...context.locate?.(at), field } })
  }
  const authorities = policy.authorities.map((authority, i) =>
    compileAuthority(authority, i, context, policy.verifier, (at, message) =>
      report(['authorities', String(i), ...at], message)
    )
  )
  const names = new Set<string>()
  authorities.forEach((a, i) => {
    if (names.has(a.name))
      report(['authorities', String(i), 'name'], `the name ${JSON.stringify(a.name)} is used twice`)
    names.add(a.name)
  })
  if (authorities.length > 0 && policy.threshold > authorities.length) {
    report(
      ['threshold'],
      `asks for ${policy.threshold} authorities but only ${authorities.length} are listed`
    )
  }
  const trustedRootPath =
    policy.trustedRoot === undefined
      ? undefined
      : checkedTrustedRoot(policy.trustedRoot, context, m => report(['trustedRoot'], m))
  if (problems.length > 0) {
    problems.sort(
      (a, b) =>
        (a.position.line ?? 0) - (b.position.line ?? 0) || (a.position.column ?? 0) - (b.position.column ?? 0)
    )
    throw new ConfigError(problems.map(formatProblem).join('\n'), problems)
  }
  return {
    required: policy.required,
    authorities,
    threshold: policy.threshold,
    images: [...policy.images],
    trustedRootPath,
    verifier: policy.verifier
  }
}

function compileAuthority(
  authority: SignatureAuthorityPolicy,
  i: number,
  context: CompileContext,
  verifier: SignaturePolicy['verifier'],
  report: (at: string[], message: string) => void
): CompiledAuthority {
  const compiled: CompiledAuthority = {
    name: authority.name ?? `authority-${i + 1}`,
    tlog: authority.tlog ?? (authority.keyless ? 'required' : 'optional'),
    ctlog: authority.ctlog ?? 'required',
    threshold: authority.threshold ?? 1
  }
  if ((authority.key === undefined) === (authority.keyless === undefined)) {
    report([], 'an authority needs exactly one of `key` or `keyless`')
    return compiled
  }
  if (authority.key) compileKey(authority.key, compiled, context, verifier, report)
  if (authority.keyless) {
    const { identities, trustedRoot } = authority.keyless
    if (identities.length === 0)
      report(['keyless', 'identities'], 'list at least one identity (issuer and subject)')
    const matchers = identities.map((identity, j) => {
      try {
        return compileIdentity(identity as Record<string, string>)
      } catch (error) {
        const at = error instanceof IdentityError ? [error.field] : []
        report(['keyless', 'identities', String(j), ...at], (error as Error).message)
        return undefined
      }
    })
    compiled.keyless = {
      identities: matchers.filter(m => m !== undefined),
      raw: identities.map(identity => ({ ...identity }) as Record<string, string>)
    }
    if (trustedRoot !== undefined)
      compiled.trustedRootPath = checkedTrustedRoot(trustedRoot, context, m =>
        report(['keyless', 'trustedRoot'], m)
      )
  } else if (compiled.threshold > 1) {
    report(['threshold'], 'a key authority has one signer; a threshold above 1 needs keyless identities')
  }
  return compiled
}

function compileKey(
  key: NonNullable<SignatureAuthorityPolicy['key']>,
  compiled: CompiledAuthority,
  context: CompileContext,
  verifier: SignaturePolicy['verifier'],
  report: (at: string[], message: string) => void
): void {
  const given = (['path', 'data', 'kms'] as const).filter(k => key[k] !== undefined)
  if (given.length !== 1) {
    report(['key'], `give exactly one of \`key.path\`, \`key.data\` or \`key.kms\` (got ${given.length})`)
    return
  }
  if (key.kms !== undefined) {
    if (verifier !== 'cosign')
      report(['key', 'kms'], 'KMS keys need `signatures.verifier: cosign` (and cosign on PATH)')
    compiled.kms = key.kms
    return
  }
  let pem = key.data
  let source = 'key.data'
  if (key.path !== undefined) {
    const file = path.resolve(context.policyDir, key.path)
    source = key.path
    try {
      pem = readFileSync(file, 'utf8')
      compiled.keyPath = file
    } catch (error) {
      report(
        ['key', 'path'],
        `cannot read the key file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
      )
      return
    }
  }
  try {
    compiled.key = { ...parsePublicKey(pem ?? ''), source }
  } catch (error) {
    report(['key', key.path !== undefined ? 'path' : 'data'], (error as Error).message)
  }
}

/**
 * Resolves a trusted_root.json path and checks now that it is one, so a typo fails at load time; its keys
 * and certificates are read when the signatures check loads it (a corrupt one fails that check, closed).
 */
function checkedTrustedRoot(
  relative: string,
  context: CompileContext,
  report: (message: string) => void
): string | undefined {
  const file = path.resolve(context.policyDir, relative)
  try {
    trustedRootJson(readFileSync(file, 'utf8'))
    return file
  } catch (error) {
    report(`cannot use the trusted root ${file}: ${(error as Error).message}`)
    return undefined
  }
}

/** Whether the policy's `images` globs cover this image (no globs: every image). */
export function policyAppliesTo(policy: CompiledSignaturePolicy, image: string): boolean {
  return policy.images.length === 0 || policy.images.some(glob => matchesImagePattern(glob, image))
}
