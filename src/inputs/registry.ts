import { ConfigError } from '../errors.js'
import { tryParseImageReference } from '../image/reference.js'
import { parseInsecureRegistries } from '../registry/insecure.js'
import type { Credential } from '../registry/index.js'

/** How the run reaches registries: the action inputs or CLI flags and environment, before the client exists. */
export interface RegistrySettings {
  /** HOST:PORT entries spoken to over plain HTTP. */
  insecureRegistries: string[]
  /** Explicit credentials by host; they win over the docker config.json. */
  credentials: Record<string, Credential>
}

export interface RegistryLogin {
  /** The host the credentials are for; empty means the images' registry. */
  registry?: string
  username?: string
  password?: string
}

/**
 * Pure: validates the insecure-registry list and turns one username/password pair into credentials for
 * one host. Like docker/login-action, `registry` names the host; left empty it is the registry the
 * images come from, which must then be one registry, or the credentials would go to a host nobody chose.
 */
export function registrySettings(
  insecure: readonly string[],
  login: RegistryLogin,
  images: readonly string[],
  names: { registry: string; username: string; password: string }
): RegistrySettings {
  const insecureRegistries = [...parseInsecureRegistries(insecure)]
  const { username, password } = login
  if (username === undefined && password === undefined) {
    if (login.registry !== undefined) {
      throw new ConfigError(`${names.registry} is set but ${names.username} and ${names.password} are not`)
    }
    return { insecureRegistries, credentials: {} }
  }
  if (username === undefined || password === undefined) {
    const missing = username === undefined ? names.username : names.password
    throw new ConfigError(`${missing} is missing: give both ${names.username} and ${names.password}`)
  }
  const host = login.registry?.trim().toLowerCase() || imagesRegistry(images, names.registry)
  return { insecureRegistries, credentials: { [host]: { username, password } } }
}

function imagesRegistry(images: readonly string[], registryName: string): string {
  const hosts = new Set(
    images.flatMap(image => {
      const parsed = tryParseImageReference(image)
      return parsed.ok ? [parsed.reference.registry] : []
    })
  )
  if (hosts.size === 1) return [...hosts][0]
  const why = hosts.size === 0 ? 'no image names a registry' : `the images come from ${[...hosts].join(', ')}`
  throw new ConfigError(`set ${registryName} to the host the credentials are for: ${why}`)
}
