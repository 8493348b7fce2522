import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigError } from '../errors.js'
import { BUILTIN_POLICY_LABEL } from './builtin.js'

/** Where a repository's policy lives when no path is given. */
export const DISCOVERED_POLICY_PATHS = ['.github/imagegate.yml', '.github/imagegate.yaml'] as const

/**
 * Which policy a run uses: the explicit path (relative to the working directory), else
 * `.github/imagegate.yml` or `.yaml`, else the built-in default (no `path`). `source` is how messages
 * name it: the path as the user wrote or would write it, or `built-in default`.
 */
export function resolvePolicyPath(
  explicit: string | undefined,
  workingDirectory: string
): { path?: string; source: string } {
  if (explicit !== undefined && explicit.trim() !== '') {
    return { path: path.resolve(workingDirectory, explicit), source: explicit }
  }
  const found = DISCOVERED_POLICY_PATHS.filter(candidate =>
    existsSync(path.join(workingDirectory, candidate))
  )
  if (found.length > 1) {
    // Silently picking one would leave the other file looking active while it is ignored.
    const message = `both ${found.join(' and ')} exist; keep one of them`
    throw new ConfigError(message, [{ message, position: { file: found[1] } }])
  }
  if (found.length === 1) return { path: path.join(workingDirectory, found[0]), source: found[0] }
  return { source: BUILTIN_POLICY_LABEL }
}
