import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigError, errorMessage } from '../errors.js'
import { posixRelative } from '../util/paths.js'
import type { GateResult } from '../model/result.js'
import { jsonReportText } from '../report/json-report.js'
import { sarifText, type SarifOptions } from '../report/sarif.js'
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
    written.reportJson = writePieces('report-json', file, jsonReportText(result))
  }
  if (paths.sarif) {
    const file = path.resolve(baseDirectory, paths.sarif)
    written.sarif = writePieces('sarif', file, sarifText(result, sarif))
    written.sarifNote = sarifCapNote(result.findings.length, sarif.maxResults)
  }
  return written
}

/**
 * Compact JSON, written as it is produced: these files are for machines (code scanning, jq), and with
 * 40,000 findings indentation nearly doubles their size, which counts against GitHub's SARIF limit.
 * Only file-system failures are the user's to fix (exit 2 naming the input); a bug stays a bug.
 */
function writePieces(input: string, file: string, pieces: Iterable<string>): string {
  const fail = (error: unknown): never => {
    throw new ConfigError(`${input}: cannot write ${file}: ${errorMessage(error)}`)
  }
  const fd = openForWriting(file, fail)
  try {
    for (const piece of pieces) writeAll(fd, piece, fail)
    writeAll(fd, '\n', fail)
  } finally {
    closeSync(fd)
  }
  return file
}

function openForWriting(file: string, fail: (error: unknown) => never): number {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    return openSync(file, 'w')
  } catch (error) {
    return fail(error)
  }
}

function writeAll(fd: number, text: string, fail: (error: unknown) => never): void {
  try {
    // One write of the whole piece, encoded on the way; a short write (full disk, signal) goes on
    // from a Buffer of the same text.
    let written = writeSync(fd, text)
    const length = Buffer.byteLength(text)
    if (written < length) {
      const bytes = Buffer.from(text)
      while (written < length) written += writeSync(fd, bytes, written)
    }
  } catch (error) {
    fail(error)
  }
}

/** `sub/dir/` for a working directory below `root`, '' for the root itself. */
export function relativePrefix(root: string, workingDirectory: string): string {
  const relative = posixRelative(root, workingDirectory)
  return relative === '' ? '' : `${relative}/`
}
