import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import type { BuiltLayout } from './images.js'
import type { RunningRegistry } from './start-registry.js'

const run = promisify(execFile)

/**
 * Pushes a built layout with `skopeo copy` (plain HTTP, the registry's test account when it has auth)
 * under each tag, and returns the digest skopeo reports: what a tag must resolve to.
 */
export async function pushImage(
  registry: RunningRegistry,
  layout: BuiltLayout,
  name: string,
  tags: string[] = ['latest']
): Promise<string> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'imagegate-push-'))
  try {
    let digest = ''
    for (const tag of tags) {
      const digestFile = path.join(temp, `${tag}.digest`)
      const args = [
        'copy',
        '--quiet',
        '--insecure-policy',
        '--dest-tls-verify=false',
        '--digestfile',
        digestFile
      ]
      if (registry.auth !== 'none') args.push('--dest-creds', `${registry.username}:${registry.password}`)
      if (layout.tag === 'index') args.push('--all')
      args.push(layout.source, `docker://${registry.host}/${name}:${tag}`)
      await run('skopeo', args)
      digest = readFileSync(digestFile, 'utf8').trim()
    }
    return digest
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}
