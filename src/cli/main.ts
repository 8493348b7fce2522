import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigError, errorMessage, formatProblem, howToFix } from '../errors.js'
import { runGate } from '../gate.js'
import { resolveWorkingDirectory } from '../inputs/paths.js'
import { policyFetcher } from '../github/policy-fetcher.js'
import { renderExplain } from '../policy/explain.js'
import { loadPolicy, loadPolicyFile, type PolicyLoadOptions } from '../policy/load.js'
import { registrySettings } from '../inputs/registry.js'
import { createRegistryClient } from '../inputs/registry-client.js'
import { POLICY_SCHEMA } from '../policy/schema.js'
import { inputFiles, relativePrefix, writeReportFiles } from '../publish/files.js'
import type { WriteRules } from '../publish/safe-write.js'
import { buildJsonReport } from '../report/json-report.js'
import { renderSummaryMarkdown } from '../report/markdown.js'
import { renderText } from '../report/text.js'
import { silentLogger } from '../util/logger.js'
import {
  MAX_LOG_MESSAGE_LENGTH,
  neutralizeWorkflowCommands,
  stripControl,
  truncate
} from '../util/untrusted.js'
import { exitCodeFor } from '../verdict/exit-code.js'
import { VERSION } from '../version.js'
import { parseCli, type CliCommand, type OutputFormat } from './args.js'
import { USAGE, usageOf } from './usage.js'
import type { GateResult } from '../model/result.js'
import type { SarifOptions } from '../report/sarif.js'

export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
}

/** Runs one CLI command and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await execute(parseCli(argv), io)
  } catch (error) {
    const lines =
      error instanceof ConfigError
        ? error.problems.map(problem => `error: ${formatProblem(problem)}`)
        : [`error: imagegate could not finish: ${errorMessage(error)}`]
    lines.push(`hint: ${howToFix(error)}`)
    io.stderr(lines.map(safeForLog).join(''))
    return 2
  }
}

/** Bases in GitHub repositories are read with IMAGEGATE_POLICY_TOKEN, else GITHUB_TOKEN. */
function policyOptions(io: CliIo): PolicyLoadOptions & { workingDirectory: string } {
  const token = process.env.IMAGEGATE_POLICY_TOKEN || process.env.GITHUB_TOKEN || undefined
  return { workingDirectory: io.cwd, github: () => policyFetcher(token) }
}

/** Messages quote policies, paths and Dockerfiles, and stderr may be a workflow log: safe, cut lines. */
function safeForLog(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(line => `${neutralizeWorkflowCommands(truncate(stripControl(line), MAX_LOG_MESSAGE_LENGTH))}\n`)
    .join('')
}

async function execute(command: CliCommand, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      if (command.topic) io.stdout(`${usageOf(command.topic)}\n`)
      else
        io.stdout(`imagegate ${VERSION}: gate container images and Dockerfiles on one policy.\n\n${USAGE}\n`)
      return 0
    case 'version':
      io.stdout(`${VERSION}\n`)
      return 0
    case 'policy-schema':
      io.stdout(`${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`)
      return 0
    case 'policy-validate': {
      const loaded = await loadPolicyFile(path.resolve(io.cwd, command.file), command.file, policyOptions(io))
      io.stdout(`${command.file}: valid policy (mode: ${loaded.policy.mode})\n`)
      return 0
    }
    case 'policy-explain': {
      const loaded = await loadPolicy(command.file, io.cwd, policyOptions(io))
      io.stdout(renderExplain(loaded))
      return 0
    }
    case 'rules': {
      // Loaded on demand: the rule modules are not needed by any other command.
      const { renderRuleList } = await import('./rules.js')
      io.stdout(renderRuleList(command.format))
      return 0
    }
    case 'check':
      return check(command, io)
    case 'aggregate': {
      const { aggregateReports } = await import('../aggregate/index.js')
      const { result, readFiles } = await aggregateReports(command.reports, io.cwd, VERSION)
      const roots = [io.cwd, ...(process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [])]
      const rules = { roots, absoluteAnywhere: true, inputs: readFiles }
      return report(result, command, io.cwd, rules, { pathPrefix: '' }, io)
    }
  }
}

function env(name: string): string | undefined {
  return process.env[name] || undefined
}

async function check(command: Extract<CliCommand, { kind: 'check' }>, io: CliIo): Promise<number> {
  const workingDirectory = resolveWorkingDirectory(command.workingDirectory, io.cwd)
  const policy = await loadPolicy(command.policy, workingDirectory, policyOptions(io))
  const registry = registrySettings(
    command.insecureRegistries,
    {
      registry: env('IMAGEGATE_REGISTRY'),
      username: env('IMAGEGATE_REGISTRY_USERNAME'),
      password: env('IMAGEGATE_REGISTRY_PASSWORD')
    },
    command.images,
    {
      registry: 'IMAGEGATE_REGISTRY',
      username: 'IMAGEGATE_REGISTRY_USERNAME',
      password: 'IMAGEGATE_REGISTRY_PASSWORD'
    }
  )
  // Notes (a credential helper imagegate cannot call) go to stderr; secrets are never printed.
  const note = (message: string) => io.stderr(safeForLog(`note: ${message}`))
  const refresh = command.refreshTrustedRoot
    ? { cachePath: path.join(os.homedir(), '.cache', 'imagegate', 'sigstore-tuf'), timeoutMs: 10_000 }
    : undefined
  const result = await runGate({
    policy,
    workingDirectory,
    dockerfilePatterns: command.dockerfiles,
    images: command.images,
    compareTo: command.compareTo,
    scanners: command.scanners,
    // Only the live progress of long steps goes to stderr; the report is the output.
    progress: { ...silentLogger, info: line => io.stderr(safeForLog(line)) },
    // Warnings (a skipped Dockerfile) go to stderr too.
    logger: { ...silentLogger, warning: message => io.stderr(safeForLog(`warning: ${message}`)) },
    services: { registry: createRegistryClient(registry, () => undefined, note), signing: { refresh } }
  })
  const sarif = { pathPrefix: relativePrefix(io.cwd, workingDirectory), maxResults: command.sarifMaxResults }
  // Relative paths stay inside the working directory, the current one or the runner's temp folder;
  // an absolute path the user typed is theirs. Never through a link, never over an input.
  const rules = {
    roots: [workingDirectory, io.cwd, ...(process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [])],
    absoluteAnywhere: true,
    inputs: inputFiles(result, workingDirectory)
  }
  return report(result, command, workingDirectory, rules, sarif, io)
}

/** Report files, then the result on stdout in the asked format; the exit code from the verdict. */
function report(
  result: GateResult,
  command: { reportJson?: string; sarif?: string; format: OutputFormat },
  workingDirectory: string,
  rules: WriteRules,
  sarif: SarifOptions,
  io: CliIo
): number {
  const paths = { reportJson: command.reportJson, sarif: command.sarif }
  const { sarifNote } = writeReportFiles(result, paths, workingDirectory, rules, sarif)
  if (sarifNote) io.stderr(`note: ${sarifNote}\n`)
  if (command.format === 'json') io.stdout(`${JSON.stringify(buildJsonReport(result), null, 2)}\n`)
  else if (command.format === 'markdown') io.stdout(`${renderSummaryMarkdown(result)}\n`)
  else io.stdout(renderText(result, { color: io.color }))
  return exitCodeFor(result)
}
