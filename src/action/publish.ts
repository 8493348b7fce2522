import * as core from '@actions/core'
import * as path from 'node:path'
import type { GateResult } from '../model/result.js'
import { writeReportFiles } from '../publish/files.js'
import { buildAnnotations, emitAnnotations } from '../report/annotations.js'
import { renderSummaryMarkdown } from '../report/markdown.js'
import { buildOutputs } from '../report/outputs.js'
import { renderText } from '../report/text.js'
import { neutralizeWorkflowCommands } from '../report/untrusted.js'
import type { ActionInputs } from '../inputs/action-inputs.js'

/** All of the action's reports, from one finished result. */
export async function publishResult(
  result: GateResult,
  inputs: ActionInputs,
  workspace: string
): Promise<void> {
  core.info(neutralizeWorkflowCommands(renderText(result, { color: false })))

  const { annotations, omitted } = buildAnnotations(result)
  const toWorkspace = workspacePathMapper(inputs.workingDirectory, workspace)
  emitAnnotations(
    annotations.map(a => (a.file ? { ...a, file: toWorkspace(a.file) } : a)),
    core
  )

  await core.summary.addRaw(renderSummaryMarkdown(result, { omittedAnnotations: omitted })).write()

  const tempDirectory = process.env.RUNNER_TEMP ?? inputs.workingDirectory
  const written = writeReportFiles(
    result,
    {
      reportJson: inputs.reportJson ?? path.join(tempDirectory, 'imagegate', 'report.json'),
      sarif: inputs.sarif ?? path.join(tempDirectory, 'imagegate', 'results.sarif')
    },
    inputs.workingDirectory
  )
  for (const [name, value] of Object.entries(buildOutputs(result, written))) core.setOutput(name, value)
}

/** Findings name files relative to working-directory; GitHub wants them relative to the repository root. */
export function workspacePathMapper(workingDirectory: string, workspace: string): (file: string) => string {
  return file => path.relative(workspace, path.resolve(workingDirectory, file)).split(path.sep).join('/')
}
