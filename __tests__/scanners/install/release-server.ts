// Test helpers: a synthetic scanner release (a stub shell script packed like the real archives) and a
// local HTTP server on 127.0.0.1 that serves it. Nothing here contacts a real host.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import type { Logger } from '../../../src/util/logger.js'

/** Writes an executable stub named `name` that prints `versionJson` for its version command. */
export function writeStubScanner(
  directory: string,
  name: 'trivy' | 'grype',
  version: string,
  exitCode = 0
): string {
  mkdirSync(directory, { recursive: true })
  const json =
    name === 'trivy' ? `{"Version":"${version}"}` : `{"application":"grype","version":"${version}"}`
  const file = path.join(directory, name)
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      `# Synthetic stand-in for ${name}, written by imagegate's tests; not the real scanner.`,
      exitCode === 0 ? '' : `echo "stub ${name} is broken" >&2; exit ${exitCode}`,
      `echo '${json}'`,
      ''
    ].join('\n')
  )
  chmodSync(file, 0o755)
  return file
}

export interface SyntheticRelease {
  archiveName: string
  archive: Buffer
  sha256: string
}

/** A `.tar.gz` laid out like the real release: the executable and a LICENSE at the top level. */
export function buildRelease(
  workDirectory: string,
  name: 'trivy' | 'grype',
  version: string,
  archiveName: string,
  options: { withBinary?: boolean } = {}
): SyntheticRelease {
  const contents = path.join(workDirectory, `contents-${name}-${version}`)
  mkdirSync(contents, { recursive: true })
  writeFileSync(path.join(contents, 'LICENSE'), 'Synthetic test archive; not a real release.\n')
  const members = ['LICENSE']
  if (options.withBinary !== false) {
    writeStubScanner(contents, name, version)
    members.push(name)
  }
  const archivePath = path.join(workDirectory, archiveName)
  execFileSync('tar', ['-czf', archivePath, '-C', contents, ...members])
  const archive = readFileSync(archivePath)
  return { archiveName, archive, sha256: createHash('sha256').update(archive).digest('hex') }
}

export interface Route {
  /** Served in order, the last one repeating: e.g. `[500, body]` for one failure then success. */
  responses: Array<{ status: number; body?: Buffer }>
}

export interface ReleaseServer {
  url: string
  /** Request paths in the order they arrived. */
  requests: string[]
  close(): Promise<void>
}

export async function startReleaseServer(routes: Record<string, Route>): Promise<ReleaseServer> {
  const requests: string[] = []
  const served = new Map<string, number>()
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/'
    requests.push(url)
    const route = routes[url]
    if (!route) {
      response.writeHead(404).end('not found')
      return
    }
    const index = served.get(url) ?? 0
    served.set(url, index + 1)
    const answer = route.responses[Math.min(index, route.responses.length - 1)]
    response.writeHead(answer.status, { 'content-type': 'application/octet-stream' }).end(answer.body ?? '')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

export interface RecordingLogger extends Logger {
  infos: string[]
  warnings: string[]
}

export function recordingLogger(): RecordingLogger {
  const infos: string[] = []
  const warnings: string[] = []
  return {
    infos,
    warnings,
    group: (_title, fn) => fn(),
    info: message => void infos.push(message),
    warning: message => void warnings.push(message),
    debug: () => undefined
  }
}
