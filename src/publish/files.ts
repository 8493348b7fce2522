import * as path from 'node:path'
import { HADOLINT_CONFIG_NAMES } from '../checks/lint/hadolint-config.js'
import { BUILTIN_POLICY_LABEL } from '../policy/builtin.js'
import { IGNORE_FILES } from '../scanners/ignore/load.js'
import { posixRelative } from '../util/paths.js'
import type { GateResult } from '../model/result.js'
import { findingRuleDocs } from '../docs/rule-help.js'
import { buildJsonReport } from '../report/json-report.js'
import { buildSarif, type SarifOptions } from '../report/sarif.js'
import { sarifCapNote } from '../report/sarif-limits.js'
import { writeReportSafely, type WriteRules } from './safe-write.js'

export interface ReportPaths {
  reportJson?: string
  sarif?: string
}

export interface WrittenReports extends ReportPaths {
  /** What the SARIF log left out under its result cap, for the log; unset when it has every finding. */
  sarifNote?: string
}

/** Writes the JSON report and SARIF where asked, under `rules`; returns the absolute paths written. */
export function writeReportFiles(
  result: GateResult,
  paths: ReportPaths,
  baseDirectory: string,
  rules: WriteRules,
  sarif: SarifOptions = {}
): WrittenReports {
  const written: WrittenReports = {}
  // Compact JSON: these files are for machines (code scanning, jq), and with 40,000 findings indentation
  // nearly doubles their size, which counts against GitHub's SARIF limit.
  const write = (input: string, given: string, value: unknown): string =>
    writeReportSafely(input, given, baseDirectory, [JSON.stringify(value)], rules)
  if (paths.reportJson) written.reportJson = write('report-json', paths.reportJson, buildJsonReport(result))
  if (paths.sarif) {
    const log = buildSarif(result, { describeRule: findingRuleDocs, ...sarif })
    written.sarif = write('sarif', paths.sarif, log)
    written.sarifNote = sarifCapNote(result.findings.length, sarif.maxResults)
  }
  return written
}

/** The files a run reads, which a report path must never name: Dockerfiles, the policy, ignore files. */
export function inputFiles(result: GateResult, workingDirectory: string): string[] {
  const relative = [...result.dockerfiles, ...IGNORE_FILES, ...HADOLINT_CONFIG_NAMES]
  if (result.policySource !== BUILTIN_POLICY_LABEL) relative.push(result.policySource)
  return relative.map(file => path.resolve(workingDirectory, file))
}

/** `sub/dir/` for a working directory below `root`, '' for the root itself. */
export function relativePrefix(root: string, workingDirectory: string): string {
  const relative = posixRelative(root, workingDirectory)
  return relative === '' ? '' : `${relative}/`
}
