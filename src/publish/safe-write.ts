import { randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync
} from 'node:fs'
import * as path from 'node:path'
import { ConfigError, errorMessage } from '../errors.js'
import { isInside } from '../util/paths.js'

/** Where reports may go. A pull request can plant links and name files; neither may redirect a write. */
export interface WriteRules {
  /** Absolute folders reports may be written in (the working directory, the runner's temp folder). */
  roots: string[]
  /** The command line: a path the user typed as absolute may lie outside the roots. */
  absoluteAnywhere?: boolean
  /** Absolute paths of the files this run read (Dockerfiles, policy, ignore files): never replaced. */
  inputs: string[]
}

// O_NOFOLLOW is absent on Windows, where a link needs privileges to create; 0 keeps open() working there.
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)

/**
 * Writes `pieces` to `given` (resolved against `baseDirectory`) through a temporary file in the same folder and a rename, so a reader never
 * sees half a report and a link planted at `file` is refused rather than followed. Every folder between
 * the root and the file is checked with lstat. Problems are the user's to fix: a ConfigError naming
 * the input (`report-json`, `sarif`) and the reason.
 */
export function writeReportSafely(
  input: string,
  given: string,
  baseDirectory: string,
  pieces: Iterable<string>,
  rules: WriteRules
): string {
  const file = path.resolve(baseDirectory, given)
  const fail = (reason: string): never => {
    throw new ConfigError(`${input}: cannot write ${file}: ${reason}`)
  }
  // The outermost root holding the file, so every folder a pull request could have planted is checked.
  const root = [...rules.roots].sort((a, b) => a.length - b.length).find(r => isInside(r, file))
  if (root === undefined && !(rules.absoluteAnywhere && path.isAbsolute(given))) {
    fail(
      `it is outside the working directory and the runner's temp folder (${rules.roots.join(', ')}); ` +
        'choose a path inside one of them'
    )
  }
  makeFolders(root, path.dirname(file), fail)
  refuseLink(file, fail)
  refuseInput(file, rules.inputs, fail)

  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temp, CREATE_NEW, 0o644)
    for (const piece of pieces) writeAll(fd, piece)
    writeAll(fd, '\n')
    closeSync(fd)
    fd = undefined
    // Checked again just before the rename: a link planted while we wrote is still refused.
    refuseLink(file, fail)
    renameSync(temp, file)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    rmSync(temp, { force: true })
    if (error instanceof ConfigError) throw error
    fail(errorMessage(error))
  }
  return file
}

/** Creates the folders below `root` one at a time, refusing any that is a link (or not a folder). */
function makeFolders(root: string | undefined, folder: string, fail: (reason: string) => never): void {
  if (root === undefined) {
    // An absolute path the user typed: the folders above it are theirs to vouch for.
    try {
      mkdirSync(folder, { recursive: true })
    } catch (error) {
      fail(errorMessage(error))
    }
    return
  }
  let current = root
  for (const segment of path.relative(root, folder).split(path.sep).filter(Boolean)) {
    current = path.join(current, segment)
    const kind = kindOf(current, fail)
    if (kind === 'link') fail(`${current} is a symbolic link; reports are never written through links`)
    if (kind === 'other') fail(`${current} is not a folder`)
    if (kind === 'missing') {
      try {
        mkdirSync(current)
      } catch (error) {
        fail(errorMessage(error))
      }
    }
  }
}

function refuseLink(file: string, fail: (reason: string) => never): void {
  if (kindOf(file, fail) === 'link') fail('it is a symbolic link; reports are never written through links')
}

/** Compared by real path, so `./Dockerfile`, `sub/../Dockerfile` and a linked parent all count. */
function refuseInput(file: string, inputs: readonly string[], fail: (reason: string) => never): void {
  const target = path.join(realpathSync(path.dirname(file)), path.basename(file))
  for (const input of inputs) {
    if (realOrSelf(input) === target) {
      fail(`it is an input of this run (${input}); choose another path for the report`)
    }
  }
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

function kindOf(file: string, fail: (reason: string) => never): 'missing' | 'link' | 'folder' | 'other' {
  try {
    const stats = lstatSync(file)
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : 'other'
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    return fail(errorMessage(error))
  }
}

function writeAll(fd: number, text: string): void {
  // One write of the whole piece, encoded on the way; a short write (full disk, signal) goes on
  // from a Buffer of the same text.
  let written = writeSync(fd, text)
  const length = Buffer.byteLength(text)
  if (written < length) {
    const bytes = Buffer.from(text)
    while (written < length) written += writeSync(fd, bytes, written)
  }
}
