// SYNTHETIC test data: image configs and policies written for these tests, not taken from real images.
import type { ImageConfigPolicy, Policy } from '../../src/policy/types.js'
import type { ContainerConfig, ImageConfig } from '../../src/registry/index.js'
import { testPolicy } from '../helpers/policy.js'

/** A non-root, labelled, health-checked, recent image: clean under the default rules. */
export function cleanConfig(
  config: Partial<ContainerConfig> = {},
  top: Partial<ImageConfig> = {}
): ImageConfig {
  return {
    architecture: 'amd64',
    os: 'linux',
    created: '2026-11-20T10:00:00Z',
    history: [{ created_by: 'COPY app /app # buildkit' }],
    ...top,
    config: {
      User: '10001',
      Env: ['PATH=/usr/local/bin:/usr/bin:/bin'],
      ExposedPorts: ['8080/tcp'],
      Labels: {
        'org.opencontainers.image.source': 'https://github.com/acme/app',
        'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567'
      },
      Healthcheck: { Test: ['CMD', '/app', 'health'] },
      ...config
    }
  }
}

export const NOW = new Date('2026-12-04T00:00:00Z')

export function imageConfigPolicy(overrides: Partial<ImageConfigPolicy> = {}): ImageConfigPolicy {
  return {
    enabled: true,
    required: true,
    failOn: 'high',
    rules: {},
    allowedPorts: [],
    requireLabels: ['org.opencontainers.image.source', 'org.opencontainers.image.revision'],
    ...overrides
  }
}

export function policyWith(overrides: Partial<ImageConfigPolicy> = {}): Policy {
  return testPolicy({ imageConfig: imageConfigPolicy(overrides) })
}

/** Synthetic credential values with the real shapes; none of them was ever a live credential. */
export const FAKE = {
  github: 'ghp_' + 'S'.repeat(8) + 'ynthetic0000000000000000000000',
  aws: 'AKIA' + 'SYNTHETIC0000000',
  password: 'synthetic-hunter2-value'
}
