import { SEVERITIES } from '../../src/model/severity.js'
import { BUILTIN_POLICY_LABEL } from '../../src/policy/builtin.js'
import { buildSarif, SECURITY_SEVERITY } from '../../src/report/sarif.js'
import { SARIF_LIMITS, sarifCapNote, sarifResultCap } from '../../src/report/sarif-limits.js'
import { manyFindingsResult, sampleResult } from '../fixtures/report/sample-result.js'
import { schemaErrors } from '../helpers/sarif-schema.js'

describe('buildSarif', () => {
  const log = buildSarif(sampleResult())
  const run = log.runs[0]!
  const byRule = (id: string) => run.results.find(r => r.ruleId === id)!

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(schemaErrors(log)).toEqual([])
    expect(schemaErrors(buildSarif(manyFindingsResult(3000)))).toEqual([])
  })

  it('catches a broken log (the validator is live)', () => {
    const broken = JSON.parse(JSON.stringify(log))
    broken.runs[0].results[0].level = 'fatal'
    delete broken.runs[0].tool.driver.name
    expect(schemaErrors(broken).length).toBeGreaterThanOrEqual(2)
  })

  it('describes the tool and one rule per distinct rule id', () => {
    expect(log.runs).toHaveLength(1)
    expect(run.tool.driver).toMatchObject({ name: 'imagegate', version: '0.1.0-test' })
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    const ids = run.tool.driver.rules.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual([...new Set(sampleResult().findings.map(f => f.rule))].sort())
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
  })

  it('gives rules security-severity, tags, a default level and a help link', () => {
    const rules = new Map(run.tool.driver.rules.map(r => [r.id, r]))
    expect(rules.get('CVE-2024-0001')).toMatchObject({
      helpUri: 'https://nvd.nist.gov/vuln/detail/CVE-2024-0001',
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '9.5', tags: ['security', 'vulnerabilities'] }
    })
    expect(rules.get('DL3008')).toMatchObject({
      helpUri: 'https://github.com/hadolint/hadolint/wiki/DL3008',
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '5.5' }
    })
    expect(rules.get('IG110')?.properties['security-severity']).toBe('0.0')
    expect(rules.get('DL3025')?.defaultConfiguration.level).toBe('note')
    expect(Object.values(SECURITY_SEVERITY)).toEqual(['9.5', '8.0', '5.5', '3.0', '0.0'])
  })

  it('carries the per-image vulnerability totals on the run', () => {
    expect(run.properties.imageSummaries).toEqual(sampleResult().imageSummaries)
  })

  it('carries which scanners found a vulnerability, and its CVSS score', () => {
    expect(byRule('CVE-2024-0001').properties).toMatchObject({ foundBy: ['grype', 'trivy'], cvss: 9.8 })
    expect(byRule('CVE-2023-9999').properties.foundBy).toBeUndefined()
  })

  it('maps blocking to error and others to warning or note', () => {
    expect(byRule('IG101').level).toBe('error')
    expect(byRule('DL3008').level).toBe('warning')
    expect(byRule('DL3025').level).toBe('note')
    expect(byRule('CVE-2022-4450').level).toBe('warning')
  })

  it('gives every result a physical location with a line', () => {
    for (const result of run.results) {
      expect(result.locations.length).toBeGreaterThanOrEqual(1)
      expect(result.locations.length).toBeLessThanOrEqual(SARIF_LIMITS.locationsPerResult)
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).not.toBe('')
      expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
    }
    expect(byRule('DL3008').locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'services/caf%C3%A9/Dockerfile' },
      region: { startLine: 7, startColumn: 1 }
    })
  })

  it('places image findings on a pseudo-path without tag, naming the full image logically', () => {
    const location = byRule('CVE-2024-0001').locations[0]!
    expect(location.physicalLocation.artifactLocation.uri).toBe('image/ghcr.io/acme/api')
    expect(location.logicalLocations).toEqual([
      { name: 'ghcr.io/acme/api:1.4.2', fullyQualifiedName: 'ghcr.io/acme/api:1.4.2', kind: 'resource' }
    ])
    const ports = sampleResult()
    ports.findings[0]!.image = `localhost:5000/app:1@sha256:${'a'.repeat(64)}`
    const uri = buildSarif(ports).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri
    expect(uri).toBe('image/localhost%3A5000/app')
  })

  it('uses the policy file for policy findings and the only Dockerfile for a single-image run', () => {
    const result = sampleResult()
    delete result.findings[3]!.location
    result.dockerfiles = ['build/Dockerfile']
    result.images = ['ghcr.io/acme/api:1.4.2']
    const results = buildSarif(result).runs[0]!.results
    const uriOf = (id: string) =>
      results.find(r => r.ruleId === id)!.locations[0]!.physicalLocation.artifactLocation.uri
    expect(uriOf('IG900')).toBe('.github/imagegate.yml')
    expect(uriOf('CVE-2024-0001')).toBe('build/Dockerfile')
  })

  it('never points at the built-in policy as if it were a file', () => {
    const result = sampleResult()
    delete result.findings[3]!.location
    result.policySource = BUILTIN_POLICY_LABEL
    result.dockerfiles = []
    result.images = []
    const uris = buildSarif(result).runs[0]!.results.map(
      r => r.locations[0]!.physicalLocation.artifactLocation.uri
    )
    expect(uris).not.toContain('built-in%20default')
    expect(uris).toContain('imagegate')
  })

  it('escapes brackets so messages cannot embed links', () => {
    const result = sampleResult()
    result.findings[1]!.message = 'see [here](https://evil.example)'
    const text = buildSarif(result).runs[0]!.results.find(r => r.ruleId === 'IG101')!.message.text
    expect(text).toBe('see \\[here\\](https://evil.example) (image: node:latest)')
  })

  it('marks suppressed findings with an external suppression and its justification', () => {
    expect(byRule('CVE-2022-4450').suppressions).toEqual([
      {
        kind: 'external',
        justification: 'Not reachable | <b>bold</b> @team (exception EX-3, expires 2026-12-31)'
      }
    ])
    expect(byRule('IG101').suppressions).toBeUndefined()
  })

  it('fingerprints stably: same for a new tag or line-free rebuild, different for another package', () => {
    const fp = (r: ReturnType<typeof buildSarif>, id: string) =>
      r.runs[0]!.results.find(x => x.ruleId === id)!.partialFingerprints
    const again = sampleResult()
    again.findings[0]!.image = 'ghcr.io/acme/api:1.5.0'
    again.findings[0]!.message = 'reworded'
    expect(fp(buildSarif(again), 'CVE-2024-0001')).toEqual(fp(log, 'CVE-2024-0001'))
    const other = sampleResult()
    other.findings[0]!.package!.name = 'libssl'
    expect(fp(buildSarif(other), 'CVE-2024-0001')).not.toEqual(fp(log, 'CVE-2024-0001'))
    const moved = sampleResult()
    moved.findings[1]!.location!.line = 2
    expect(fp(buildSarif(moved), 'IG101')).not.toEqual(fp(log, 'IG101'))
  })

  it('reports errored checks as tool notifications', () => {
    const invocation = run.invocations[0]!
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: expect.stringMatching(/^Check "Signatures" could not run: cosign verify/) }
      }
    ])
  })

  it("keeps the 25,000 most severe of 30,000 results when asked for GitHub's hard limit, and says so", () => {
    const result = manyFindingsResult(30_000)
    const big = buildSarif(result, { maxResults: 25_000 })
    const results = big.runs[0]!.results
    expect(big.runs.length).toBeLessThanOrEqual(SARIF_LIMITS.runs)
    expect(results).toHaveLength(25_000)
    expect(big.runs[0]!.tool.driver.rules.length).toBeLessThanOrEqual(25_000)
    const notification = big.runs[0]!.invocations[0]!.toolExecutionNotifications.find(
      n => n.level === 'warning'
    )
    expect(notification?.message.text).toBe(
      'The SARIF log has the 25,000 most severe of 30,000 findings, blocking ones first, as GitHub code ' +
        'scanning rejects a run of more than 25,000 results; 5,000 were left out. The JSON report has all of them.'
    )
    // 25,715 findings are unsuppressed, so every suppressed one and the 715 least severe others go.
    expect(results.some(r => r.suppressions)).toBe(false)
    const kept = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
    for (const r of results) kept[r.properties.severity as keyof typeof kept]++
    const { counts } = result
    expect(kept).toEqual({
      ...counts,
      info: 25_000 - counts.critical - counts.high - counts.medium - counts.low
    })
    expect(kept.info).toBeLessThan(counts.info)
    expect(results.filter(r => r.level === 'error')).toHaveLength(result.blockingCount)
  })

  it('by default keeps what code scanning stores, 5,000 results: every blocking one, then the most severe', () => {
    const result = manyFindingsResult(30_000)
    const log = buildSarif(result)
    const results = log.runs[0]!.results
    expect(results).toHaveLength(SARIF_LIMITS.storedResultsPerRun)
    expect(result.blockingCount).toBeLessThan(5_000)
    // Blocking results come first, all of them, then unsuppressed ones by severity.
    const levels = results.map(r => r.properties.blocking)
    expect(levels.slice(0, result.blockingCount).every(Boolean)).toBe(true)
    expect(levels.slice(result.blockingCount).some(Boolean)).toBe(false)
    const rest = results.slice(result.blockingCount).map(r => r.properties.severity as string)
    const rank = (severity: string) => SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number])
    expect(rest).toEqual([...rest].sort((a, b) => rank(a) - rank(b)))
    expect(rest[0]).toBe('critical')
    expect(results.some(r => r.suppressions)).toBe(false)
    const notification = log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]
    expect(notification).toEqual({
      level: 'warning',
      message: {
        text:
          'The SARIF log has the 5,000 most severe of 30,000 findings, blocking ones first, as GitHub code ' +
          'scanning stores at most 5,000 results per run (sarif-max-results); 25,000 were left out. ' +
          'The JSON report has all of them.'
      }
    })
  })

  it('takes any cap from 1 up, lowers one above the hard limit to it, and says nothing when all fit', () => {
    const result = manyFindingsResult(40)
    expect(buildSarif(result, { maxResults: 3 }).runs[0]!.results).toHaveLength(3)
    expect(sarifCapNote(40, 3)).toBe(
      'The SARIF log has the 3 most severe of 40 findings, blocking ones first, as sarif-max-results is 3; ' +
        '37 were left out. The JSON report has all of them.'
    )
    expect(sarifResultCap(100_000)).toBe(SARIF_LIMITS.resultsPerRun)
    expect(sarifResultCap(0)).toBe(1)
    expect(sarifResultCap(undefined)).toBe(SARIF_LIMITS.storedResultsPerRun)
    expect(sarifResultCap(Number.NaN)).toBe(SARIF_LIMITS.storedResultsPerRun)
    expect(sarifResultCap(Infinity)).toBe(SARIF_LIMITS.resultsPerRun)
    expect(sarifCapNote(5_000, undefined)).toBeUndefined()
    const all = buildSarif(result)
    expect(all.runs[0]!.results).toHaveLength(40)
    expect(all.runs[0]!.invocations[0]!.toolExecutionNotifications.some(n => n.level === 'warning')).toBe(
      false
    )
  })
})
