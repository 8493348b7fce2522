// SYNTHETIC: the in-process pipeline the fuzz properties drive, and the invariants every run must keep.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type fc from 'fast-check'
import { createChecks } from '../../src/checks/all-checks.js'
import type { ParsedScan, VulnerabilityDeps } from '../../src/checks/vulnerabilities/deps.js'
import { defaultVulnerabilityDeps } from '../../src/checks/vulnerabilities/default-deps.js'
import { ConfigError, errorMessage } from '../../src/errors.js'
import { runGate } from '../../src/gate.js'
import type { ImageReference } from '../../src/image/reference.js'
import {
  type FetchedManifest,
  type ImageManifest,
  type Referrers,
  RegistryClient,
  type ResolvedImage
} from '../../src/registry/index.js'
import type { Check } from '../../src/model/check.js'
import type { ScannerName } from '../../src/model/finding.js'
import type { GateResult } from '../../src/model/result.js'
import { parsePolicy } from '../../src/policy/load.js'
import { buildJsonReport, type JsonReport } from '../../src/report/json-report.js'
import { renderSummaryMarkdown } from '../../src/report/markdown.js'
import { buildSarif } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import { ReportFormatError } from '../../src/scanners/reports/json-reader.js'
import { exitCodeFor } from '../../src/verdict/exit-code.js'

/**
 * Seeded and bounded: the same inputs every run (FUZZ_SEED overrides, e.g. to replay a failure fast-check
 * printed), and a time budget per property so the whole folder stays within CI's time on two cores.
 * `interruptAfterTimeLimit` stops generating new runs once the budget is spent; that is not a failure,
 * but on a slow machine fewer of the seeded inputs run.
 */
export function fuzzParameters<T>(numRuns: number, budgetMs: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED === undefined ? 0x1a6e6a7e : Number(process.env.FUZZ_SEED)
  // FUZZ_SCALE=10 fuzzes ten times longer, for a local hunt; CI keeps the default.
  const scale = Number(process.env.FUZZ_SCALE ?? 1) || 1
  return {
    seed,
    numRuns: Math.round(numRuns * scale),
    interruptAfterTimeLimit: budgetMs * scale,
    markInterruptAsFailure: false
  }
}

/** Jest's limit for a property: its budget, scaled like fuzzParameters, plus room for the last run and shrinking. */
export function testTimeout(budgetMs: number): number {
  return budgetMs * (Number(process.env.FUZZ_SCALE ?? 1) || 1) + 30_000
}

/** What a scanner stub answers for one image: report text, or a failure to run at all. */
export type ScannerAnswer = { text: string } | { fails: string }

export interface GateInput {
  policyText: string
  /** Relative path → content, written into a fresh working directory. */
  dockerfiles: Record<string, string>
  images: readonly string[]
  scanners?: Partial<Record<ScannerName, ScannerAnswer>>
}

export interface GateOutcome {
  exitCode: 0 | 1 | 2
  /** Set when the run ended in a ConfigError: the user's mistake, exit 2. */
  configError?: ConfigError
  result?: GateResult
  json?: JsonReport
  markdown?: string
  text?: string
  /** Errors that were not the user's: a bug, whatever the verdict says. */
  internalErrors: string[]
}

/** JavaScript's own failures, which no message for a user should carry. */
const INTERNAL_ERROR_TEXT =
  /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b|Cannot read propert|is not a function|is not iterable|Maximum call stack|Invalid string length|please report this/

/**
 * The CLI's `check` path in process (policy text → gate → reports → exit code), with scanner stubs that
 * answer through the real report parsers and merge. Catches exactly where `runCli` does: a ConfigError is
 * exit 2; anything else escaping is recorded as an internal error.
 */
export async function runPipeline(input: GateInput): Promise<GateOutcome> {
  const internalErrors: string[] = []
  const root = mkdtempSync(path.join(tmpdir(), 'imagegate-fuzz-'))
  try {
    for (const [name, text] of Object.entries(input.dockerfiles)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
      writeFileSync(path.join(root, name), text)
    }
    const policy = { policy: parsePolicy(input.policyText, 'imagegate.yml'), source: 'imagegate.yml' }
    const result = await runGate({
      policy,
      workingDirectory: root,
      dockerfilePatterns: Object.keys(input.dockerfiles),
      images: [...input.images],
      checks: fuzzChecks(input.scanners ?? {}, internalErrors),
      services: { registry: offlineRegistry },
      now: () => new Date('2026-06-01T00:00:00Z')
    })
    const json = JSON.parse(JSON.stringify(buildJsonReport(result))) as JsonReport
    JSON.parse(JSON.stringify(buildSarif(result)))
    const markdown = renderSummaryMarkdown(result)
    const text = renderText(result, { color: false })
    for (const check of result.checks) {
      if (check.detail !== undefined && INTERNAL_ERROR_TEXT.test(check.detail))
        internalErrors.push(`${check.id}: ${check.detail}`)
    }
    for (const finding of result.findings) {
      if (INTERNAL_ERROR_TEXT.test(finding.message))
        internalErrors.push(`${finding.rule}: ${finding.message}`)
    }
    return { exitCode: exitCodeFor(result), result, json, markdown, text, internalErrors }
  } catch (error) {
    if (error instanceof ConfigError) {
      if (INTERNAL_ERROR_TEXT.test(error.message)) internalErrors.push(`ConfigError: ${error.message}`)
      return { exitCode: 2, configError: error, internalErrors }
    }
    return { exitCode: 2, internalErrors: [...internalErrors, `escaped: ${describe(error)}`] }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The shipped checks, with the vulnerability check on stub scanners. */
function fuzzChecks(answers: GateInput['scanners'] & object, internalErrors: string[]): Check[] {
  const deps: VulnerabilityDeps<ParsedScan> = {
    ...(defaultVulnerabilityDeps as unknown as VulnerabilityDeps<ParsedScan>),
    prepareScanner: async name => ({
      name,
      path: `/stub/${name}`,
      version: '0.0.0-stub',
      env: {},
      scanArgs: [],
      save: async () => undefined
    }),
    scan: async scanner => {
      const answer = answers[scanner.name] ?? { text: EMPTY_REPORT[scanner.name] }
      // Shaped like runScan's failure: the scanner named, then what it printed (untrusted text).
      if ('fails' in answer) throw new Error(`${scanner.name} failed (exit code 1): ${answer.fails}`)
      return answer.text
    },
    parse: (scanner, text, source) => {
      try {
        return defaultVulnerabilityDeps.parse(scanner, text, source)
      } catch (error) {
        // A malformed report must be reported as such (ReportFormatError), never as a crash.
        if (!(error instanceof ReportFormatError)) internalErrors.push(`parse ${scanner}: ${describe(error)}`)
        throw error
      }
    },
    merge: (reports, options) => {
      try {
        return defaultVulnerabilityDeps.merge(reports as never, options)
      } catch (error) {
        internalErrors.push(`merge: ${describe(error)}`)
        throw error
      }
    },
    now: () => new Date('2026-06-01T00:00:00Z')
  }
  return createChecks({ scanners: deps, registry: offlineRegistry })
}

/**
 * Fuzz runs never reach a network: every image resolves to one SYNTHETIC manifest with no signature, so
 * the signatures and pinning checks run on it (and report IG300 / exact pins) like on a real registry.
 */
class StaticRegistry extends RegistryClient {
  private readonly bytes = new TextEncoder().encode('{"synthetic":"fuzz manifest"}')
  private readonly digest = `sha256:${createHash('sha256').update(this.bytes).digest('hex')}`
  private readonly manifest: ImageManifest = {
    kind: 'manifest',
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: this.digest, size: 2 },
    layers: []
  }
  override async findManifest(
    _image: ImageReference,
    reference: string
  ): Promise<FetchedManifest | undefined> {
    return reference === this.digest
      ? { digest: this.digest, bytes: this.bytes, manifest: this.manifest }
      : undefined
  }
  override async resolveDigest(): Promise<string> {
    return this.digest
  }
  override async resolveImage(): Promise<ResolvedImage> {
    return { digest: this.digest, manifestDigest: this.digest, manifest: this.manifest }
  }
  override async listReferrers(): Promise<Referrers> {
    return { source: 'tag', descriptors: [] }
  }
}
const offlineRegistry = new StaticRegistry()

const EMPTY_REPORT: Record<ScannerName, string> = {
  trivy: JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: 'stub',
    ArtifactType: 'container_image',
    Results: []
  }),
  grype: JSON.stringify({
    matches: [],
    source: { type: 'image' },
    descriptor: { name: 'grype', version: '0.0.0' }
  })
}

function describe(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name : typeof error
  return `${name}: ${errorMessage(error).slice(0, 300)}`
}

// The runner trims leading whitespace (including U+0085) and splits lines on \n, \r and \r\n.
const WORKFLOW_COMMAND_AT_LINE_START = /^[\s\u0085]*::/m
const LEGACY_WORKFLOW_COMMAND = /##\[/

/**
 * The invariants of every run. Returns the broken ones as sentences (empty when all hold), so a failing
 * property shows every broken rule of its counterexample at once.
 */
export function brokenInvariants(outcome: GateOutcome): string[] {
  const broken = outcome.internalErrors.map(e => `internal error: ${e}`)
  if (![0, 1, 2].includes(outcome.exitCode)) broken.push(`exit code ${outcome.exitCode}`)
  const { json, result } = outcome
  if (outcome.configError) {
    if (outcome.exitCode !== 2) broken.push('a configuration error did not exit 2')
    return broken
  }
  if (!json || !result) return [...broken, 'no report and no configuration error']
  const requiredErrors = json.checks.filter(c => c.required && c.status === 'error')
  if (requiredErrors.length > 0 && json.verdict !== 'fail')
    broken.push(`verdict ${json.verdict} although required check(s) ${requiredErrors.map(c => c.id)} errored`)
  const expectedExit = json.verdict !== 'fail' ? 0 : requiredErrors.length > 0 ? 2 : 1
  if (outcome.exitCode !== expectedExit)
    broken.push(
      `exit code ${outcome.exitCode}, but the report (verdict ${json.verdict}) means ${expectedExit}`
    )
  if (json.mode === 'enforce' && json.blockingCount > 0 && json.verdict !== 'fail')
    broken.push(`verdict ${json.verdict} with ${json.blockingCount} blocking finding(s) in enforce mode`)
  if (json.verdict !== result.verdict) broken.push('the JSON report and the result disagree on the verdict')
  for (const [name, text] of [
    ['text report', outcome.text ?? ''],
    ['markdown summary', outcome.markdown ?? '']
  ] as const) {
    const line = firstMatchingLine(text, WORKFLOW_COMMAND_AT_LINE_START)
    if (line !== undefined) broken.push(`${name} has a workflow command at line start: ${line}`)
    if (LEGACY_WORKFLOW_COMMAND.test(text)) broken.push(`${name} has a legacy ##[ workflow command`)
  }
  const html = rawHtml(outcome.markdown ?? '')
  if (html !== undefined) broken.push(`markdown summary has raw HTML: ${html}`)
  return broken
}

function firstMatchingLine(text: string, pattern: RegExp): string | undefined {
  return text
    .split(/\r\n|\r|\n/)
    .find(line => pattern.test(line))
    ?.slice(0, 120)
}

/**
 * The first HTML tag outside code spans (where GitHub shows `<` literally). The renderer writes no HTML of
 * its own, so any tag is untrusted text that was not escaped.
 */
export function rawHtml(markdown: string): string | undefined {
  // A backslash escape (`\<`, `\``) is literal text, and never opens a code span.
  const prose = markdown.replace(/\\[\s\S]/g, 'x').replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
  return /<[A-Za-z!/?][^>\n]{0,60}/.exec(prose)?.[0]
}
