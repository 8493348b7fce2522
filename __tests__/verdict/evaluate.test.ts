import type { CheckRun } from '../../src/model/check.js'
import type { Finding } from '../../src/model/finding.js'
import { evaluate, type EvaluationInput } from '../../src/verdict/evaluate.js'
import { exitCodeFor } from '../../src/verdict/exit-code.js'
import { LINT_DEFAULTS, loaded, testPolicy, VULNERABILITY_DEFAULTS } from '../helpers/policy.js'

const latest: Finding = {
  check: 'pinning',
  rule: 'IG101',
  severity: 'high',
  message: 'alpine:latest uses the mutable tag "latest"',
  image: 'alpine:latest',
  location: { file: 'Dockerfile', line: 1, column: 6 }
}
const noDigest: Finding = {
  check: 'pinning',
  rule: 'IG103',
  severity: 'medium',
  message: 'no digest',
  image: 'alpine:3.20'
}
const lowLint: Finding = { check: 'lint', rule: 'DL3059', severity: 'info', message: 'merge RUNs' }
const vuln: Finding = {
  check: 'vulnerabilities',
  rule: 'CVE-2024-1234',
  severity: 'critical',
  message: 'openssl overflow',
  image: 'ghcr.io/acme/app:1.0',
  package: { name: 'openssl', version: '3.0.1' }
}

function ran(id: CheckRun['id'], findings: Finding[], required = true): CheckRun {
  return { id, title: id, required, durationMs: 5, findings, outcome: { kind: 'ran', notes: [] } }
}

function input(
  runs: CheckRun[],
  policy = testPolicy(),
  now = new Date('2026-06-01T12:00:00Z')
): EvaluationInput {
  return {
    runs,
    policy: loaded(policy),
    images: [],
    dockerfiles: [],
    now,
    startedAt: now,
    durationMs: 10,
    toolVersion: '0.0.0-test',
    imageMatches: (pattern, image) => image.startsWith(pattern.replace(/\*$/, ''))
  }
}

describe('verdict engine', () => {
  it('passes when nothing reaches a threshold', () => {
    const result = evaluate(input([ran('pinning', []), ran('lint', [lowLint])]))
    expect(result.verdict).toBe('pass')
    expect(result.counts.info).toBe(1)
    expect(result.checks.map(c => c.status)).toEqual(['passed', 'passed'])
    expect(exitCodeFor(result)).toBe(0)
  })

  it('fails on a finding at the threshold and marks it blocking', () => {
    const result = evaluate(input([ran('pinning', [noDigest, latest])]))
    expect(result.verdict).toBe('fail')
    expect(result.blockingCount).toBe(1)
    expect(result.findings[0]).toMatchObject({ rule: 'IG101', blocking: true })
    expect(result.findings[1]).toMatchObject({ rule: 'IG103', blocking: false })
    expect(result.checks[0].status).toBe('failed')
    expect(exitCodeFor(result)).toBe(1)
  })

  it('warns on findings below the threshold', () => {
    const result = evaluate(input([ran('pinning', [noDigest])]))
    expect(result.verdict).toBe('warn')
    expect(result.reasons.join(' ')).toMatch(/1 finding below the failure threshold/)
  })

  it('respects a lower threshold and "none"', () => {
    const strict = testPolicy({ images: { ...testPolicy().images, failOn: 'medium' } })
    expect(evaluate(input([ran('pinning', [noDigest])], strict)).verdict).toBe('fail')
    const off = testPolicy({ images: { ...testPolicy().images, failOn: 'none' } })
    const result = evaluate(input([ran('pinning', [latest])], off))
    expect(result.verdict).toBe('warn')
    expect(result.blockingCount).toBe(0)
  })

  it('maps lint levels: failOn warning blocks medium lint findings, not info ones', () => {
    const policy = testPolicy({ dockerfile: { failOn: 'warning', rules: {}, ...LINT_DEFAULTS } })
    const warningLint: Finding = { ...lowLint, rule: 'DL3008', severity: 'medium' }
    const result = evaluate(input([ran('lint', [warningLint, lowLint])], policy))
    expect(result.findings.map(f => [f.rule, f.blocking])).toEqual([
      ['DL3008', true],
      ['DL3059', false]
    ])
  })

  it('mode warn reports blocking findings without failing', () => {
    const result = evaluate(input([ran('pinning', [latest])], testPolicy({ mode: 'warn' })))
    expect(result.verdict).toBe('warn')
    expect(result.blockingCount).toBe(1)
    expect(result.reasons[0]).toMatch(/would block/)
    expect(exitCodeFor(result)).toBe(0)
  })

  it('fails closed when a required check errors, even in warn mode, with the cause in the reasons', () => {
    const broken: CheckRun = {
      id: 'vulnerabilities',
      title: 'Vulnerability scan',
      required: true,
      durationMs: 1,
      findings: [],
      outcome: { kind: 'error', error: 'trivy: command not found' }
    }
    for (const mode of ['enforce', 'warn'] as const) {
      const result = evaluate(input([ran('pinning', []), broken], testPolicy({ mode })))
      expect(result.verdict).toBe('fail')
      expect(result.reasons[0]).toBe('Vulnerability scan could not run: trivy: command not found')
      expect(result.checks[1]).toMatchObject({ status: 'error', detail: 'trivy: command not found' })
      expect(exitCodeFor(result)).toBe(2)
    }
  })

  it('only warns when an optional check errors', () => {
    const optional: CheckRun = {
      ...ran('signatures', [], false),
      outcome: { kind: 'error', error: 'registry down' }
    }
    const result = evaluate(input([optional]))
    expect(result.verdict).toBe('warn')
    expect(result.reasons).toContain('signatures could not run: registry down')
  })

  it('reports skipped checks with their reason', () => {
    const skipped: CheckRun = {
      ...ran('signatures', [], false),
      outcome: { kind: 'skipped', reason: 'no images' }
    }
    const result = evaluate(input([skipped]))
    expect(result.checks[0]).toMatchObject({ status: 'skipped', detail: 'no images' })
    expect(result.verdict).toBe('pass')
  })
})

describe('exceptions', () => {
  const exception = {
    id: 'cve-2024-1234',
    package: 'openssl',
    reason: 'not reachable',
    expires: '2026-06-01'
  }

  it('suppresses a matching finding until the end of its expiry day (UTC)', () => {
    const policy = testPolicy({
      vulnerabilities: { scanners: ['trivy'], failOn: 'high', onlyFixed: false, ...VULNERABILITY_DEFAULTS },
      exceptions: [exception]
    })
    const lastMoment = new Date('2026-06-01T23:59:59Z')
    const result = evaluate(input([ran('vulnerabilities', [vuln])], policy, lastMoment))
    expect(result.verdict).toBe('pass')
    expect(result.findings[0].suppressedBy).toEqual({
      id: exception.id,
      reason: 'not reachable',
      expires: '2026-06-01'
    })
    expect(result.suppressedCount).toBe(1)
    expect(result.counts.critical).toBe(0)
    expect(result.checks[0]).toMatchObject({ status: 'passed', findingCount: 0 })
  })

  it('stops applying once expired and reports the expired exception itself', () => {
    const positioned = { ...exception, position: { file: '.github/imagegate.yml', line: 14 } }
    const policy = testPolicy({
      vulnerabilities: { scanners: ['trivy'], failOn: 'high', onlyFixed: false, ...VULNERABILITY_DEFAULTS },
      exceptions: [positioned]
    })
    const dayAfter = new Date('2026-06-02T00:00:00Z')
    const result = evaluate(input([ran('vulnerabilities', [vuln])], policy, dayAfter))
    expect(result.verdict).toBe('fail')
    const expired = result.findings.find(f => f.check === 'policy')
    expect(expired).toMatchObject({
      rule: 'IG001',
      blocking: false,
      location: { file: '.github/imagegate.yml', line: 14 }
    })
    expect(expired?.message).toMatch(/cve-2024-1234 \(package openssl\) expired on 2026-06-01/)
    expect(result.reasons).toContain('1 policy exception expired')
  })

  it('needs package and image to match when the exception names them', () => {
    const otherPackage = testPolicy({ exceptions: [{ ...exception, package: 'zlib', expires: undefined }] })
    expect(
      evaluate(input([ran('vulnerabilities', [vuln])], otherPackage)).findings[0].suppressedBy
    ).toBeUndefined()
    const scoped = { id: 'CVE-2024-1234', reason: 'vendor image', image: 'ghcr.io/acme/*' }
    const matching = evaluate(input([ran('vulnerabilities', [vuln])], testPolicy({ exceptions: [scoped] })))
    expect(matching.findings[0].suppressedBy?.reason).toBe('vendor image')
    const elsewhere = { ...scoped, image: 'docker.io/other/*' }
    const notMatching = evaluate(
      input([ran('vulnerabilities', [vuln])], testPolicy({ exceptions: [elsewhere] }))
    )
    expect(notMatching.findings[0].suppressedBy).toBeUndefined()
  })

  it('applies to lint and pinning findings by rule id too', () => {
    const policy = testPolicy({ exceptions: [{ id: 'IG101', reason: 'internal mirror retags nightly' }] })
    const result = evaluate(input([ran('pinning', [latest])], policy))
    expect(result.verdict).toBe('pass')
    expect(result.findings[0].suppressedBy?.id).toBe('IG101')
  })
})
