import { statSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigError } from '../errors.js'

/** Pure apart from the stat: names the input and what was expected. */
export function resolveWorkingDirectory(input: string, workspace: string): string {
  const resolved = path.resolve(workspace, input)
  let isDirectory = false
  try {
    isDirectory = statSync(resolved).isDirectory()
  } catch {
    isDirectory = false
  }
  if (!isDirectory) {
    throw new ConfigError(`working-directory: "${input}" is not a directory (resolved to ${resolved})`)
  }
  return resolved
}
