import * as path from 'node:path'

export interface FoundReports {
  /** Absolute paths, sorted, unique; a plain path is kept even when missing, so reading it says so. */
  files: string[]
  /** Globs that matched no file: a matrix leg that uploaded nothing must not pass unnoticed. */
  unmatched: string[]
}

const GLOB_CHARS = /[*?[{]/

/** Report paths and globs (e.g. files from actions/download-artifact), relative to `baseDirectory`. */
export async function findReports(patterns: readonly string[], baseDirectory: string): Promise<FoundReports> {
  const files = new Set<string>()
  const unmatched: string[] = []
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      files.add(path.resolve(baseDirectory, pattern))
      continue
    }
    const { glob } = await import('tinyglobby')
    const matches = await glob([pattern], { cwd: baseDirectory, absolute: true, onlyFiles: true, dot: true })
    if (matches.length === 0) unmatched.push(pattern)
    for (const match of matches) files.add(path.resolve(match))
  }
  return { files: [...files].sort(), unmatched }
}
