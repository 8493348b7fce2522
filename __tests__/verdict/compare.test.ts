// SYNTHETIC findings: classification against a base image, and how the verdict engine gates on it.
import type { BaselineScan } from '../../src/model/baseline.js'
import type { CheckRun } from '../../src/model/check.js'
import type { Finding } from '../../src/model/finding.js'
import type { Policy } from '../../src/policy/types.js'
import { classifyAgainstBase } from '../../src/verdict/compare.js'
import { evaluate } from '../../src/verdict/evaluate.js'
import { exitCodeFor } from '../../src/verdict/exit-code.js'
import { loaded, testPolicy, VULNERABILITY_DEFAULTS } from '../helpers/policy.js'
import { secret as secretFinding } from '../scanners/ignore/helpers.js'

const IMAGE = 'ghcr.io/acme/app:pr-7'
const BASE = 'ghcr.io/acme/app:main'

function vuln(rule: string, pkg: string, version: string, severity: Finding['severity'] = 'high'): Finding {
  return {
    check: 'vulnerabilities',
    rule,
    severity,
    message: `${rule} in ${pkg}`,
    image: IMAGE,
    package: { name: pkg, version, fixedVersion: '99', type: 'apk' }
  }
}

describe('classifyAgainstBase', () => {
  it('classes by vulnerability and package: new, unchanged and fixed', () => {
    const head = [vuln('CVE-1', 'openssl', '3.0.1'), vuln('CVE-2', 'lodash', '4.17.20')]
    const base = [vuln('CVE-1', 'openssl', '3.0.1'), vuln('CVE-3', 'expat', '2.5.0')]
    const { unchanged, fixed } = classifyAgainstBase(head, base)
    expect(head.map(f => unchanged.has(f))).toEqual([true, false])
    expect(fixed.map(f => f.rule)).toEqual(['CVE-3'])
  })

  it('ignores the tag, digest and installed version, not the repository or the package', () => {
    const head = [
      vuln('CVE-1', 'openssl', '3.0.2'),
      { ...vuln('CVE-2', 'zlib', '1.3'), image: `${IMAGE}@sha256:${'a'.repeat(64)}` },
      { ...vuln('CVE-3', 'busybox', '1.36'), image: 'ghcr.io/acme/other:pr-7' },
      vuln('CVE-4', 'curl', '8.0')
    ]
    const base = [
      { ...vuln('CVE-1', 'openssl', '3.0.1'), image: BASE },
      { ...vuln('CVE-2', 'zlib', '1.3'), image: BASE },
      { ...vuln('CVE-3', 'busybox', '1.36'), image: BASE },
      vuln('CVE-4', 'libcurl', '8.0')
    ]
    const { unchanged, fixed } = classifyAgainstBase(head, base)
    expect(head.map(f => unchanged.has(f))).toEqual([true, true, false, false])
    expect(fixed.map(f => f.rule)).toEqual(['CVE-3', 'CVE-4'])
  })

  it('matches repeated identities one to one, the same installed version first', () => {
    // One CVE in two copies of a library; the base had only the older copy.
    const head = [vuln('CVE-1', 'jackson', '2.15'), vuln('CVE-1', 'jackson', '2.9')]
    const base = [vuln('CVE-1', 'jackson', '2.9')]
    const { unchanged, fixed } = classifyAgainstBase(head, base)
    expect(head.map(f => unchanged.has(f))).toEqual([false, true])
    expect(fixed).toEqual([])
    // Two in the base, one left: the other one is fixed.
    const second = classifyAgainstBase(
      [vuln('CVE-1', 'jackson', '2.16')],
      [...base, vuln('CVE-1', 'jackson', '2.10')]
    )
    expect(second.unchanged.size).toBe(1)
    expect(second.fixed.map(f => f.package?.version)).toEqual(['2.10'])
  })

  it('treats everything as new against an empty base, and everything as fixed without head findings', () => {
    const findings = [vuln('CVE-1', 'a', '1'), vuln('CVE-2', 'b', '1')]
    expect(classifyAgainstBase(findings, []).unchanged.size).toBe(0)
    expect(classifyAgainstBase([], findings).fixed).toEqual(findings)
  })
})

function scanRun(findings: Finding[], baselines: BaselineScan[]): CheckRun {
  return {
    id: 'vulnerabilities',
    title: 'Vulnerability scan',
    required: true,
    durationMs: 1,
    findings,
    baselines,
    outcome: { kind: 'ran', notes: [] }
  }
}

function policy(vulnerabilities: Partial<Policy['vulnerabilities']> = {}): Policy {
  return testPolicy({
    vulnerabilities: {
      scanners: ['trivy'],
      failOn: 'high',
      onlyFixed: true,
      ...VULNERABILITY_DEFAULTS,
      ...vulnerabilities
    }
  })
}

function gate(run: CheckRun, p: Policy) {
  const now = new Date('2026-06-01T00:00:00Z')
  return evaluate({
    runs: [run],
    policy: loaded(p),
    images: [IMAGE],
    dockerfiles: [],
    now,
    startedAt: now,
    durationMs: 1,
    toolVersion: 'test',
    imageMatches: (pattern, image) => image.startsWith(pattern.replace(/\*$/, ''))
  })
}

const oldHigh = vuln('CVE-OLD', 'openssl', '3.0.1')
const newHigh = vuln('CVE-NEW', 'lodash', '4.17.20')
const fixedHigh = vuln('CVE-GONE', 'expat', '2.5.0')
const compared = (base: Finding[]): BaselineScan[] => [
  { image: IMAGE, base: BASE, scanned: true, findings: base }
]

describe('evaluate with a base image', () => {
  it('gateOn: new passes when only unchanged highs exist, and says they are not blocking', () => {
    const result = gate(scanRun([oldHigh], compared([oldHigh, fixedHigh])), policy({ gateOn: 'new' }))
    expect(result.verdict).toBe('warn')
    expect(exitCodeFor(result)).toBe(0)
    expect(result.findings[0]).toMatchObject({ rule: 'CVE-OLD', comparison: 'unchanged', blocking: false })
    expect(result.reasons).toContain('1 finding already in the base image, not blocking (gateOn: new)')
    expect(result.reasons.join(' ')).not.toContain('below the failure threshold')
  })

  it('gateOn: new fails when a new high appears, and only it blocks', () => {
    const result = gate(scanRun([oldHigh, newHigh], compared([oldHigh])), policy({ gateOn: 'new' }))
    expect(result.verdict).toBe('fail')
    expect(exitCodeFor(result)).toBe(1)
    expect(result.findings.filter(f => f.blocking).map(f => [f.rule, f.comparison])).toEqual([
      ['CVE-NEW', 'new']
    ])
  })

  it('gateOn: all blocks on unchanged findings too, still classing them', () => {
    const result = gate(scanRun([oldHigh], compared([oldHigh])), policy())
    expect(result.verdict).toBe('fail')
    expect(result.findings[0]).toMatchObject({ comparison: 'unchanged', blocking: true })
  })

  it('gateOn: new still gates secrets found in the image, and counts only new findings for maxCount', () => {
    const secret: Finding = { ...secretFinding('github-pat', 'app/.env'), image: IMAGE }
    const medium = (rule: string) => vuln(rule, `pkg-${rule}`, '1', 'medium')
    const head = [secret, medium('M1'), medium('M2'), medium('M3')]
    const result = gate(
      scanRun(head, compared([secret, medium('M1'), medium('M2')])),
      policy({ gateOn: 'new', maxCount: { medium: 1 } })
    )
    expect(result.findings.filter(f => f.blocking).map(f => f.rule)).toEqual(['github-pat'])
    const stricter = gate(
      scanRun(head, compared([secret, medium('M1')])),
      policy({ gateOn: 'new', maxCount: { medium: 1 } })
    )
    expect(
      stricter.findings
        .filter(f => f.blocking)
        .map(f => f.rule)
        .sort()
    ).toEqual(['M2', 'M3', 'github-pat'])
  })

  it('lists fixed findings apart, never blocking, and summarises the base with deltas', () => {
    const result = gate(scanRun([oldHigh, newHigh], compared([oldHigh, fixedHigh])), policy())
    expect(result.fixed).toEqual([
      expect.objectContaining({ rule: 'CVE-GONE', comparison: 'fixed', blocking: false })
    ])
    expect(result.findings.map(f => f.rule)).not.toContain('CVE-GONE')
    expect(result.counts.high).toBe(2)
    expect(result.imageSummaries).toEqual([
      {
        image: IMAGE,
        counts: { critical: 0, high: 2, medium: 0, low: 0, info: 0 },
        blockingCount: 2,
        suppressedCount: 0,
        base: {
          image: BASE,
          scanned: true,
          counts: { critical: 0, high: 2, medium: 0, low: 0, info: 0 },
          newCount: 1,
          unchangedCount: 1,
          fixedCount: 1
        }
      }
    ])
  })

  it('applies policy exceptions to the base as to the image, so the counts compare', () => {
    const p = policy()
    p.exceptions = [{ id: 'CVE-GONE', reason: 'vendor patch' }]
    const result = gate(scanRun([oldHigh], compared([oldHigh, fixedHigh])), p)
    expect(result.imageSummaries[0]?.base?.counts?.high).toBe(1)
    expect(result.fixed?.[0]?.suppressedBy?.id).toBe('CVE-GONE')
  })

  it('keeps a row for a compared image with no finding left', () => {
    const result = gate(scanRun([], compared([fixedHigh])), policy())
    expect(result.verdict).toBe('pass')
    expect(result.imageSummaries[0]).toMatchObject({ image: IMAGE, base: { fixedCount: 1 } })
  })

  it('a base that could not be scanned leaves the findings unclassed and the summary saying so', () => {
    const baselines: BaselineScan[] = [
      { image: IMAGE, base: BASE, scanned: false, error: 'manifest unknown' }
    ]
    const run = scanRun([vuln('CVE-L', 'musl', '1', 'low')], baselines)
    run.outcome = { kind: 'ran', notes: [], warning: `base image ${BASE} could not be scanned` }
    const result = gate(run, policy())
    expect(result.verdict).toBe('warn')
    expect(exitCodeFor(result)).toBe(0)
    expect(result.reasons).toEqual([`Vulnerability scan: base image ${BASE} could not be scanned`])
    expect(result.findings[0]?.comparison).toBeUndefined()
    expect(result.fixed).toEqual([])
    expect(result.imageSummaries[0]?.base).toEqual({ image: BASE, scanned: false, error: 'manifest unknown' })
  })

  it('without a base every finding counts as new: gateOn: new gates on all of them', () => {
    const result = gate(scanRun([oldHigh], []), policy({ gateOn: 'new' }))
    expect(result.verdict).toBe('fail')
    expect(result.fixed).toBeUndefined()
    expect(result.findings[0]?.comparison).toBeUndefined()
  })
})
