import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { ConfigError, errorMessage } from '../../errors.js'
import { LINT_LEVELS, type LintLevel } from '../../policy/types.js'
import { parseYamlWithPositions, type PositionIndex } from '../../util/yaml/positions.js'

/** The parts of `.hadolint.yaml` imagegate honours. */
export interface HadolintConfig {
  /** Where it was read from, relative to the working directory. */
  file: string
  /** Rule id → level or `off` (from `ignored` and `override`). */
  rules: Record<string, LintLevel | 'off'>
  trustedRegistries: string[]
  labelSchema: Record<string, string>
  strictLabels: boolean
}

export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml']

/** Reads `.hadolint.yaml` (or `.yml`) from the working directory; undefined when there is none. */
export async function loadHadolintConfig(workingDirectory: string): Promise<HadolintConfig | undefined> {
  for (const name of HADOLINT_CONFIG_NAMES) {
    let text: string
    try {
      text = await readFile(path.join(workingDirectory, name), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw new ConfigError(`${name}: cannot be read (${errorMessage(error)})`, [
        { message: `cannot be read (${errorMessage(error)})`, position: { file: name } }
      ])
    }
    return parseHadolintConfig(text, name)
  }
  return undefined
}

/** Parses hadolint's config format; a mistake is a ConfigError naming the file and key. */
export function parseHadolintConfig(text: string, file: string): HadolintConfig {
  const config: HadolintConfig = {
    file,
    rules: {},
    trustedRegistries: [],
    labelSchema: {},
    strictLabels: false
  }
  // The YAML reader policies and ignore files use: a syntax error names line and column.
  const { value: data, index } = parseYamlWithPositions(text, file, '.hadolint.yaml')
  const fail: (key: string, message: string) => never = (key, message) => failAt(file, index, key, message)
  if (data === undefined || data === null) return config
  if (typeof data !== 'object' || Array.isArray(data)) fail('', 'must be a mapping of keys to values')
  const record = data as Record<string, unknown>

  for (const rule of stringList(record.ignored, 'ignored', fail)) config.rules[rule.toUpperCase()] = 'off'
  const override = record.override ?? {}
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    fail('override', 'must map levels (error, warning, info, style) to lists of rule ids')
  }
  for (const [level, rules] of Object.entries(override)) {
    if (!(LINT_LEVELS as readonly string[]).includes(level)) {
      fail(`override.${level}`, `is not a level; use one of ${LINT_LEVELS.join(', ')}`)
    }
    for (const rule of stringList(rules, `override.${level}`, fail)) {
      // hadolint's `ignored` wins over `override`, as it does in hadolint.
      if (config.rules[rule.toUpperCase()] !== 'off') config.rules[rule.toUpperCase()] = level as LintLevel
    }
  }
  config.trustedRegistries = stringList(record.trustedRegistries, 'trustedRegistries', fail)
  const schema = record['label-schema'] ?? {}
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    fail('label-schema', 'must map label names to types (text, url, semver, rfc3339, hash, spdx, email)')
  }
  for (const [label, type] of Object.entries(schema)) config.labelSchema[label] = String(type)
  config.strictLabels = record['strict-labels'] === true
  return config
}

function stringList(value: unknown, key: string, fail: (key: string, message: string) => never): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every(item => typeof item === 'string')) {
    fail(key, 'must be a list of strings')
  }
  return value as string[]
}

/** A ConfigError naming the file, the key and, where the YAML has it, the key's line and column. */
function failAt(file: string, index: PositionIndex, key: string, message: string): never {
  const text = key === '' ? message : `${key}: ${message}`
  const point = key === '' ? undefined : index.keyAt(key.split('.'))
  const position = { file, ...point, ...(key ? { field: key } : {}) }
  throw new ConfigError(`${file}: ${text}`, [{ message, position }])
}
