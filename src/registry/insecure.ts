import { ConfigError } from '../errors.js'

const HOST_PORT =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/

/**
 * `insecure-registries` / `--insecure-registry` entries: HOST or HOST:PORT exactly as in the image
 * reference. A scheme or path is a mistake worth saying, not something to guess around.
 */
export function parseInsecureRegistries(entries: readonly string[]): ReadonlySet<string> {
  const hosts = new Set<string>()
  for (const entry of entries) {
    const host = entry.trim().toLowerCase()
    if (host === '') continue
    if (!HOST_PORT.test(host)) {
      throw new ConfigError(
        `invalid insecure registry "${entry}": write HOST or HOST:PORT (e.g. localhost:5000), without a scheme or path`
      )
    }
    hosts.add(host)
  }
  return hosts
}
