import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import * as yaml from 'js-yaml'
import { ConfigError, errorMessage } from '../../errors.js'
import { LINT_LEVELS, type LintLevel } from '../../policy/types.js'

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
  // js-yaml refuses a document with nothing in it; hadolint reads that as "no settings".
  if (text.split('\n').every(line => line.trim() === '' || line.trim().startsWith('#'))) return config
  let data: unknown
  try {
    data = yaml.load(text)
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark
    const reason = (error as { reason?: string }).reason ?? errorMessage(error)
    const position = { file, ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}) }
    throw new ConfigError(`${file}: not valid YAML: ${reason}`, [
      { message: `not valid YAML: ${reason}`, position }
    ])
  }
  if (data === undefined || data === null) return config
  if (typeof data !== 'object' || Array.isArray(data)) fail(file, '', 'must be a mapping of keys to values')
  const record = data as Record<string, unknown>

  for (const rule of stringList(record.ignored, file, 'ignored')) config.rules[rule.toUpperCase()] = 'off'
  const override = record.override ?? {}
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    fail(file, 'override', 'must map levels (error, warning, info, style) to lists of rule ids')
  }
  for (const [level, rules] of Object.entries(override)) {
    if (!(LINT_LEVELS as readonly string[]).includes(level)) {
      fail(file, `override.${level}`, `is not a level; use one of ${LINT_LEVELS.join(', ')}`)
    }
    for (const rule of stringList(rules, file, `override.${level}`)) {
      // hadolint's `ignored` wins over `override`, as it does in hadolint.
      if (config.rules[rule.toUpperCase()] !== 'off') config.rules[rule.toUpperCase()] = level as LintLevel
    }
  }
  config.trustedRegistries = stringList(record.trustedRegistries, file, 'trustedRegistries')
  const schema = record['label-schema'] ?? {}
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    fail(
      file,
      'label-schema',
      'must map label names to types (text, url, semver, rfc3339, hash, spdx, email)'
    )
  }
  for (const [label, type] of Object.entries(schema)) config.labelSchema[label] = String(type)
  config.strictLabels = record['strict-labels'] === true
  return config
}

function stringList(value: unknown, file: string, key: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every(item => typeof item === 'string')) {
    fail(file, key, 'must be a list of strings')
  }
  return value as string[]
}

function fail(file: string, key: string, message: string): never {
  const text = key === '' ? message : `${key}: ${message}`
  throw new ConfigError(`${file}: ${text}`, [{ message, position: { file, ...(key ? { field: key } : {}) } }])
}
