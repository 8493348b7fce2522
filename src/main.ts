import * as core from '@actions/core'
import * as os from 'node:os'
import * as path from 'node:path'
import { coreLogger } from './action/core-logger.js'
import { aggregateReports } from './aggregate/index.js'
import { publishResult } from './action/publish.js'
import { ConfigError, errorMessage, formatProblem, howToFix } from './errors.js'
import { runGate } from './gate.js'
import { getInputs } from './inputs/action-inputs.js'
import { renderExplain } from './policy/explain.js'
import { createRegistryClient } from './inputs/registry-client.js'
import { loadPolicy } from './policy/load.js'
import { policyFetcher } from './github/policy-fetcher.js'
import { relativePrefix } from './publish/files.js'
import { renderErrorSummary } from './report/error-summary.js'
import { exitCodeFor } from './verdict/exit-code.js'
import { VERSION } from './version.js'

/** The action's pipeline: inputs → policy → checks → verdict → reports. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  let workingDirectory = workspace
  try {
    const inputs = getInputs()
    workingDirectory = inputs.workingDirectory
    const policy = await coreLogger.group('Policy', async () => {
      const loaded = await loadPolicy(inputs.policy, inputs.workingDirectory, {
        github: () => policyFetcher(inputs.policyToken ?? inputs.githubToken, process.env, coreLogger)
      })
      coreLogger.info(`Policy: ${loaded.source} (mode: ${loaded.policy.mode})`)
      return loaded
    })
    await coreLogger.group('Effective policy and where each value comes from', async () => {
      for (const line of renderExplain(policy).trimEnd().split('\n')) coreLogger.info(line)
    })
    // `aggregate` merges the JSON reports of other jobs (matrix legs) instead of running the checks here.
    const { result, readFiles } =
      inputs.aggregate.length > 0
        ? await aggregateReports(inputs.aggregate, inputs.workingDirectory, VERSION)
        : {
            result: await runGate({
              policy,
              workingDirectory: inputs.workingDirectory,
              dockerfilePatterns: inputs.dockerfilePatterns,
              images: inputs.images,
              compareTo: inputs.compareTo,
              scanners: inputs.scanners,
              logger: coreLogger,
              services: {
                registry: createRegistryClient(inputs.registry, core.setSecret, m => coreLogger.info(m)),
                // On a runner the current Sigstore root is worth one bounded fetch; the bundled one is the fallback.
                signing: { refresh: { cachePath: sigstoreCache(), timeoutMs: 10_000 } }
              }
            }),
            readFiles: []
          }
    await coreLogger.group('Reports', () =>
      publishResult(result, inputs, workspace, policy.policy.report, readFiles)
    )
    const exitCode = exitCodeFor(result)
    if (exitCode !== 0) {
      core.setFailed(`imagegate verdict: ${result.verdict}: ${result.reasons.join('; ')}`)
      process.exitCode = exitCode
    }
  } catch (error) {
    await failClosed(error, relativePrefix(workspace, workingDirectory))
  }
}

function sigstoreCache(): string {
  return path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'imagegate-sigstore-tuf')
}

/**
 * The one place errors end up. A configuration error names file, line and field (and annotates the
 * file); anything else is reported as a runtime error. Both exit 2, never pass, and still leave
 * `verdict=error` and a job summary that says what to fix, so later steps and readers see why.
 */
async function failClosed(error: unknown, pathPrefix: string): Promise<void> {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) {
      const p = problem.position
      core.error(formatProblem(problem), {
        title: 'imagegate configuration error',
        // A base policy from another repository or URL is named in full in the message, not annotated.
        ...(p && !p.external
          ? {
              file: path.isAbsolute(p.file) ? p.file : pathPrefix + p.file,
              startLine: p.line,
              startColumn: p.column
            }
          : {})
      })
    }
    core.setFailed(`imagegate configuration error: ${error.message}`)
  } else {
    if (error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(`imagegate could not finish: ${errorMessage(error)}`)
  }
  process.exitCode = 2
  core.setOutput('verdict', 'error')
  core.info(howToFix(error))
  try {
    await core.summary.addRaw(renderErrorSummary(error)).write()
  } catch (summaryError) {
    // No GITHUB_STEP_SUMMARY (a local run): the log above already says it all.
    core.debug(`no job summary: ${errorMessage(summaryError)}`)
  }
}
