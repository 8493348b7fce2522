import { readFileSync } from 'node:fs'
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
import { parseYamlWithPositions, type PositionIndex } from '../util/yaml/positions.js'

/** The precompiled ajv validator (see generate-validator.ts), typed. */
const validatePolicy = validate as { (data: unknown): boolean; errors?: ErrorObject[] | null }

/**
 * The policy a run uses: `explicit` (relative to the working directory), else
 * `.github/imagegate.yml`/`.yaml`, else the built-in default. Throws ConfigError on any mistake.
 */
export function loadPolicy(explicit: string | undefined, workingDirectory: string): LoadedPolicy {
  const resolved = resolvePolicyPath(explicit, workingDirectory)
  if (resolved.path === undefined) return loadBuiltinPolicy()
  return loadPolicyFile(resolved.path, resolved.source)
}

/** Reads and validates one policy file; `label` is how messages name it (default: the path). */
export function loadPolicyFile(file: string, label: string = file): LoadedPolicy {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const message = `cannot read the policy file: ${readFailure(error)}`
    throw new ConfigError(`${label}: ${message}`, [{ message, position: { file: label } }])
  }
  return { ...parseAndCompile(text, label, path.dirname(file)), source: label }
}

export function loadBuiltinPolicy(): LoadedPolicy {
  const parsed = parseAndCompile(BUILTIN_POLICY_TEXT, BUILTIN_POLICY_LABEL, process.cwd())
  return { ...parsed, source: BUILTIN_POLICY_LABEL }
}

/**
 * Parses the policy, then compiles `signatures` (key files, trusted roots and regular expressions
 * relative to `policyDir`), so `policy validate` and the gate report those mistakes at file:line too.
 */
function parseAndCompile(
  text: string,
  fileLabel: string,
  policyDir: string
): { policy: Policy; signatures: CompiledSignaturePolicy } {
  const { policy, index } = parseIndexed(text, fileLabel)
  const signatures = compileSignaturePolicy(policy.signatures, {
    policyDir,
    file: fileLabel,
    locate: at => index.valueAt(['signatures', ...at])
  })
  return { policy, signatures }
}

/**
 * Parses and validates policy YAML and fills in every default. Every mistake becomes a problem at
 * `fileLabel:line:column` in one ConfigError, so a user fixes them all in one pass.
 */
export function parsePolicy(text: string, fileLabel: string): Policy {
  return parseIndexed(text, fileLabel).policy
}

function parseIndexed(text: string, fileLabel: string): { policy: Policy; index: PositionIndex } {
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
  const policy = withDefaults(POLICY_SCHEMA, data) as unknown as Policy
  const exceptions = policy.exceptions.map((e, i) => withPosition(e, i, index, fileLabel))
  return { policy: { ...policy, exceptions }, index }
}

function withPosition(
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
