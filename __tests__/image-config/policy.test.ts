import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../../src/errors.js'
import { loadBuiltinPolicy, loadPolicyFile, parsePolicy } from '../../src/policy/load.js'
import { violatesThreshold } from '../../src/verdict/thresholds.js'
import type { Finding } from '../../src/model/finding.js'

const strictFile = fileURLToPath(new URL('../../policies/strict.yml', import.meta.url))

describe('imageConfig policy section', () => {
  it('defaults: on, optional, fails on high, the two OCI provenance labels', () => {
    // The whole default section is in __tests__/policy/load.test.ts; here, what the README promises.
    expect(loadBuiltinPolicy().policy.imageConfig).toMatchObject({
      enabled: true,
      required: false,
      failOn: 'high'
    })
    expect(loadBuiltinPolicy().policy.imageConfig.requireLabels).toHaveLength(2)
  })

  it('strict.yml: required, fails from medium, images at most 90 days old', async () => {
    expect((await loadPolicyFile(strictFile)).policy.imageConfig).toMatchObject({
      required: true,
      failOn: 'medium',
      maxAgeDays: 90
    })
  })

  it.each([
    ['rules:\n    IG409: high', /p.yml:4:5: imageConfig.rules.IG409: not a rule id/],
    ['rules:\n    IG401: loud', /p.yml:4:12: imageConfig.rules.IG401: /],
    ['allowedPorts: [80, 8080]', /p.yml:3:22: imageConfig.allowedPorts\[1\]: must be <= 1023/],
    ['maxAgeDays: 0', /p.yml:3:15: imageConfig.maxAgeDays: must be >= 1/]
  ])('rejects %p at its line', (yaml, message) => {
    const parse = () => parsePolicy(`version: 1\nimageConfig:\n  ${yaml}\n`, 'p.yml')
    expect(parse).toThrow(ConfigError)
    expect(parse).toThrow(message)
  })

  it('gates image config findings on imageConfig.failOn', () => {
    const policy = parsePolicy('version: 1\nimageConfig:\n  failOn: medium\n', 'p.yml')
    const finding = (severity: Finding['severity']): Finding => ({
      check: 'image-config',
      rule: 'IG401',
      severity,
      message: 'runs as root'
    })
    expect(violatesThreshold(finding('medium'), policy)).toBe(true)
    expect(violatesThreshold(finding('low'), policy)).toBe(false)
    expect(
      violatesThreshold(finding('high'), {
        ...policy,
        imageConfig: { ...policy.imageConfig, failOn: 'none' }
      })
    ).toBe(false)
  })
})
