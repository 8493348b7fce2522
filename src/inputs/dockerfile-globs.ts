import { realpath, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { dockerfileLabel } from '../dockerfile/parse.js'
import { ConfigError } from '../errors.js'
import { isOpenFileLimit, mapFiles, openFileLimitError } from '../util/concurrency.js'
import { isInside } from '../util/paths.js'
import { shortLine } from '../util/untrusted.js'

const GLOB_CHARS = /[*?[]/

interface Pattern {
  text: string
  negate: boolean
  isGlob: boolean
}

export interface GlobOptions {
  /** Told about each matched file that was skipped, and why. */
  warn?: (message: string) => void
}

/**
 * Expands Dockerfile patterns (`Dockerfile`, `**\/Dockerfile*`, `!vendor/**`) into sorted, unique file paths
 * relative to `workingDirectory`, forward slashes. A plain path that does not exist is a ConfigError; a glob
 * matching nothing just contributes nothing (the caller decides whether that is a mistake). A match that
 * is a link to a file outside the working directory is skipped with a warning: a pull request could plant
 * `Dockerfile -> /etc/shadow`, and lint messages quote the lines they flag.
 */
export async function expandDockerfileGlobs(
  patterns: string[],
  workingDirectory: string,
  options: GlobOptions = {}
): Promise<string[]> {
  const matched = await matchDockerfiles(patterns, workingDirectory)
  // Patterns that start with `../` or `/` name their own folder; links may not leave that one either.
  const roots = [workingDirectory]
  for (const p of patterns.map(parsePattern)) {
    if (p && !p.negate) roots.push(patternFolder(p, workingDirectory))
  }
  return keepWithin(matched, roots, workingDirectory, options.warn ?? (() => undefined))
}

async function keepWithin(
  labels: string[],
  roots: string[],
  workingDirectory: string,
  warn: (message: string) => void
): Promise<string[]> {
  const realRoots = await Promise.all([...new Set(roots)].map(root => realpath(root).catch(() => root)))
  const reals = await mapFiles(labels, label =>
    realpath(path.resolve(workingDirectory, label)).catch((error: unknown) => {
      if (isOpenFileLimit(error)) throw openFileLimitError(label, error)
      return undefined
    })
  )
  return labels.filter((label, i) => {
    const real = reals[i]
    if (real !== undefined && realRoots.some(root => isInside(root, real))) return true
    warn(
      `dockerfiles: skipped ${shortLine(label)}: it links to a file outside ${workingDirectory}, ` +
        'and imagegate does not follow links out of the working directory'
    )
    return false
  })
}

async function matchDockerfiles(patterns: string[], workingDirectory: string): Promise<string[]> {
  const parsed = await Promise.all(
    patterns.map(parsePattern).flatMap(p => (p === undefined ? [] : [literalIfExists(p, workingDirectory)]))
  )
  const plain = parsed.filter(p => !p.negate && !p.isGlob)
  const found = new Set<string>()
  for (const p of plain) found.add(await requireFile(p.text, workingDirectory))
  if (!parsed.some(p => p.negate || p.isGlob)) return [...found].sort()

  // Plain paths alone never load the glob library, which keeps the common case fast.
  const [{ glob, escapePath }, { default: picomatch }] = await Promise.all([
    import('tinyglobby'),
    import('picomatch')
  ])
  const included = await Promise.all(
    parsed
      .filter(p => !p.negate)
      .map(p => {
        // Leading `../` segments become the search root, so the working directory's own name is never a glob.
        const { base, rest } = splitBase(p.text, workingDirectory)
        const pattern = p.isGlob ? rest : escapePath(rest)
        return glob([pattern], {
          cwd: base,
          onlyFiles: true,
          dot: true,
          expandDirectories: false,
          absolute: true
        })
      })
  )
  const negations = parsed.filter(p => p.negate).map(p => p.text)
  const excluded = negations.length > 0 ? picomatch(negations, { dot: true }) : () => false
  const files = included.flat().filter(file => !excluded(dockerfileLabel(file, workingDirectory)))
  found.clear()
  const named = new Set(plain.map(p => dockerfileLabel(p.text, workingDirectory)))
  for (const file of files) {
    const label = dockerfileLabel(file, workingDirectory)
    // `<name>.dockerignore` sits next to Dockerfiles and matches `Dockerfile*`, but is never one.
    if (!label.endsWith('.dockerignore') || named.has(label)) found.add(label)
  }
  return [...found].sort()
}

/** A pattern naming an existing file literally (`app[1]/Dockerfile`) means that file, not a glob. */
async function literalIfExists(pattern: Pattern, workingDirectory: string): Promise<Pattern> {
  if (!pattern.isGlob) return pattern
  const isFile = await stat(path.resolve(workingDirectory, pattern.text)).then(
    s => s.isFile(),
    () => false
  )
  return isFile ? { ...pattern, isGlob: false } : pattern
}

/** The folder a pattern names before its first glob character (its file's folder for a plain path). */
function patternFolder(pattern: Pattern, workingDirectory: string): string {
  if (!path.isAbsolute(pattern.text)) return splitBase(pattern.text, workingDirectory).base
  const segments = pattern.text.split('/')
  const firstGlob = segments.findIndex(s => GLOB_CHARS.test(s))
  return firstGlob < 0 ? path.dirname(pattern.text) : segments.slice(0, firstGlob).join('/') || '/'
}

function splitBase(pattern: string, workingDirectory: string): { base: string; rest: string } {
  const segments = pattern.split('/')
  const ups = segments.findIndex(s => s !== '..' && s !== '.')
  return {
    base: path.resolve(workingDirectory, ...segments.slice(0, ups)),
    rest: segments.slice(ups).join('/')
  }
}

function parsePattern(raw: string): Pattern | undefined {
  let text = raw.trim()
  if (text === '' || text.startsWith('#')) return undefined
  let negate = false
  while (text.startsWith('!')) {
    negate = !negate
    text = text.slice(1).trim()
  }
  if (text === '') return undefined
  return { text, negate, isGlob: GLOB_CHARS.test(text) }
}

async function requireFile(file: string, workingDirectory: string): Promise<string> {
  const label = dockerfileLabel(file, workingDirectory)
  let isFile: boolean
  try {
    isFile = (await stat(path.resolve(workingDirectory, file))).isFile()
  } catch {
    throw new ConfigError(`dockerfiles: "${file}" does not exist in ${workingDirectory}`)
  }
  if (!isFile) {
    throw new ConfigError(
      `dockerfiles: "${file}" is not a file; name the Dockerfile or use a glob like ${label}/**/Dockerfile`
    )
  }
  return label
}
