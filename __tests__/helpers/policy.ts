// Synthetic test helper: a complete Policy literal, independent of the loader, so engine tests
// don't change when policy defaults do.
import type { LoadedPolicy, Policy } from '../../src/policy/types.js'

/** The keys tests rarely vary, spread into section literals. */
export const LINT_DEFAULTS = {
  shellcheck: true,
  shellcheckRequired: true,
  hadolintConfig: false,
  trustedRegistries: []
}
export const VULNERABILITY_DEFAULTS = {
  gateOn: 'all' as const,
  severitySource: 'highest' as const,
  maxCount: {},
  failOnKnownExploited: false,
  secretsFailOn: 'high' as const,
  ignoreFiles: false,
  timeoutSeconds: 600
}

/** Off: engine tests must not reach for a registry; image config tests spread their own settings in. */
export const IMAGE_CONFIG_OFF = {
  enabled: false,
  required: false,
  failOn: 'high' as const,
  rules: {},
  allowedPorts: [],
  requireLabels: ['org.opencontainers.image.source', 'org.opencontainers.image.revision']
}

export function testPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    version: 1,
    mode: 'enforce',
    dockerfile: { failOn: 'error', rules: {}, ...LINT_DEFAULTS },
    vulnerabilities: { scanners: [], failOn: 'high', onlyFixed: true, ...VULNERABILITY_DEFAULTS },
    images: {
      failOn: 'high',
      tags: { forbidLatest: true, forbidUntagged: true, requireDigest: false },
      registries: { allow: [] },
      platform: 'linux/amd64'
    },
    signatures: { required: false, authorities: [], images: [], threshold: 1, verifier: 'native' },
    imageConfig: IMAGE_CONFIG_OFF,
    exceptions: [],
    report: { comment: 'always' },
    ...overrides
  }
}

export function loaded(policy: Policy = testPolicy()): LoadedPolicy {
  return { policy, source: 'test-policy.yml' }
}
