import { isObject, MalformedContent, optionalString, parseJsonObject } from './manifest.js'

/** The parts of an image configuration (OCI image-spec config, Docker's container config) checks read. */
export interface ImageConfig {
  architecture?: string
  os?: string
  variant?: string
  created?: string
  author?: string
  config: ContainerConfig
  history: HistoryEntry[]
}

export interface ContainerConfig {
  User?: string
  Env: string[]
  ExposedPorts: string[]
  Labels: Record<string, string>
  Entrypoint?: string[]
  Cmd?: string[]
  WorkingDir?: string
  /** Docker's HEALTHCHECK (not in the OCI spec, but docker and buildah write it). */
  Healthcheck?: { Test: string[] }
}

export interface HistoryEntry {
  created?: string
  created_by?: string
  comment?: string
  empty_layer?: boolean
}

/** Parses untrusted config bytes; a field of the wrong type is a MalformedContent naming it. */
export function parseImageConfig(bytes: Uint8Array): ImageConfig {
  const json = parseJsonObject(bytes, 'image config')
  const inner = json.config ?? {}
  if (!isObject(inner)) throw new MalformedContent('config.config is not an object')
  const history = json.history ?? []
  if (!Array.isArray(history)) throw new MalformedContent('config.history is not an array')
  return {
    architecture: optionalString(json, 'architecture', 'config'),
    os: optionalString(json, 'os', 'config'),
    variant: optionalString(json, 'variant', 'config'),
    created: optionalString(json, 'created', 'config'),
    author: optionalString(json, 'author', 'config'),
    config: parseContainerConfig(inner),
    history: history.map((entry, i) => parseHistory(entry, `config.history[${i}]`))
  }
}

function parseContainerConfig(json: Record<string, unknown>): ContainerConfig {
  const where = 'config.config'
  const ports = json.ExposedPorts ?? {}
  if (!isObject(ports)) throw new MalformedContent(`${where}.ExposedPorts is not an object`)
  const healthcheck = json.Healthcheck
  if (healthcheck !== undefined && healthcheck !== null && !isObject(healthcheck)) {
    throw new MalformedContent(`${where}.Healthcheck is not an object`)
  }
  return {
    User: optionalString(json, 'User', where),
    Env: stringArray(json.Env, `${where}.Env`) ?? [],
    ExposedPorts: Object.keys(ports),
    Labels: stringRecord(json.Labels, `${where}.Labels`),
    Entrypoint: stringArray(json.Entrypoint, `${where}.Entrypoint`),
    Cmd: stringArray(json.Cmd, `${where}.Cmd`),
    WorkingDir: optionalString(json, 'WorkingDir', where),
    Healthcheck: isObject(healthcheck)
      ? { Test: stringArray(healthcheck.Test, `${where}.Healthcheck.Test`) ?? [] }
      : undefined
  }
}

function parseHistory(value: unknown, where: string): HistoryEntry {
  if (!isObject(value)) throw new MalformedContent(`${where} is not an object`)
  const empty = value.empty_layer
  if (empty !== undefined && typeof empty !== 'boolean')
    throw new MalformedContent(`${where}.empty_layer is not a boolean`)
  return {
    created: optionalString(value, 'created', where),
    created_by: optionalString(value, 'created_by', where),
    comment: optionalString(value, 'comment', where),
    empty_layer: empty
  }
}

function stringArray(value: unknown, where: string): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) {
    throw new MalformedContent(`${where} is not an array of strings`)
  }
  return value
}

function stringRecord(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (!isObject(value) || !Object.values(value).every(v => typeof v === 'string')) {
    throw new MalformedContent(`${where} is not an object of strings`)
  }
  return value as Record<string, string>
}
