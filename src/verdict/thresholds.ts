import type { Finding } from '../model/finding.js'
import { atOrAbove } from '../model/severity.js'
import type { Policy, Threshold } from '../policy/types.js'
import { thresholdFromLintLevel } from '../policy/levels.js'
import { vulnerabilityBlocks } from './vulnerability-gate.js'

/** The policy threshold that decides whether a finding from this check blocks. */
export function thresholdFor(finding: Finding, policy: Policy): Threshold {
  switch (finding.check) {
    case 'pinning':
      return policy.images.failOn
    case 'lint':
      return thresholdFromLintLevel(policy.dockerfile.failOn)
    case 'vulnerabilities':
      // The severity part only: onlyFixed, CVSS, KEV and EPSS are in vulnerability-gate.ts.
      return finding.vulnerability?.kind === 'secret'
        ? policy.vulnerabilities.secretsFailOn
        : policy.vulnerabilities.failOn
    case 'signatures':
      // An unsigned image fails only when signatures are required.
      return policy.signatures.required ? 'info' : 'none'
    case 'image-config':
      return policy.imageConfig.failOn
    case 'policy':
      return 'none'
  }
}

export function violatesThreshold(finding: Finding, policy: Policy): boolean {
  const threshold = thresholdFor(finding, policy)
  const reachesSeverity = threshold !== 'none' && atOrAbove(finding.severity, threshold)
  return finding.check === 'vulnerabilities'
    ? vulnerabilityBlocks(finding, policy.vulnerabilities, reachesSeverity)
    : reachesSeverity
}
