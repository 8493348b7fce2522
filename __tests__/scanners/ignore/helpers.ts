import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, formatProblem } from '../../../src/errors.js'
import type { Finding, VulnerabilityDetail } from '../../../src/model/finding.js'

export const SYNTHETIC = fileURLToPath(new URL('../../fixtures/ignore-files/', import.meta.url))
export const REPO_ROOT = path.resolve(SYNTHETIC, '../../..')
/** Real ignore files from Trivy and Grype, read in place (see PROVENANCE.md there), never copied. */
export const REAL = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'ignore-files')

export const NOW = new Date('2026-06-15T12:00:00Z')

type FindingOverrides = Partial<Omit<Finding, 'vulnerability'>> & {
  vulnerability?: Partial<VulnerabilityDetail>
}

/** A merged vulnerability finding; override what a test is about. */
export function vulnerability(overrides: FindingOverrides = {}): Finding {
  const { vulnerability: detail, ...rest } = overrides
  return {
    check: 'vulnerabilities',
    rule: 'CVE-2024-0001',
    severity: 'high',
    message: 'CVE-2024-0001 in openssl',
    image: 'ghcr.io/acme/app:1.0',
    package: { name: 'openssl', version: '3.0.1', type: 'deb' },
    ...rest,
    vulnerability: {
      kind: 'vulnerability',
      aliases: [],
      foundBy: ['grype', 'trivy'],
      severityBySource: {},
      fixedVersions: [],
      fixState: 'fixed',
      locations: ['/var/lib/dpkg/status'],
      ...detail
    }
  }
}

/** A Trivy secret finding inside the image: rule = Trivy's RuleID, location = the file it is in. */
export function secret(ruleId: string, file: string): Finding {
  return {
    check: 'vulnerabilities',
    rule: ruleId,
    severity: 'critical',
    message: `secret ${ruleId} in ${file}`,
    vulnerability: {
      kind: 'secret',
      aliases: [],
      foundBy: ['trivy'],
      severityBySource: {},
      fixedVersions: [],
      fixState: 'unknown',
      locations: [file]
    }
  }
}

/** The formatted problems of the ConfigError a promise rejects with; fails on anything else. */
export async function rejectedProblems(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(formatProblem)
    throw error
  }
  throw new Error('expected a ConfigError, but nothing was thrown')
}
