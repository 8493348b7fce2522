import * as path from 'node:path'

/** `path.relative` with forward slashes, the form reports and GitHub use on every platform. */
export function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/')
}
