import * as path from 'node:path'
import type { GateResult } from '../model/result.js'
import { readJsonReport } from '../report/read-report.js'
import { posixRelative } from '../util/paths.js'
import { findReports } from './find-reports.js'
import { mergeReports, type NamedReport, type ReportProblem } from './merge.js'

/**
 * `imagegate aggregate` and the action's `aggregate` input: read every report the patterns name, merge
 * the readable ones, and fail closed naming each report that is missing or malformed.
 */
export async function aggregateReports(
  patterns: readonly string[],
  baseDirectory: string,
  toolVersion: string
): Promise<{ result: GateResult; readFiles: string[] }> {
  const { files, unmatched } = await findReports(patterns, baseDirectory)
  const problems: ReportProblem[] = unmatched.map(pattern => ({
    label: pattern,
    message: 'no report matches this pattern'
  }))
  const reports: NamedReport[] = []
  for (const file of files) {
    const label = labelOf(file, baseDirectory)
    const read = readJsonReport(file)
    if (read.ok) reports.push({ label, report: read.report })
    // The reader names the absolute file; the label is what the user wrote, relative to the base.
    else problems.push({ label, message: read.errors.map(e => e.replace(`${file}: `, '')).join('; ') })
  }
  // The files read are inputs: reports written afterwards must never land on one of them.
  return { result: mergeReports(reports, problems, toolVersion), readFiles: files }
}

function labelOf(file: string, base: string): string {
  const relative = posixRelative(base, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}
