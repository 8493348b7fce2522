import * as core from '@actions/core'
import { ConfigError } from '../errors.js'
import type { ScannerSettings } from '../model/check.js'
import { parseList } from './list.js'
import { parseSarifMaxResults } from './sarif-max-results.js'
import { resolveWorkingDirectory } from './paths.js'
import { registrySettings, type RegistrySettings } from './registry.js'
import { registerSecret } from '../util/redact.js'
import type { CommentPolicy } from '../policy/types.js'
import type { CompareToRequest } from '../image/compare-to.js'
import { readRunContext } from '../github/run-context.js'

const COMMENT_POLICIES: readonly CommentPolicy[] = ['always', 'on-failure', 'update-only', 'never']

/** Every input of action.yml, typed; the only module that reads them. */
export interface ActionInputs {
  /** Policy path relative to the working directory; unset means discover or use the default. */
  policy?: string
  images: string[]
  /** `compare-to`, with the pull request's base branch for its {base_ref}. */
  compareTo: CompareToRequest
  dockerfilePatterns: string[]
  /** JSON report paths or globs to merge instead of running checks; empty runs the checks. */
  aggregate: string[]
  githubToken?: string
  /** Reads `extends` bases in other repositories; github-token when unset. */
  policyToken?: string
  /** Overrides the policy's `report.comment` when set. */
  comment?: CommentPolicy
  commentKey?: string
  reportJson?: string
  sarif?: string
  /** Unset means the SARIF module's default, what code scanning stores. */
  sarifMaxResults?: number
  /** Absolute. */
  workingDirectory: string
  scanners: ScannerSettings
  registry: RegistrySettings
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const githubToken = optional('github-token')
  // Never let the token reach a log line, even through a debug dump.
  if (githubToken) core.setSecret(githubToken)
  registerSecret(githubToken)
  const policyToken = optional('policy-token')
  if (policyToken) core.setSecret(policyToken)
  registerSecret(policyToken)
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  const images = parseList(core.getInput('images'), { commas: true })
  return {
    policy: optional('policy'),
    images,
    // A push or scheduled run of the same workflow has no base branch: {base_ref} is then skipped.
    compareTo: {
      to: parseList(core.getInput('compare-to'), { commas: true }),
      baseRef: readRunContext(env)?.baseRef,
      baseRefRequired: false
    },
    dockerfilePatterns: parseList(core.getInput('dockerfiles'), { commas: false }),
    aggregate: parseList(core.getInput('aggregate'), { commas: false }),
    githubToken,
    policyToken,
    comment: commentInput(),
    commentKey: optional('comment-key'),
    reportJson: optional('report-json'),
    sarif: optional('sarif'),
    sarifMaxResults: optionalSarifMaxResults(),
    workingDirectory: resolveWorkingDirectory(optional('working-directory') ?? '.', workspace),
    scanners: {
      versions: { trivy: optional('trivy-version'), grype: optional('grype-version') },
      mirror: optional('scanner-mirror'),
      useActionsCache: booleanInput('cache-db', true)
    },
    registry: registryInputs(images)
  }
}

function registryInputs(images: string[]): RegistrySettings {
  const password = optional('registry-password')
  // Masked before anything, validation messages included, could print it.
  if (password) core.setSecret(password)
  registerSecret(password)
  return registrySettings(
    parseList(core.getInput('insecure-registries'), { commas: true }),
    { registry: optional('registry'), username: optional('registry-username'), password },
    images,
    { registry: 'input registry', username: 'input registry-username', password: 'input registry-password' }
  )
}

/** `true`/`false` in any case; anything else is a mistake worth stopping for, not a silent default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true' || value === 'false') return value === 'true'
  throw new ConfigError(`input ${name} must be true or false (got "${core.getInput(name)}")`)
}

function commentInput(): CommentPolicy | undefined {
  const value = optional('comment')?.trim()
  if (value === undefined || value === '') return undefined
  const policy = COMMENT_POLICIES.find(p => p === value)
  if (!policy)
    throw new ConfigError(`input comment must be one of ${COMMENT_POLICIES.join(', ')} (got "${value}")`)
  return policy
}

function optionalSarifMaxResults(): number | undefined {
  const value = optional('sarif-max-results')
  return value === undefined ? undefined : parseSarifMaxResults(value, 'input sarif-max-results')
}

function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}
