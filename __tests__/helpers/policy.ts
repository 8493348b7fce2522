// Synthetic test helper: a complete Policy literal, independent of the loader, so engine tests
// don't change when policy defaults do.
import type { LoadedPolicy, Policy } from '../../src/policy/types.js'

export function testPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    version: 1,
    mode: 'enforce',
    dockerfile: { failOn: 'error', rules: {} },
    vulnerabilities: { scanners: [], failOn: 'high', onlyFixed: true },
    images: {
      failOn: 'high',
      tags: { forbidLatest: true, forbidUntagged: true, requireDigest: false },
      registries: { allow: [] }
    },
    signatures: { required: false },
    exceptions: [],
    report: { comment: 'always' },
    ...overrides
  }
}

export function loaded(policy: Policy = testPolicy()): LoadedPolicy {
  return { policy, source: 'test-policy.yml' }
}
