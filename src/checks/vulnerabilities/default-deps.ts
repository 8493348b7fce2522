import type { Finding } from '../../model/finding.js'
import type { IgnoreRule } from '../../scanners/ignore/index.js'
import {
  mergeReports,
  parseGrypeReport,
  parseTrivyReport,
  type ParsedReport
} from '../../scanners/reports/index.js'
import { runScan } from '../../scanners/run-scan.js'
import { timedStep } from '../../util/progress.js'
import type { IgnoreFiles, VulnerabilityDeps } from './deps.js'

/** The real scanners: install or find, prepare databases, run, parse, merge, ignore files. */
export const defaultVulnerabilityDeps: VulnerabilityDeps<ParsedReport> = {
  async prepareScanner(name, options) {
    // Loaded on first use: @actions/cache and tool-cache are large, and most CLI runs never install.
    const { defaultDbCacheDir, ensureScanner } = await import('../../scanners/install/index.js')
    const { prepareDatabase } = await import('../../scanners/db/index.js')
    const installed = await timedStep(options.progress, `${name}: install`, () =>
      ensureScanner(name, { version: options.version, mirror: options.mirror, logger: options.logger })
    )
    const database = await timedStep(options.progress, `${name}: database`, () =>
      prepareDatabase(installed, {
        cacheDir: defaultDbCacheDir(),
        useActionsCache: options.useActionsCache,
        logger: options.logger
      })
    )
    return { ...installed, env: database.env, scanArgs: database.scanArgs, save: database.save }
  },
  scan: (scanner, image, target, timeoutSeconds) =>
    runScan(scanner, { image, source: target, timeoutSeconds }),
  parse: (scanner, text, source) =>
    scanner === 'trivy' ? parseTrivyReport(text, source) : parseGrypeReport(text, source),
  merge: mergeReports,
  async loadIgnoreFiles(workingDirectory, now) {
    const { describeIgnoreRule, findIgnoreRule, loadIgnoreFiles, splitIgnoreRules } =
      await import('../../scanners/ignore/index.js')
    const loaded = await loadIgnoreFiles(workingDirectory)
    const { active, expired } = splitIgnoreRules(loaded.rules, now)
    const files: IgnoreFiles = {
      files: loaded.files,
      notes: loaded.notes,
      match: finding => {
        const rule = findIgnoreRule(finding, active, now)
        return (
          rule && {
            id: describeIgnoreRule(rule),
            reason: rule.reason ?? `ignored in ${rule.source.file}`,
            expires: day(rule.expires)
          }
        )
      },
      expired: expired.map(rule => expiredIgnoreFinding(rule, describeIgnoreRule(rule)))
    }
    return files
  },
  now: () => new Date()
}

/** Reports show the day; a timestamp expiry keeps its exact instant in the ignore file itself. */
function day(expires: string | undefined): string | undefined {
  return expires?.slice(0, 10)
}

/** Like an expired policy exception (IG001): reported where it is written, never blocking. */
function expiredIgnoreFinding(rule: IgnoreRule, description: string): Finding {
  return {
    check: 'policy',
    rule: 'IG002',
    severity: 'medium',
    message:
      `Ignore rule ${description} expired on ${rule.expires} and no longer applies; ` +
      'fix the finding or renew the rule with a new date and reason',
    location: { file: rule.source.file, line: rule.source.line }
  }
}
