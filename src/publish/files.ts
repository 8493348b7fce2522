import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigError, errorMessage } from '../errors.js'
import { posixRelative } from '../util/paths.js'
import type { GateResult } from '../model/result.js'
import { buildJsonReport } from '../report/json-report.js'
import { buildSarif, type SarifOptions } from '../report/sarif.js'
import { sarifCapNote } from '../report/sarif-limits.js'

export interface ReportPaths {
  reportJson?: string
  sarif?: string
}

export interface WrittenReports extends ReportPaths {
  /** What the SARIF log left out under its result cap, for the log; unset when it has every finding. */
  sarifNote?: string
}

/** Writes the JSON report and SARIF where asked; returns the absolute paths written. */
export function writeReportFiles(
  result: GateResult,
  paths: ReportPaths,
  baseDirectory: string,
  sarif: SarifOptions = {}
): WrittenReports {
  const written: WrittenReports = {}
  if (paths.reportJson) {
    const file = path.resolve(baseDirectory, paths.reportJson)
    written.reportJson = writeJson('report-json', file, buildJsonReport(result))
  }
  if (paths.sarif) {
    const file = path.resolve(baseDirectory, paths.sarif)
    written.sarif = writeJson('sarif', file, buildSarif(result, sarif))
    written.sarifNote = sarifCapNote(result.findings.length, sarif.maxResults)
  }
  return written
}

/**
 * Compact JSON: these files are for machines (code scanning, jq), and with 40,000 findings indentation
 * nearly doubles their size, which counts against GitHub's SARIF limit. Only file-system failures are
 * the user's to fix (exit 2 naming the input); a bug stays a bug.
 */
function writeJson(input: string, file: string, value: unknown): string {
  const text = `${JSON.stringify(value)}\n`
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
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
