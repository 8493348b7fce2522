import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runProcess, type RunResult } from '../util/exec.js'
import { SIMPLE_SIGNING_TYPE } from './legacy.js'
import { boundedDetail } from './verify-signature.js'
import type {
  CompiledAuthority,
  CompiledSignaturePolicy,
  ImageSignatureResult,
  SignatureOutcome
} from './types.js'

/** Variables `cosign verify` may need (registry auth, KMS providers, proxies, Sigstore config); nothing else. */
const ENV_ALLOWED =
  /^(PATH|HOME|TMPDIR|DOCKER_CONFIG|SSL_CERT_(FILE|DIR)|(HTTPS?|NO)_PROXY|(https?|no)_proxy|TUF_ROOT|SIGSTORE_.*|COSIGN_(REPOSITORY|EXPERIMENTAL|DOCKER_MEDIA_TYPES)|AWS_.*|GOOGLE_.*|CLOUDSDK_.*|AZURE_.*|VAULT_.*)$/

export interface CosignOptions {
  /** The executable; default `cosign` from PATH. */
  cosign?: string
  timeoutMs: number
  env?: NodeJS.ProcessEnv
}

/**
 * `cosign verify` arguments for one authority (and, for keyless, one identity): the policy's
 * requirements as flags. cosign matches regular expressions as substrings; the policy's are
 * full-match, so they go in wrapped as `^(?:…)$`. `optional` log/SCT requirements become cosign's
 * `--insecure-ignore-*` flags, since cosign has no "check when present".
 */
export function cosignArguments(
  reference: string,
  authority: CompiledAuthority,
  policy: CompiledSignaturePolicy,
  keyFile: string | undefined,
  identity?: Record<string, string>
): string[] {
  const args = ['verify', '--output', 'json']
  if (authority.kms !== undefined) args.push('--key', authority.kms)
  else if (keyFile !== undefined) args.push('--key', keyFile)
  if (identity !== undefined) {
    for (const field of ['issuer', 'subject'] as const) {
      const flag = field === 'issuer' ? '--certificate-oidc-issuer' : '--certificate-identity'
      if (identity[field] !== undefined) args.push(flag, identity[field])
      else args.push(`${flag}-regexp`, `^(?:${identity[`${field}RegExp`]})$`)
    }
    if (authority.ctlog === 'optional') args.push('--insecure-ignore-sct=true')
  }
  if (authority.tlog === 'optional') args.push('--insecure-ignore-tlog=true')
  const root = authority.trustedRootPath ?? policy.trustedRootPath
  if (root !== undefined) args.push('--trusted-root', root)
  args.push(reference)
  return args
}

/**
 * Verifies one image by running `cosign verify` once per authority (and keyless identity); an
 * authority passes when cosign exits 0 and every signature it prints names `digest`. Throws when
 * cosign cannot run at all (missing, timed out), so the caller fails closed with that message.
 */
export async function verifyWithCosign(
  image: string,
  reference: string,
  digest: string,
  policy: CompiledSignaturePolicy,
  options: CosignOptions
): Promise<ImageSignatureResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-cosign-'))
  const signatures: SignatureOutcome[] = []
  try {
    for (const authority of policy.authorities) {
      let keyFile = authority.keyPath
      if (keyFile === undefined && authority.key !== undefined) {
        keyFile = path.join(dir, `${signatures.length}.pub`)
        writeFileSync(keyFile, authority.key.publicKey.export({ type: 'spki', format: 'pem' }))
      }
      const identities = authority.keyless?.raw ?? [undefined]
      for (const identity of identities) {
        const args = cosignArguments(reference, authority, policy, keyFile, identity)
        const run = await runProcess(options.cosign ?? 'cosign', args, {
          timeoutMs: options.timeoutMs,
          environment: allowedEnv(options.env ?? process.env)
        })
        signatures.push(outcomeOf(run, authority, digest, identity))
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const satisfied = policy.authorities.filter(a =>
    signatures.some(s => s.accepted.some(x => x.authority === a.name))
  )
  const verified = policy.authorities.length > 0 && satisfied.length >= policy.threshold
  return {
    image,
    digest,
    verified,
    threshold: policy.threshold,
    satisfiedAuthorities: satisfied.map(a => a.name),
    signatures,
    summary: verified
      ? `verified by ${satisfied.map(a => a.name).join(', ')} (cosign verify)`
      : 'cosign verify found no signature the policy accepts'
  }
}

function outcomeOf(
  run: RunResult,
  authority: CompiledAuthority,
  digest: string,
  identity: Record<string, string> | undefined
): SignatureOutcome {
  const source = `cosign verify (${authority.name})`
  if (run.spawnError !== undefined) {
    throw new Error(
      `cannot run cosign (${run.spawnError}); install it (sigstore/cosign-installer) or use verifier: native`
    )
  }
  if (run.timedOut) throw new Error(`cosign verify did not finish within the time limit (${authority.name})`)
  const reject = (
    reason: 'bad-signature' | 'digest-mismatch' | 'malformed',
    detail: string
  ): SignatureOutcome => ({
    source,
    format: 'legacy',
    accepted: [],
    rejected: [{ authority: authority.name, reason, detail: boundedDetail(detail) }]
  })
  if (run.exitCode !== 0) {
    return reject(
      'bad-signature',
      `cosign verify exited ${run.exitCode}: ${run.stderrTail.slice(-3).join(' ')}`
    )
  }
  let items: Array<{ critical?: { type?: unknown; image?: { 'docker-manifest-digest'?: unknown } } }>
  try {
    items = JSON.parse(run.stdout.trim()) as typeof items
    if (!Array.isArray(items) || items.length === 0) throw new Error('not a list of signatures')
  } catch (error) {
    return reject('malformed', `cannot read cosign's JSON output: ${(error as Error).message}`)
  }
  const digests = items.map(i => i?.critical?.image?.['docker-manifest-digest'])
  if (!digests.every(d => d === digest)) {
    return reject(
      'digest-mismatch',
      `cosign verified signatures for ${digests.map(String).join(', ')}, not ${digest}`
    )
  }
  const legacy = items.every(i => i.critical?.type === SIMPLE_SIGNING_TYPE)
  const signer =
    identity === undefined
      ? { keyFingerprint: authority.key?.fingerprint, kms: authority.kms }
      : {
          identity: {
            issuer: identity.issuer ?? identity.issuerRegExp,
            subject: identity.subject ?? identity.subjectRegExp
          }
        }
  return {
    source,
    format: legacy ? 'legacy' : 'bundle',
    accepted: [{ authority: authority.name, signer }],
    rejected: []
  }
}

function allowedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => ENV_ALLOWED.test(name)))
}
