import type { Check, ScannerSettings } from '../model/check.js'
import { createLintCheck } from './lint/lint-check.js'
import { pinningCheck } from './pinning/pinning-check.js'
import { defaultVulnerabilityDeps } from './vulnerabilities/default-deps.js'
import type { VulnerabilityDeps } from './vulnerabilities/deps.js'
import { createVulnerabilityCheck } from './vulnerabilities/vulnerability-check.js'
import { unavailableCheck } from './unavailable.js'

/**
 * What the checks are built from: clients and runners (tests hand in fakes), and the action inputs or
 * CLI flags each check reads. A registry client and a GitHub client join here.
 */
export interface CheckServices {
  /** Installs, runs and parses the scanners. */
  scanners: VulnerabilityDeps
  /** How scanners are found, installed and cached; defaults apply when absent. */
  scannerSettings?: ScannerSettings
}

export const DEFAULT_SERVICES: CheckServices = { scanners: defaultVulnerabilityDeps }

/** Every check the gate runs, in report order. */
export function createChecks(services: Partial<CheckServices> = {}): Check[] {
  const { scanners, scannerSettings } = { ...DEFAULT_SERVICES, ...services }
  return [
    createLintCheck({ useActionsCache: scannerSettings?.useActionsCache }),
    pinningCheck,
    createVulnerabilityCheck(scanners, scannerSettings),
    unavailableCheck({
      id: 'signatures',
      title: 'Image signatures',
      isRequired: c => c.images.length > 0 && c.policy.signatures.required,
      optOut: 'set signatures.required: false in the policy'
    })
  ]
}
