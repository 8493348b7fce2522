import * as path from 'node:path'

/** `path.relative` with forward slashes, the form reports and GitHub use on every platform. */
export function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/')
}

/** True when `file` is `folder` itself or below it (by path, not following links). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file))
  return relative === '' || (!path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..')
}
