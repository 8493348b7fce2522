import type { Check, ScannerSettings } from '../model/check.js'
import { RegistryClient } from '../registry/index.js'
import type { CompiledSignaturePolicy } from '../signing/index.js'
import { createImageConfigCheck } from './image-config/image-config-check.js'
import { createLintCheck } from './lint/lint-check.js'
import { createPinningCheck } from './pinning/pinning-check.js'
import { createSignatureCheck, type SigningSettings } from './signatures/signature-check.js'
import { defaultVulnerabilityDeps } from './vulnerabilities/default-deps.js'
import type { VulnerabilityDeps } from './vulnerabilities/deps.js'
import { createVulnerabilityCheck } from './vulnerabilities/vulnerability-check.js'

/**
 * What the checks are built from: clients and runners (tests hand in fakes), and the action inputs or
 * CLI flags each check reads. A GitHub client joins here.
 */
export interface CheckServices {
  /** Installs, runs and parses the scanners. */
  scanners: VulnerabilityDeps
  /** How scanners are found, installed and cached; defaults apply when absent. */
  scannerSettings?: ScannerSettings
  /**
   * The run's one registry client, shared by every check that reads images so each manifest is fetched
   * once. Absent: an anonymous, TLS-only client made on first use.
   */
  registry?: RegistryClient
  /** The policy's `signatures`, compiled when it was loaded (keys read, regexps checked). */
  signaturePolicy?: CompiledSignaturePolicy
  /** Trusted-root refresh and cosign limits. */
  signing?: SigningSettings
}

export const DEFAULT_SERVICES: CheckServices = { scanners: defaultVulnerabilityDeps }

/** Every check the gate runs, in report order. */
export function createChecks(services: Partial<CheckServices> = {}): Check[] {
  const { scanners, scannerSettings } = { ...DEFAULT_SERVICES, ...services }
  let registry = services.registry
  const sharedRegistry = () => (registry ??= new RegistryClient())
  return [
    createLintCheck({ useActionsCache: scannerSettings?.useActionsCache }),
    createPinningCheck({ registry: sharedRegistry }),
    createVulnerabilityCheck(scanners, scannerSettings),
    createSignatureCheck({
      registry: sharedRegistry,
      policy: services.signaturePolicy,
      settings: services.signing
    }),
    createImageConfigCheck({ registry: sharedRegistry })
  ]
}
