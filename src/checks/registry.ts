import type { Check } from '../model/check.js'
import { pinningCheck } from './pinning/pinning-check.js'
import { unavailableCheck } from './unavailable.js'

/** Every check the gate runs, in report order. */
export const ALL_CHECKS: Check[] = [
  unavailableCheck({
    id: 'lint',
    title: 'Dockerfile lint',
    isRequired: c => c.dockerfiles.length > 0 && c.policy.dockerfile.failOn !== 'none',
    optOut: 'set dockerfile.failOn: none in the policy'
  }),
  pinningCheck,
  unavailableCheck({
    id: 'vulnerabilities',
    title: 'Vulnerability scan',
    isRequired: c => c.images.length > 0 && c.policy.vulnerabilities.scanners.length > 0,
    optOut: 'set vulnerabilities.scanners: [] in the policy'
  }),
  unavailableCheck({
    id: 'signatures',
    title: 'Image signatures',
    isRequired: c => c.images.length > 0 && c.policy.signatures.required,
    optOut: 'set signatures.required: false in the policy'
  })
]
