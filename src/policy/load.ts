import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { ErrorObject } from 'ajv'
import { ConfigError, formatProblem } from '../errors.js'
import { BUILTIN_POLICY_LABEL, BUILTIN_POLICY_TEXT } from './builtin.js'
import { withDefaults } from './defaults.js'
import { resolvePolicyPath } from './discover.js'
import { describeSchemaErrors, show, sortByPosition, type Problem } from './problems.js'
import { POLICY_SCHEMA } from './schema.js'
import { semanticProblems } from './semantic-checks.js'
import type { LoadedPolicy, Policy } from './types.js'
import { compileSignaturePolicy } from '../signing/policy.js'
import type { CompiledSignaturePolicy } from '../signing/types.js'
import { validate } from './validator.generated.js'
import { effectivePolicy } from './extends/effective.js'
import type { PolicySourceFetcher, UrlFetcher } from './extends/fetcher.js'
import { layerOf, type Layered, type PolicyDocument } from './extends/layers.js'
import { PolicyResolver } from './extends/resolve.js'
import { isExternal, sourceLabel, type PolicySource } from './extends/source.js'
import { createUrlFetcher } from './extends/url-fetch.js'
import { parseYamlWithPositions, type PositionIndex } from '../util/yaml/positions.js'

/** The precompiled ajv validator (see generate-validator.ts), typed. */
const validatePolicy = validate as { (data: unknown): boolean; errors?: ErrorObject[] | null }

export interface PolicyLoadOptions {
  /** Reads `OWNER/REPO/PATH@REF` bases; created on first use, so a local policy needs no token. */
  github?: () => PolicySourceFetcher
  /** Reads pinned `https://` bases; by default a capped fetch with a time limit. */
  fetchUrl?: UrlFetcher
  /** Exception caps (maxExceptionDays) count from this day; now by default. */
  now?: Date
  maxDepth?: number
}

/**
 * The policy a run uses: `explicit` (relative to the working directory), else
 * `.github/imagegate.yml`/`.yaml`, else the built-in default, with its `extends` chain resolved and
 * merged. Throws ConfigError on any mistake, including a base that cannot be read.
 */
export async function loadPolicy(
  explicit: string | undefined,
  workingDirectory: string,
  options: PolicyLoadOptions = {}
): Promise<LoadedPolicy> {
  const resolved = resolvePolicyPath(explicit, workingDirectory)
  if (resolved.path === undefined) return loadBuiltinPolicy()
  return loadPolicyFile(resolved.path, resolved.source, { ...options, workingDirectory })
}

/**
 * Reads one policy file and everything it extends; `label` is how messages name it (default: the path).
 * Relative bases must stay inside `workingDirectory` (default: the file's directory).
 */
export async function loadPolicyFile(
  file: string,
  label: string = file,
  options: PolicyLoadOptions & { workingDirectory?: string } = {}
): Promise<LoadedPolicy> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const message = `cannot read the policy file: ${readFailure(error)}`
    throw new ConfigError(`${label}: ${message}`, [{ message, position: { file: label } }])
  }
  const root = parsePolicyDocument(text, { kind: 'workspace', path: file, label })
  const resolver = new PolicyResolver({
    workingDirectory: options.workingDirectory ?? path.dirname(file),
    parse: parsePolicyDocument,
    github: options.github,
    fetchUrl: options.fetchUrl ?? createUrlFetcher(),
    now: options.now ?? new Date(),
    maxDepth: options.maxDepth
  })
  const layered = await resolver.resolve(root)
  const { policy, provenance } = effectivePolicy(layered)
  return { policy, source: label, provenance, signatures: compileSignatures(policy, layered, file, label) }
}

export function loadBuiltinPolicy(): LoadedPolicy {
  const document = parsePolicyDocument(BUILTIN_POLICY_TEXT, { kind: 'builtin' })
  const { policy, provenance } = effectivePolicy(layerOf(document))
  const signatures = compileSignaturePolicy(policy.signatures, {
    policyDir: process.cwd(),
    file: BUILTIN_POLICY_LABEL
  })
  return { policy, source: BUILTIN_POLICY_LABEL, provenance, signatures }
}

/**
 * Compiles `signatures` of the merged policy (key files, trusted roots, regular expressions), so
 * `policy validate` and the gate report those mistakes too. Paths are relative to the workspace
 * document that set `signatures.authorities` (remote bases cannot name files), else the policy file;
 * mistakes point at the field in the document that set it.
 */
function compileSignatures(
  policy: Policy,
  layered: Layered,
  file: string,
  label: string
): CompiledSignaturePolicy {
  const origin = (
    layered.fields.get('signatures.authorities') ?? layered.fields.get('signatures.trustedRoot')
  )?.origin
  const source = origin?.source
  return compileSignaturePolicy(policy.signatures, {
    policyDir: path.dirname(source?.kind === 'workspace' ? source.path : file),
    file: source ? sourceLabel(source) : label,
    locate: at => layered.fields.get(`signatures.${at[0]}`)?.origin.index?.valueAt(['signatures', ...at])
  })
}

/** One document of a chain; mistakes in a remote or built-in one are named in full, never annotated. */
export function parsePolicyDocument(text: string, source: PolicySource): PolicyDocument {
  try {
    return { source, ...parsePolicyData(text, sourceLabel(source)) }
  } catch (error) {
    if (!(error instanceof ConfigError) || !isExternal(source)) throw error
    const problems = error.problems.map(p => ({
      ...p,
      position: p.position && { ...p.position, external: true }
    }))
    throw new ConfigError(error.message, problems)
  }
}

/**
 * Parses and validates policy YAML and fills in every default. Every mistake becomes a problem at
 * `fileLabel:line:column` in one ConfigError, so a user fixes them all in one pass.
 */
export function parsePolicy(text: string, fileLabel: string): Policy {
  const { data, index } = parsePolicyData(text, fileLabel)
  // One document alone: a base would be silently ignored here, so extends needs loadPolicy.
  if (data.extends !== undefined) {
    const message = 'extends needs the bases read too: load the policy with loadPolicy, not parsePolicy'
    fail([{ message, position: { file: fileLabel, ...index.valueAt(['extends']), field: 'extends' } }])
  }
  const policy = withDefaults(POLICY_SCHEMA, data) as unknown as Policy
  return { ...policy, exceptions: policy.exceptions.map((e, i) => withPosition(e, i, index, fileLabel)) }
}

/** Parses and validates one policy document, without defaults (they are filled in after merging). */
export function parsePolicyData(
  text: string,
  fileLabel: string
): { data: Record<string, unknown>; index: PositionIndex } {
  const { value, index } = parseYamlWithPositions(text, fileLabel, 'the policy')
  if (value === undefined || value === null) {
    fail([{ message: 'the policy is empty; it needs at least `version: 1`', position: { file: fileLabel } }])
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const message = `the policy must be a mapping of keys to values, starting with \`version: 1\` (got ${show(value)})`
    fail([{ message, position: { file: fileLabel, ...index.valueAt([]) } }])
  }
  const data = value as Record<string, unknown>
  // A different version means a different format: report that alone, not a cascade of unknown keys.
  if (data.version !== undefined && data.version !== 1) {
    const message = `unsupported policy version ${show(data.version)}; this imagegate reads \`version: 1\``
    fail([{ message, position: { file: fileLabel, ...index.valueAt(['version']), field: 'version' } }])
  }
  const schemaProblems = validatePolicy(data)
    ? []
    : describeSchemaErrors(validatePolicy.errors ?? [], data, index, fileLabel)
  // A value the schema already rejects (a blank pattern) is reported once, by the schema.
  const rejected = new Set(schemaProblems.map(p => p.position.field))
  const later = semanticProblems(data, index, fileLabel).filter(p => !rejected.has(p.position.field))
  const problems = [...schemaProblems, ...later]
  if (problems.length > 0) fail(sortByPosition(problems))
  return { data, index }
}

export function withPosition(
  exception: Policy['exceptions'][number],
  i: number,
  index: PositionIndex,
  file: string
): Policy['exceptions'][number] {
  const line = index.valueAt(['exceptions', String(i)])?.line
  return { ...exception, position: line === undefined ? { file } : { file, line } }
}

function fail(problems: Problem[]): never {
  throw new ConfigError(problems.map(formatProblem).join('\n'), problems)
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory, not a file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
