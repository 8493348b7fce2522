import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { ConfigError, errorMessage } from '../../errors.js'
import { parseGrypeConfig } from './grype-yaml.js'
import { parseTrivyIgnoreYaml } from './trivyignore-yaml.js'
import { parseTrivyIgnore } from './trivyignore.js'
import type { IgnoreRule, LoadedIgnoreFiles } from './types.js'

/** Grype reads the first of these it finds; `.grype.yml` and `.trivyignore.yml` are not read. */
const GRYPE_CONFIGS = ['.grype.yaml', '.grype/config.yaml']
/** Every ignore file imagegate reads, relative to the working directory. */
export const IGNORE_FILES = ['.trivyignore', '.trivyignore.yaml', ...GRYPE_CONFIGS]
const NOT_READ: Record<string, string> = {
  '.grype.yml': 'rename it to `.grype.yaml`',
  '.trivyignore.yml': 'rename it to `.trivyignore.yaml`'
}

/**
 * Reads `.trivyignore`, `.trivyignore.yaml` and the Grype config (`.grype.yaml`, else
 * `.grype/config.yaml`) from the working directory, those that exist. A malformed file is a
 * ConfigError naming `file:line: field: message`; files that look meant but are not read get a note.
 */
export async function loadIgnoreFiles(workingDirectory: string): Promise<LoadedIgnoreFiles> {
  const read = (name: string) => readIfPresent(path.join(workingDirectory, name), name)
  const [trivyText, trivyYamlText, ...grypeTexts] = await Promise.all(IGNORE_FILES.map(read))
  const rules: IgnoreRule[] = []
  const files: string[] = []
  const notes: string[] = []
  if (trivyText !== undefined) {
    files.push('.trivyignore')
    rules.push(...parseTrivyIgnore(trivyText, '.trivyignore'))
  }
  if (trivyYamlText !== undefined) {
    files.push('.trivyignore.yaml')
    const parsed = parseTrivyIgnoreYaml(trivyYamlText, '.trivyignore.yaml')
    rules.push(...parsed.rules)
    notes.push(...parsed.notes)
  }
  const grypeAt = grypeTexts.findIndex(text => text !== undefined)
  if (grypeAt >= 0) {
    const name = GRYPE_CONFIGS[grypeAt]
    files.push(name)
    const parsed = parseGrypeConfig(grypeTexts[grypeAt] as string, name)
    rules.push(...parsed.rules)
    notes.push(...parsed.notes)
    for (const other of GRYPE_CONFIGS.slice(grypeAt + 1).filter(
      (_, i) => grypeTexts[grypeAt + 1 + i] !== undefined
    ))
      notes.push(`${other}: not read; Grype reads only the first config it finds, ${name}`)
  }
  const unread = await Promise.all(Object.keys(NOT_READ).map(read))
  Object.keys(NOT_READ).forEach((name, i) => {
    if (unread[i] !== undefined) notes.push(`${name}: not read; ${NOT_READ[name]}`)
  })
  return { rules, files, notes }
}

/** The file's text, or undefined when it does not exist; any other failure is the user's to fix. */
async function readIfPresent(file: string, label: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    const message = `cannot read the ignore file: ${code === 'EISDIR' ? 'it is a directory, not a file' : errorMessage(error)}`
    throw new ConfigError(`${label}: ${message}`, [{ message, position: { file: label } }])
  }
}
