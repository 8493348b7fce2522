import type { Check } from '../model/check.js'
import { lintCheck } from './lint/lint-check.js'
import { pinningCheck } from './pinning/pinning-check.js'
import { defaultVulnerabilityDeps } from './vulnerabilities/default-deps.js'
import { createVulnerabilityCheck } from './vulnerabilities/vulnerability-check.js'
import { unavailableCheck } from './unavailable.js'

/** Every check the gate runs, in report order. */
export const ALL_CHECKS: Check[] = [
  lintCheck,
  pinningCheck,
  createVulnerabilityCheck(defaultVulnerabilityDeps),
  unavailableCheck({
    id: 'signatures',
    title: 'Image signatures',
    isRequired: c => c.images.length > 0 && c.policy.signatures.required,
    optOut: 'set signatures.required: false in the policy'
  })
]
