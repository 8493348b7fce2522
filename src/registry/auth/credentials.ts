import { readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { errorMessage } from '../../errors.js'
import { isObject } from '../manifest.js'

export interface Credential {
  username: string
  password: string
}

/** What a docker config.json says about credentials (the file docker/login-action writes). */
export interface DockerConfigCredentials {
  file: string
  auths: Map<string, Credential>
  /** Hosts covered by a credential helper or store, which we cannot call. */
  credsStore?: string
  credHelpers: Map<string, string>
  /** Entries we could not use, said once as notes. */
  problems: string[]
}

/** Docker Hub has had many names; credentials stored under any of them are for docker.io. */
const DOCKER_HUB_ALIASES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com'
])

/** `https://index.docker.io/v1/` → `docker.io`; `http://host:5000/v2/` → `host:5000`. */
export function normalizeAuthHost(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split('/')[0]
    .toLowerCase()
  return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  return path.join(env.DOCKER_CONFIG || path.join(home, '.docker'), 'config.json')
}

/** Reads the docker config; a missing file is no credentials, an unreadable one a problem note. */
export function loadDockerConfig(file = dockerConfigPath()): DockerConfigCredentials {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const empty = emptyConfig(file)
    if (code !== 'ENOENT')
      empty.problems.push(`${file}: cannot be read (${errorMessage(error)}); ignoring it`)
    return empty
  }
  return parseDockerConfig(text, file)
}

export function parseDockerConfig(text: string, file: string): DockerConfigCredentials {
  const result = emptyConfig(file)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    result.problems.push(`${file}: is not valid JSON; ignoring it`)
    return result
  }
  if (!isObject(json)) {
    result.problems.push(`${file}: is not a JSON object; ignoring it`)
    return result
  }
  if (typeof json.credsStore === 'string' && json.credsStore !== '') result.credsStore = json.credsStore
  if (isObject(json.credHelpers)) {
    for (const [host, helper] of Object.entries(json.credHelpers)) {
      if (typeof helper === 'string') result.credHelpers.set(normalizeAuthHost(host), helper)
    }
  }
  for (const [key, entry] of Object.entries(isObject(json.auths) ? json.auths : {})) {
    const host = normalizeAuthHost(key)
    const credential = isObject(entry) ? credentialOf(entry) : undefined
    if (credential) result.auths.set(host, credential)
    else if (isObject(entry) && typeof entry.identitytoken === 'string') {
      result.problems.push(
        `${file}: auths["${host}"] holds an identity token, which is not supported; log in with a username and password or token`
      )
    } else if (isObject(entry) && Object.keys(entry).length > 0) {
      result.problems.push(
        `${file}: auths["${host}"] has no usable "auth" or "username"/"password"; ignoring it`
      )
    }
  }
  return result
}

/** `auth` is base64 of `user:password` (the password may contain colons); else username/password fields. */
function credentialOf(entry: Record<string, unknown>): Credential | undefined {
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
    return undefined
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username !== '') {
    return { username: entry.username, password: entry.password }
  }
  return undefined
}

function emptyConfig(file: string): DockerConfigCredentials {
  return { file, auths: new Map(), credHelpers: new Map(), problems: [] }
}
