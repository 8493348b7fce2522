import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/** A temp directory of SYNTHETIC stand-in executables (shell scripts), for PATH-based tests. */
export function stubBin(scripts: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-stub-'))
  for (const [name, body] of Object.entries(scripts)) {
    const file = path.join(dir, name)
    writeFileSync(file, `#!/bin/sh\n${body}\n`)
    chmodSync(file, 0o755)
  }
  return dir
}
