import { accessSync, constants, statSync } from 'node:fs'
import * as path from 'node:path'

/**
 * Finds an executable on PATH the way a shell would, without running one: each PATH entry in order,
 * and on Windows each PATHEXT extension. Returns the absolute path, or undefined.
 */
export function findOnPath(
  command: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform
): string | undefined {
  const pathValue = env.PATH ?? env.Path ?? ''
  const delimiter = platform === 'win32' ? ';' : ':'
  const extensions =
    platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean) : ['']
  for (const directory of pathValue.split(delimiter)) {
    // An empty entry means the current directory; never pick up a scanner from there.
    if (!directory || !path.isAbsolute(directory)) continue
    for (const extension of extensions) {
      const candidate = path.join(directory, command + extension)
      if (isExecutableFile(candidate, platform)) return candidate
    }
  }
  return undefined
}

function isExecutableFile(candidate: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(candidate).isFile()) return false
    if (platform !== 'win32') accessSync(candidate, constants.X_OK)
    return true
  } catch {
    return false
  }
}
