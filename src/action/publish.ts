import * as core from '@actions/core'
import * as path from 'node:path'
import type { GateResult } from '../model/result.js'
import { inputFiles, relativePrefix, writeReportFiles } from '../publish/files.js'
import { buildAnnotations, emitAnnotations } from '../report/annotations.js'
import { renderSummaryMarkdown } from '../report/markdown.js'
import { buildOutputs } from '../report/outputs.js'
import { renderText } from '../report/text.js'
import { neutralizeWorkflowCommands } from '../util/untrusted.js'
import type { ActionInputs } from '../inputs/action-inputs.js'
import type { Policy } from '../policy/types.js'
import { coreLogger } from './core-logger.js'
import { publishPullRequestComments, sourceLinks } from './pr-comment.js'
import { readRunContext } from '../github/run-context.js'

/** All of the action's reports, from one finished result. */
export async function publishResult(
  result: GateResult,
  inputs: ActionInputs,
  workspace: string,
  report: Policy['report'],
  /** Files the result was read from (the `aggregate` reports): never written over. */
  readFiles: string[] = []
): Promise<void> {
  core.info(neutralizeWorkflowCommands(renderText(result, { color: false })))

  // Findings name files relative to working-directory; GitHub wants them relative to the repository root.
  const pathPrefix = relativePrefix(workspace, inputs.workingDirectory)
  const { annotations, omitted } = buildAnnotations(result, { pathPrefix })
  emitAnnotations(annotations, core)

  const links = sourceLinks(readRunContext(), pathPrefix)
  await core.summary.addRaw(renderSummaryMarkdown(result, { omittedAnnotations: omitted, links })).write()

  const tempDirectory = process.env.RUNNER_TEMP ?? inputs.workingDirectory
  // Inside the checkout or the runner's temp folder only: a pull request decides what the checkout holds.
  const rules = {
    roots: [workspace, inputs.workingDirectory, tempDirectory],
    inputs: [...inputFiles(result, inputs.workingDirectory), ...readFiles]
  }
  const written = writeReportFiles(
    result,
    {
      reportJson: inputs.reportJson ?? path.join(tempDirectory, 'imagegate', 'report.json'),
      sarif: inputs.sarif ?? path.join(tempDirectory, 'imagegate', 'results.sarif')
    },
    inputs.workingDirectory,
    rules,
    { pathPrefix, maxResults: inputs.sarifMaxResults }
  )
  if (written.sarifNote) core.info(written.sarifNote)
  for (const [name, value] of Object.entries(buildOutputs(result, written))) core.setOutput(name, value)

  // Last, after every file and output is written: the comment may only warn, never change anything above.
  await publishPullRequestComments(result, {
    policy: inputs.comment ?? report.comment,
    commentKey: inputs.commentKey,
    token: inputs.githubToken,
    pathPrefix,
    logger: coreLogger
  })
}
