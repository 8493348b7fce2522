import * as path from 'node:path'
import { ConfigError, errorMessage, formatProblem } from '../errors.js'
import { runGate } from '../gate.js'
import { resolveWorkingDirectory } from '../inputs/paths.js'
import { loadPolicy, loadPolicyFile } from '../policy/load.js'
import { POLICY_SCHEMA } from '../policy/schema.js'
import { relativePrefix, writeReportFiles } from '../publish/files.js'
import { buildJsonReport } from '../report/json-report.js'
import { renderSummaryMarkdown } from '../report/markdown.js'
import { renderText } from '../report/text.js'
import { exitCodeFor } from '../verdict/exit-code.js'
import { VERSION } from '../version.js'
import { parseCli, USAGE, type CliCommand, type OutputFormat } from './args.js'
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
    if (error instanceof ConfigError) {
      for (const problem of error.problems) io.stderr(`error: ${formatProblem(problem)}\n`)
    } else {
      io.stderr(`error: imagegate could not finish: ${errorMessage(error)}\n`)
    }
    return 2
  }
}

async function execute(command: CliCommand, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout(`imagegate ${VERSION}: gate container images and Dockerfiles on one policy.\n\n${USAGE}\n`)
      return 0
    case 'version':
      io.stdout(`${VERSION}\n`)
      return 0
    case 'policy-schema':
      io.stdout(`${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`)
      return 0
    case 'policy-validate': {
      const loaded = loadPolicyFile(path.resolve(io.cwd, command.file), command.file)
      io.stdout(`${command.file}: valid policy (mode: ${loaded.policy.mode})\n`)
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
      const result = await aggregateReports(command.reports, io.cwd, VERSION)
      return report(result, command, io.cwd, { pathPrefix: '' }, io)
    }
  }
}

async function check(command: Extract<CliCommand, { kind: 'check' }>, io: CliIo): Promise<number> {
  const workingDirectory = resolveWorkingDirectory(command.workingDirectory, io.cwd)
  const policy = loadPolicy(command.policy, workingDirectory)
  const result = await runGate({
    policy,
    workingDirectory,
    dockerfilePatterns: command.dockerfiles,
    images: command.images,
    scanners: command.scanners
  })
  const sarif = { pathPrefix: relativePrefix(io.cwd, workingDirectory), maxResults: command.sarifMaxResults }
  return report(result, command, workingDirectory, sarif, io)
}

/** Report files, then the result on stdout in the asked format; the exit code from the verdict. */
function report(
  result: GateResult,
  command: { reportJson?: string; sarif?: string; format: OutputFormat },
  workingDirectory: string,
  sarif: SarifOptions,
  io: CliIo
): number {
  const paths = { reportJson: command.reportJson, sarif: command.sarif }
  const { sarifNote } = writeReportFiles(result, paths, workingDirectory, sarif)
  if (sarifNote) io.stderr(`note: ${sarifNote}\n`)
  if (command.format === 'json') io.stdout(`${JSON.stringify(buildJsonReport(result), null, 2)}\n`)
  else if (command.format === 'markdown') io.stdout(`${renderSummaryMarkdown(result)}\n`)
  else io.stdout(renderText(result, { color: io.color }))
  return exitCodeFor(result)
}
