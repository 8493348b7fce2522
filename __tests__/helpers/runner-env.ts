// The files and variables the Actions runner gives a JavaScript action: a workspace with the examples,
// RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and a pull_request event payload (GitHub's own example).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot } from './node-binaries.js'

const require = createRequire(import.meta.url)
const webhookExamples = require('@octokit/webhooks-examples') as Array<{
  name: string
  examples: Array<{ action?: string; pull_request?: { number: number } }>
}>

export const pullRequestOpened = webhookExamples
  .find(w => w.name === 'pull_request')
  ?.examples.find(e => e.action === 'opened')

export interface RunnerEnvironment {
  workspace: string
  env: NodeJS.ProcessEnv
  /** GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as the action left them. */
  outputText: () => string
  summary: () => string
}

export function runnerEnvironment(
  inputs: Record<string, string>,
  files: Record<string, string> = {},
  extraEnv: NodeJS.ProcessEnv = {},
  /** Runs on the workspace once its files are written, e.g. to plant a link. */
  prepare: (workspace: string) => void = () => undefined
): RunnerEnvironment {
  const workspace = mkdtempSync(path.join(tmpdir(), 'imagegate-e2e-'))
  cpSync(path.join(repoRoot, 'examples'), path.join(workspace, 'examples'), { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
    writeFileSync(path.join(workspace, name), text)
  }
  prepare(workspace)
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'imagegate-runner-'))
  const outputFile = path.join(runnerTemp, 'output.txt')
  const summaryFile = path.join(runnerTemp, 'summary.md')
  const eventFile = path.join(runnerTemp, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(pullRequestOpened))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...extraEnv
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return {
    workspace,
    env,
    outputText: () => readFileSync(outputFile, 'utf8'),
    summary: () => readFileSync(summaryFile, 'utf8')
  }
}
