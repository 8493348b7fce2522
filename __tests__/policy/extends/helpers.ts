// Synthetic policies written to a temporary workspace, and an in-memory stand-in for the
// PolicySourceFetcher interface (the contents-API client itself is tested against a local server).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { PolicySourceFetcher } from '../../../src/policy/extends/fetcher.js'
import { loadPolicyFile, type PolicyLoadOptions } from '../../../src/policy/load.js'
import type { LoadedPolicy } from '../../../src/policy/types.js'

export const NOW = new Date('2026-12-04T12:00:00Z')

/** `owner/repo/path@ref` → text; every ref resolves to the same fixed commit. */
export function memoryFetcher(files: Record<string, string>): PolicySourceFetcher & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    async fetch({ owner, repo, path: file, ref }) {
      const key = `${owner}/${repo}/${file}@${ref}`
      calls.push(key)
      const text = files[key]
      if (text === undefined) throw new Error(`HTTP 404: ${owner}/${repo} has no file ${file} at ${ref}`)
      return {
        text,
        commitSha: 'c'.repeat(40),
        htmlUrl: `https://github.com/${owner}/${repo}/blob/${'c'.repeat(40)}/${file}`
      }
    }
  }
}

/** A workspace with these files; `cleanup` removes it. */
export function workspace(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-extends-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Loads `root` (default `.github/imagegate.yml`) of a fresh workspace with `files` and `remote` bases. */
export async function loadWith(
  files: Record<string, string>,
  remote: Record<string, string> = {},
  options: PolicyLoadOptions & { root?: string } = {}
): Promise<LoadedPolicy> {
  const root = options.root ?? '.github/imagegate.yml'
  const { dir, cleanup } = workspace(files)
  try {
    const fetcher = memoryFetcher(remote)
    return await loadPolicyFile(path.join(dir, root), root, {
      workingDirectory: dir,
      github: () => fetcher,
      now: NOW,
      ...options
    })
  } finally {
    cleanup()
  }
}
