import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigError, errorMessage } from '../errors.js'
import { posixRelative } from '../util/paths.js'
import type { GateResult } from '../model/result.js'
import { buildJsonReport } from '../report/json-report.js'
import { buildSarif } from '../report/sarif.js'

export interface ReportPaths {
  reportJson?: string
  sarif?: string
}

/**
 * Writes the JSON report and SARIF where asked; returns the absolute paths written. `sarifPathPrefix`
 * turns finding paths (relative to the working directory) into paths relative to the repository root.
 */
export function writeReportFiles(
  result: GateResult,
  paths: ReportPaths,
  baseDirectory: string,
  sarifPathPrefix = ''
): ReportPaths {
  const written: ReportPaths = {}
  if (paths.reportJson) {
    written.reportJson = writeJson(
      'report-json',
      path.resolve(baseDirectory, paths.reportJson),
      buildJsonReport(result)
    )
  }
  if (paths.sarif)
    written.sarif = writeJson(
      'sarif',
      path.resolve(baseDirectory, paths.sarif),
      buildSarif(result, { pathPrefix: sarifPathPrefix })
    )
  return written
}

function writeJson(input: string, file: string, data: unknown): string {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    // Compact: these files are for machines (code scanning, jq), and with 40,000 findings indentation
    // nearly doubles their size, which counts against GitHub's SARIF upload limit.
    writeFileSync(file, `${JSON.stringify(data)}\n`)
  } catch (error) {
    throw new ConfigError(`${input}: cannot write ${file}: ${errorMessage(error)}`)
  }
  return file
}

/** `sub/dir/` for a working directory below `root`, '' for the root itself. */
export function relativePrefix(root: string, workingDirectory: string): string {
  const relative = posixRelative(root, workingDirectory)
  return relative === '' ? '' : `${relative}/`
}
