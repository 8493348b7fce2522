import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { loadActionsCache, type ActionsCache } from '../../../util/actions-cache.js'
import { runProcess } from '../../../util/exec.js'
import type { ShellcheckResultCache } from './shellcheck.js'
import type { ScriptComment } from './shellcheck-process.js'

/**
 * ShellCheck results kept between runs in the Actions cache: one entry holds a JSON file of script
 * hash (sha256 of the script file, which carries its shell and variables) → ShellCheck's comments, for
 * one ShellCheck version. Cache entries cannot be overwritten, so each save gets a key of its own and a
 * restore takes the newest entry with the version's prefix. Only a speed-up: any problem with it means
 * checking the scripts again, never a changed result.
 */
export interface OpenedShellcheckCache {
  results: ShellcheckResultCache
  /** Saves the results when this run added any. Never throws. */
  save(): Promise<void>
}

export interface ShellcheckCacheOptions {
  binary?: string
  /** The folder saved and restored; it must be the same path in every run. */
  folder?: string
  /** Tests pass a stand-in for @actions/cache. */
  load?: () => Promise<Pick<ActionsCache, 'isFeatureAvailable' | 'restoreCache' | 'saveCache'>>
}

const FILE = 'shellcheck-results.json'
const FORMAT = 1
/** Keeps the file (and each restore) small: 20,000 scripts are ~10 MB. */
const MAX_ENTRIES = 20_000
const MAX_FILE_BYTES = 32 * 1024 * 1024
const VERSION_TIMEOUT_MS = 10_000

/** The cache, or undefined when there is none to use (not in Actions, ShellCheck missing). */
export async function openShellcheckCache(
  options: ShellcheckCacheOptions = {}
): Promise<OpenedShellcheckCache | undefined> {
  try {
    const cache = await (options.load ?? loadActionsCache)()
    if (!cache.isFeatureAvailable()) return undefined
    const version = await shellcheckVersion(options.binary ?? 'shellcheck')
    if (version === undefined) return undefined
    const folder =
      options.folder ?? path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'imagegate-shellcheck-cache')
    await mkdir(folder, { recursive: true })
    const prefix = `imagegate-shellcheck-${process.platform}-${version}-`
    const restoredFrom = await cache.restoreCache([folder], prefix, [prefix]).catch(() => undefined)
    const stored = restoredFrom
      ? await readEntries(path.join(folder, FILE))
      : new Map<string, ScriptComment[]>()
    return openEntries(stored, async entries => {
      const key = `${prefix}${sha256([...entries.keys()].sort().join('\n')).slice(0, 16)}`
      if (key === restoredFrom) return
      await writeFile(
        path.join(folder, FILE),
        JSON.stringify({ format: FORMAT, entries: Object.fromEntries(entries) })
      )
      await cache.saveCache([folder], key)
    })
  } catch {
    return undefined
  }
}

function openEntries(
  stored: Map<string, ScriptComment[]>,
  persist: (entries: Map<string, ScriptComment[]>) => Promise<void>
): OpenedShellcheckCache {
  const added = new Map<string, ScriptComment[]>()
  const used = new Set<string>()
  return {
    results: {
      get(text) {
        const key = sha256(text)
        const found = added.get(key) ?? stored.get(key)
        if (found !== undefined) used.add(key)
        return found
      },
      set(text, comments) {
        added.set(sha256(text), comments)
      }
    },
    async save() {
      if (added.size === 0) return
      // This run's scripts first, then older ones, up to the cap.
      const entries = new Map(added)
      for (const key of used) entries.set(key, stored.get(key) ?? (added.get(key) as ScriptComment[]))
      for (const [key, comments] of stored) {
        if (entries.size >= MAX_ENTRIES) break
        if (!entries.has(key)) entries.set(key, comments)
      }
      try {
        await persist(entries)
      } catch {
        // Saving is a speed-up for the next run; this run's result does not depend on it.
      }
    }
  }
}

/** `shellcheck --version` prints `version: 0.9.0`. */
async function shellcheckVersion(binary: string): Promise<string | undefined> {
  const result = await runProcess(binary, ['--version'], { timeoutMs: VERSION_TIMEOUT_MS })
  return /^version:\s*([0-9A-Za-z.+-]{1,40})\s*$/m.exec(result.stdout)?.[1]
}

/** The entries of a restored file; nothing when it is too large or not what this version wrote. */
async function readEntries(file: string): Promise<Map<string, ScriptComment[]>> {
  const entries = new Map<string, ScriptComment[]>()
  try {
    if ((await stat(file)).size > MAX_FILE_BYTES) return entries
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { format?: unknown; entries?: unknown }
    if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null)
      return entries
    for (const [key, comments] of Object.entries(parsed.entries)) {
      if (/^[0-9a-f]{64}$/.test(key) && Array.isArray(comments) && comments.every(isComment))
        entries.set(key, comments)
    }
  } catch {
    // A missing or broken file is an empty cache.
  }
  return entries
}

function isComment(value: unknown): value is ScriptComment {
  const c = value as Partial<ScriptComment>
  return (
    typeof c === 'object' &&
    c !== null &&
    Number.isInteger(c.line) &&
    Number.isInteger(c.code) &&
    typeof c.level === 'string' &&
    typeof c.message === 'string'
  )
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
