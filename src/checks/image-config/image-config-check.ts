import type { ImageTarget } from '../../image/source.js'
import {
  imageTargets,
  preparedCheck,
  type Check,
  type CheckContext,
  type CheckOutput
} from '../../model/check.js'
import type { Finding } from '../../model/finding.js'
import { ruleHelpUri } from '../../model/rule.js'
import type { ImageConfigPolicy } from '../../policy/types.js'
import { parsePlatform, type Platform, type RegistryClient, RegistryError } from '../../registry/index.js'
import { mapFiles } from '../../util/concurrency.js'
import { inspectImageConfig } from './inspect.js'
import { loadImageConfig } from './load.js'
import { imageConfigRule } from './rules.js'
import type { Violation } from './violation.js'

export { IMAGE_CONFIG_RULES } from './rules.js'

export interface ImageConfigServices {
  /** The run's shared registry client. */
  registry: () => RegistryClient
  /** Injected for tests: image age is measured against this clock. */
  now?: () => Date
}

/** The IG4xx rules on the configuration of every image given to scan, from a registry or from disk. */
export function createImageConfigCheck(services: ImageConfigServices): Check {
  return preparedCheck({
    id: 'image-config',
    title: 'Image config',
    isRequired: context => isEnabled(context) && context.policy.imageConfig.required,
    // Only a required check asks the gate to resolve up front: a failure there stops the run, which an
    // optional check must not cause. Unresolved images are resolved here, through the shared client.
    needsImageDigests: context =>
      isEnabled(context) &&
      context.policy.imageConfig.required &&
      imageTargets(context).some(t => t.kind === 'reference'),
    async prepare(context) {
      // Mistakes in inputs or the platform are ConfigErrors, raised before any request.
      const targets = imageTargets(context)
      const platform = parsePlatform(context.policy.images.platform)
      return () => runImageConfig(context, targets, platform, services)
    }
  })
}

function isEnabled(context: CheckContext): boolean {
  return context.images.length > 0 && context.policy.imageConfig.enabled
}

async function runImageConfig(
  context: CheckContext,
  targets: ImageTarget[],
  platform: Platform,
  services: ImageConfigServices
): Promise<CheckOutput> {
  if (!context.policy.imageConfig.enabled)
    return { findings: [], skippedReason: 'imageConfig.enabled is false' }
  if (targets.length === 0) return { findings: [], skippedReason: 'no images to check' }
  const policy = context.policy.imageConfig
  const now = (services.now ?? (() => new Date()))()

  const results = await mapFiles(targets, async (target): Promise<ImageResult> => {
    try {
      // The digest the gate resolved, when it did: the bytes read are the bytes scanned and verified.
      const resolved = context.resolved?.get(target.image)
      const loaded = await loadImageConfig(target, services.registry, platform, resolved)
      const shown = `${target.image} (${loaded.digest})`
      const inspection = inspectImageConfig(loaded.config, policy, now)
      return {
        findings: inspection.violations.map(v => toFinding(v, target.image, shown, policy)),
        notes: inspection.notes.map(note => `${shown} ${note}`)
      }
    } catch (error) {
      // Expected registry and layout failures name the image; anything else is a bug and fails the check.
      if (error instanceof RegistryError) return { findings: [], notes: [], failure: error.message }
      throw error
    }
  })

  const findings = results.flatMap(r => r.findings)
  const failures = results.flatMap(r => (r.failure === undefined ? [] : [r.failure]))
  const notes = [
    `Checked the configuration of ${targets.length - failures.length} of ${targets.length} image(s)`,
    ...results.flatMap(r => r.notes)
  ]
  if (failures.length === 0) return { findings, notes }
  const unread = `could not read the image config: ${failures.join('; ')}`
  if (policy.required) return { findings, notes, error: unread }
  if (failures.length === targets.length) {
    return { findings: [], skippedReason: `${unread} (imageConfig.required is false, so the run goes on)` }
  }
  return { findings, notes: [...notes, `Not checked, ${unread}`] }
}

interface ImageResult {
  findings: Finding[]
  notes: string[]
  /** Why the image's config could not be read. */
  failure?: string
}

function toFinding(violation: Violation, image: string, shown: string, policy: ImageConfigPolicy): Finding {
  const override = policy.rules[violation.rule]
  return {
    check: 'image-config',
    rule: violation.rule,
    severity: override && override !== 'off' ? override : imageConfigRule(violation.rule).severity,
    message: `${shown} ${violation.message}`,
    image,
    helpUri: ruleHelpUri(violation.rule)
  }
}
