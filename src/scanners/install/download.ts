import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import type { ScannerName } from '../../model/finding.js'
import type { Logger } from '../../util/logger.js'
import { errorMessage } from '../../errors.js'
import type { PinnedArchive } from './releases.js'
import { withRunnerShim } from './runner-shim.js'

export interface DownloadRequest {
  name: ScannerName
  version: string
  arch: string
  archive: PinnedArchive
  url: string
  logger: Logger
}

/** @actions/tool-cache loads only when a scanner is not on PATH: most CLI runs never need it. */
const toolCache = () => import('@actions/tool-cache')

/** The tool-cache name: our own, so an entry another action cached without our checksum check is never used. */
export function toolCacheName(name: ScannerName): string {
  return `imagegate-${name}`
}

/** A verified scanner already in the tool cache, or undefined. */
export function findCached(name: ScannerName, version: string, arch: string): Promise<string | undefined> {
  return withRunnerShim(async () => {
    const tc = await toolCache()
    const directory = tc.find(toolCacheName(name), version, arch)
    const binary = directory ? path.join(directory, name) : ''
    return binary && existsSync(binary) ? binary : undefined
  })
}

/**
 * Downloads the pinned archive, checks its SHA-256 against the committed value BEFORE extracting
 * anything, extracts it and stores it in the tool cache. Returns the binary's path.
 * tool-cache itself retries 5xx, 408 and 429 (three attempts); anything else fails at once.
 */
export function downloadVerified(request: DownloadRequest): Promise<string> {
  return withRunnerShim(async () => {
    const { name, version, url } = request
    const tc = await toolCache()
    let file: string
    try {
      file = await tc.downloadTool(url)
    } catch (error) {
      throw new Error(
        `downloading ${name} ${version} from ${url} failed: ${describeDownloadError(error, tc.HTTPError)}; ` +
          `check the network or the scanner-mirror input, or put ${name} on PATH`
      )
    }
    let extracted: string | undefined
    try {
      const actual = await sha256File(file)
      if (actual !== request.archive.sha256) {
        throw new Error(
          `refusing to install ${name} ${version}: the SHA-256 of ${url} is ${actual}, but imagegate pins ` +
            `${request.archive.sha256} for ${request.archive.archive}. The download was altered or the mirror ` +
            `serves a different file; fix the mirror, or put a ${name} you trust on PATH`
        )
      }
      extracted = await tc.extractTar(file)
      if (!existsSync(path.join(extracted, name))) {
        throw new Error(
          `the ${name} ${version} archive from ${url} has no '${name}' executable at its top level`
        )
      }
      const cached = await tc.cacheDir(extracted, toolCacheName(name), version, request.arch)
      request.logger.info(`Installed ${name} ${version} (SHA-256 verified) from ${url}`)
      return path.join(cached, name)
    } finally {
      await rm(file, { force: true })
      if (extracted) await rm(extracted, { recursive: true, force: true })
    }
  })
}

/** Streams the file through SHA-256, so a 100 MB archive is never held in memory. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('error', reject)
      .on('data', chunk => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

function describeDownloadError(
  error: unknown,
  HTTPError: Awaited<ReturnType<typeof toolCache>>['HTTPError']
): string {
  if (error instanceof HTTPError && error.httpStatusCode) {
    return error.httpStatusCode === 404
      ? 'HTTP 404 (no such release asset at that address)'
      : `HTTP ${error.httpStatusCode}`
  }
  return errorMessage(error)
}
