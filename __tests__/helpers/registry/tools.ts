import { describe } from '@jest/globals'
import { spawnSync } from 'node:child_process'

/** The Debian tools the real-registry tests need (`.ci/run` installs them when it runs as root). */
export const REGISTRY_TOOLS = ['docker-registry', 'umoci', 'skopeo', 'htpasswd', 'openssl'] as const

export function missingRegistryTools(): string[] {
  return REGISTRY_TOOLS.filter(tool => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
}

/**
 * `describe` when the tools are installed, else `describe.skip` with a notice in the test output, so a
 * machine without them shows what was not tested instead of passing quietly.
 */
export function describeWithRegistry(name: string, body: () => void): void {
  const missing = missingRegistryTools()
  if (missing.length === 0) return describe(name, body)
  console.warn(
    `SKIPPED "${name}": ${missing.join(', ')} not installed (apt-get install docker-registry umoci skopeo apache2-utils)`
  )
  describe.skip(name, body)
}
