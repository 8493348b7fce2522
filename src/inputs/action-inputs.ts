import * as core from '@actions/core'
import { parseList } from './list.js'
import { resolveWorkingDirectory } from './paths.js'

/** Every input of action.yml, typed; the only module that reads them. */
export interface ActionInputs {
  /** Policy path relative to the working directory; unset means discover or use the default. */
  policy?: string
  images: string[]
  dockerfilePatterns: string[]
  githubToken?: string
  reportJson?: string
  sarif?: string
  /** Absolute. */
  workingDirectory: string
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const githubToken = optional('github-token')
  // Never let the token reach a log line, even through a debug dump.
  if (githubToken) core.setSecret(githubToken)
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  return {
    policy: optional('policy'),
    images: parseList(core.getInput('images'), { commas: true }),
    dockerfilePatterns: parseList(core.getInput('dockerfiles'), { commas: false }),
    githubToken,
    reportJson: optional('report-json'),
    sarif: optional('sarif'),
    workingDirectory: resolveWorkingDirectory(optional('working-directory') ?? '.', workspace)
  }
}

function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}
