import * as os from 'node:os'
import * as path from 'node:path'

/**
 * The per-user cache directory for imagegate (`~/.cache/imagegate` on Linux, `~/Library/Caches/imagegate`
 * on macOS, `%LOCALAPPDATA%\imagegate` on Windows), used where the runner's directories do not exist.
 */
export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir()
): string {
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'imagegate')
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'imagegate')
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'imagegate')
}

/** Where verified scanner binaries are kept: the runner's tool cache, or the user cache on a laptop. */
export function toolCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TOOL_CACHE || path.join(userCacheDir(env), 'tools')
}

/**
 * Where the vulnerability databases live between runs. The same path on every run, because
 * @actions/cache ties an entry to the paths it was saved from; the home directory is stable on
 * hosted runners and outside the workspace, so a filesystem scan never walks into it.
 */
export function defaultDbCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userCacheDir(env), 'db')
}
