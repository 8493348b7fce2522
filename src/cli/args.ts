import { parseArgs } from 'node:util'
import { ConfigError, errorMessage } from '../errors.js'
import type { ScannerSettings } from '../model/check.js'
import { parseSarifMaxResults } from '../inputs/sarif-max-results.js'
import type { CompareToRequest } from '../image/compare-to.js'
import { asksForHelp, USAGE, usageOf, type HelpTopic } from './usage.js'

export type OutputFormat = 'text' | 'json' | 'markdown'

export type CliCommand =
  | { kind: 'help'; topic?: HelpTopic }
  | { kind: 'version' }
  | {
      kind: 'check'
      policy?: string
      dockerfiles: string[]
      images: string[]
      compareTo: CompareToRequest
      reportJson?: string
      sarif?: string
      sarifMaxResults?: number
      format: OutputFormat
      workingDirectory: string
      scanners: ScannerSettings
      /** `--insecure-registry HOST:PORT`, repeatable: plain HTTP for these. */
      insecureRegistries: string[]
      /** Refresh the Sigstore trusted root over TUF (network) instead of the bundled one. */
      refreshTrustedRoot: boolean
    }
  | { kind: 'aggregate'; reports: string[]; reportJson?: string; sarif?: string; format: OutputFormat }
  | { kind: 'policy-validate'; file: string }
  | { kind: 'policy-explain'; file?: string }
  | { kind: 'policy-schema' }
  | { kind: 'rules'; format: 'text' | 'json' }

const FORMATS: OutputFormat[] = ['text', 'json', 'markdown']

/** Pure: argv → command, or a ConfigError that says what was wrong. */
export function parseCli(argv: string[]): CliCommand {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { kind: 'help' }
  if (command === '--version' || command === '-v' || command === 'version') return { kind: 'version' }
  if (command === 'check') return asksForHelp(rest) ? { kind: 'help', topic: 'check' } : parseCheck(rest)
  if (command === 'aggregate') {
    return asksForHelp(rest) ? { kind: 'help', topic: 'aggregate' } : parseAggregate(rest)
  }
  if (command === 'policy') return parsePolicy(rest)
  if (command === 'rules') return asksForHelp(rest) ? { kind: 'help', topic: 'rules' } : parseRules(rest)
  throw new ConfigError(`unknown command "${command}"\n${USAGE}`)
}

function parseCheck(args: string[]): CliCommand {
  const { values } = parseStrict('check', args, {
    policy: { type: 'string' },
    dockerfile: { type: 'string', multiple: true },
    image: { type: 'string', multiple: true },
    'compare-to': { type: 'string', multiple: true },
    'base-ref': { type: 'string' },
    'report-json': { type: 'string' },
    sarif: { type: 'string' },
    'sarif-max-results': { type: 'string' },
    format: { type: 'string', default: 'text' },
    'working-directory': { type: 'string', default: '.' },
    'trivy-version': { type: 'string' },
    'grype-version': { type: 'string' },
    'scanner-mirror': { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    'refresh-trusted-root': { type: 'boolean' }
  })
  const format = values.format as string
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new ConfigError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`)
  }
  return {
    kind: 'check',
    policy: values.policy as string | undefined,
    dockerfiles: (values.dockerfile as string[] | undefined) ?? [],
    images: (values.image as string[] | undefined) ?? [],
    // On a laptop {base_ref} has no pull request to come from: --base-ref says it, or it is a mistake.
    compareTo: {
      to: (values['compare-to'] as string[] | undefined) ?? [],
      baseRef: values['base-ref'] as string | undefined,
      baseRefRequired: true
    },
    reportJson: values['report-json'] as string | undefined,
    sarif: values.sarif as string | undefined,
    sarifMaxResults:
      values['sarif-max-results'] === undefined
        ? undefined
        : parseSarifMaxResults(values['sarif-max-results'] as string, '--sarif-max-results'),
    format: format as OutputFormat,
    workingDirectory: values['working-directory'] as string,
    // The Actions cache exists only inside a workflow; on a laptop the databases stay in ~/.cache.
    scanners: {
      versions: {
        trivy: values['trivy-version'] as string | undefined,
        grype: values['grype-version'] as string | undefined
      },
      mirror: values['scanner-mirror'] as string | undefined,
      useActionsCache: false
    },
    insecureRegistries: (values['insecure-registry'] as string[] | undefined) ?? [],
    refreshTrustedRoot: values['refresh-trusted-root'] === true
  }
}

/** `aggregate REPORT...`: JSON reports or globs of them, merged into one verdict. */
function parseAggregate(args: string[]): CliCommand {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args,
      options: {
        'report-json': { type: 'string' },
        sarif: { type: 'string' },
        format: { type: 'string', default: 'text' }
      },
      strict: true,
      allowPositionals: true
    })
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  const format = values.format as string
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new ConfigError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`)
  }
  if (positionals.length === 0) throw new ConfigError(`aggregate needs at least one REPORT\n${USAGE}`)
  return {
    kind: 'aggregate',
    reports: positionals,
    reportJson: values['report-json'] as string | undefined,
    sarif: values.sarif as string | undefined,
    format: format as OutputFormat
  }
}

function parseRules(args: string[]): CliCommand {
  const { values } = parseStrict('rules', args, { format: { type: 'string', default: 'text' } })
  const format = values.format as string
  if (format !== 'text' && format !== 'json') {
    throw new ConfigError(`--format for rules must be text or json (got "${format}")`)
  }
  return { kind: 'rules', format }
}

function parsePolicy(args: string[]): CliCommand {
  const [sub, ...rest] = args
  if (asksForHelp(args)) {
    const topic =
      sub === 'validate' || sub === 'schema' || sub === 'explain' ? (`policy ${sub}` as const) : 'policy'
    return { kind: 'help', topic }
  }
  if (sub === 'schema' && rest.length === 0) return { kind: 'policy-schema' }
  if (sub === 'validate' && rest.length === 1 && !rest[0].startsWith('-')) {
    return { kind: 'policy-validate', file: rest[0] }
  }
  if (sub === 'explain' && rest.length <= 1 && !rest[0]?.startsWith('-')) {
    return { kind: 'policy-explain', file: rest[0] }
  }
  throw new ConfigError(
    `expected "policy validate FILE", "policy explain [FILE]" or "policy schema"\n${USAGE}`
  )
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; default?: string }>

function parseStrict(
  topic: HelpTopic,
  args: string[],
  options: OptionSpec
): { values: Record<string, unknown> } {
  try {
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false })
    return { values }
  } catch (error) {
    // node's messages name the option, e.g. "Unknown option '--polcy'".
    throw new ConfigError(`${errorMessage(error)}\n${usageOf(topic)}`)
  }
}
