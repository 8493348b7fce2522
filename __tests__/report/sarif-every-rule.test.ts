// The SARIF of a run where every rule imagegate documents fires: lint findings come from linting each
// rule's flagged example (imagegate's own text), the others are synthetic findings of each rule.
import { lintDockerfileText, type LintOptions } from '../../src/checks/lint/lint-file.js'
import { LINT_RULES } from '../../src/checks/lint/rules/index.js'
import { allRuleInfos } from '../../src/docs/rule-catalog.js'
import { findingRuleDocs } from '../../src/docs/rule-help.js'
import type { EvaluatedFinding, Finding } from '../../src/model/finding.js'
import type { GateResult } from '../../src/model/result.js'
import { buildSarif, type SarifLog } from '../../src/report/sarif.js'
import { SARIF_LIMITS } from '../../src/report/sarif-limits.js'
import { sampleResult } from '../fixtures/report/sample-result.js'
import { schemaErrors } from '../helpers/sarif-schema.js'

const CATALOGUE = allRuleInfos()
const LINT_IDS = new Set(LINT_RULES.map(rule => rule.id))

/** Every lint rule on, with the configuration the label-schema and registry rules need. */
const OPTIONS: LintOptions = {
  rules: Object.fromEntries(LINT_RULES.filter(r => r.enabledByDefault === false).map(r => [r.id, 'info'])),
  trustedRegistries: ['registry.example.com'],
  labelSchema: {
    version: 'semver',
    homepage: 'url',
    created: 'rfc3339',
    license: 'spdx',
    revision: 'hash',
    maintainer: 'email'
  },
  strictLabels: true
}

async function lintFindings(): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const rule of CATALOGUE.filter(r => LINT_IDS.has(r.id))) {
    const file = `examples/${rule.id}.Dockerfile`
    findings.push(...(await lintDockerfileText(`${rule.example!.flagged}\n`, file, OPTIONS)).findings)
  }
  return findings
}

/** One finding of each rule no Dockerfile example produces: pinning, policy, IG200, and other tools' ids. */
function otherFindings(): Finding[] {
  const others = CATALOGUE.filter(r => !LINT_IDS.has(r.id)).map((rule, i): Finding => ({
    check: rule.id.startsWith('IG00') ? 'policy' : rule.id.startsWith('IG2') ? 'lint' : 'pinning',
    rule: rule.id,
    severity: rule.severity,
    message: `${rule.title} (synthetic)`,
    location: { file: 'Dockerfile', line: i + 1, column: 6 }
  }))
  const shellcheck: Finding = {
    check: 'lint',
    rule: 'SC2086',
    severity: 'info',
    message: 'Double quote to prevent globbing and word splitting.',
    location: { file: 'Dockerfile', line: 3, column: 1 }
  }
  const secret: Finding = {
    check: 'vulnerabilities',
    rule: 'private-key',
    severity: 'high',
    message: 'Secret private-key in /root/.ssh/id_rsa',
    image: 'ghcr.io/acme/api:1.4.2',
    vulnerability: {
      kind: 'secret',
      aliases: [],
      foundBy: ['trivy'],
      severityBySource: { trivy: 'high' },
      fixedVersions: [],
      fixState: 'unknown',
      locations: ['/root/.ssh/id_rsa']
    }
  }
  return [...others, shellcheck, secret]
}

async function everyRuleRun(): Promise<{ result: GateResult; log: SarifLog }> {
  const result = sampleResult()
  const findings: EvaluatedFinding[] = [...(await lintFindings()), ...otherFindings()].map(f => ({
    ...f,
    blocking: f.severity === 'high'
  }))
  result.findings = [...result.findings, ...findings]
  return { result, log: buildSarif(result, { describeRule: findingRuleDocs, maxResults: 25_000 }) }
}

const PASCAL = /^(\p{Lu}[\p{Ll}\p{Nd}]+)+$/u

describe('the SARIF log of a run where every rule fires', () => {
  let log: SarifLog
  beforeAll(async () => ({ log } = await everyRuleRun()))

  it('has a rule for every rule of the catalogue, and for ShellCheck, vulnerability and secret ids', () => {
    const ids = new Set(log.runs[0].tool.driver.rules.map(rule => rule.id))
    for (const rule of CATALOGUE) expect(ids).toContain(rule.id)
    for (const id of ['SC2086', 'CVE-2024-0001', 'private-key']) expect(ids).toContain(id)
  })

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(schemaErrors(log)).toEqual([])
  })

  it('gives every rule a PascalCase name, a fullDescription and help in text and markdown', () => {
    for (const rule of log.runs[0].tool.driver.rules) {
      const what = `rule ${rule.id}`
      expect([what, rule.name]).toEqual([what, expect.stringMatching(PASCAL)])
      expect([what, rule.fullDescription?.text.length]).toEqual([what, expect.any(Number)])
      expect(rule.fullDescription!.text.length).toBeGreaterThan(40)
      expect(rule.help!.text.length).toBeGreaterThan(rule.fullDescription!.text.length)
      expect(rule.help!.markdown).toContain('**How to fix.**')
      expect([what, rule.helpUri]).toEqual([what, expect.stringMatching(/^https:\/\//)])
    }
  })

  it("explains a catalogue rule with its description and example, and another tool's id generically", () => {
    const rules = new Map(log.runs[0].tool.driver.rules.map(rule => [rule.id, rule]))
    expect(rules.get('DL3008')?.help?.markdown).toContain('curl=7.88.1-10+deb12u8')
    expect(rules.get('SC2086')?.fullDescription?.text).toMatch(/^ShellCheck found a problem/)
    expect(rules.get('CVE-2024-0001')?.name).toBe('KnownVulnerabilityInPackageOfTheImage')
    expect(rules.get('private-key')?.helpUri).toBe('https://github.com/imagegate/imagegate#secret')
  })

  it("stays within GitHub code scanning's ingestion limits and location rules", () => {
    expect(log.runs.length).toBeLessThanOrEqual(SARIF_LIMITS.runs)
    const run = log.runs[0]
    expect(run.results.length).toBeLessThanOrEqual(SARIF_LIMITS.resultsPerRun)
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(25_000)
    for (const rule of run.tool.driver.rules) expect(rule.properties.tags.length).toBeLessThanOrEqual(20)
    for (const result of run.results) {
      expect(result.locations.length).toBeGreaterThanOrEqual(1)
      expect(result.locations.length).toBeLessThanOrEqual(SARIF_LIMITS.locationsPerResult)
      for (const { physicalLocation } of result.locations) {
        // Relative paths (no scheme, no leading slash) and a start line: what code scanning needs.
        expect(physicalLocation.artifactLocation.uri).not.toMatch(/^([a-z]+:|\/)/i)
        expect(physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
      }
    }
  })
})
