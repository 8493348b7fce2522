import type { ImageConfigPolicy } from '../../policy/types.js'
import type { ImageConfig } from '../../registry/index.js'
import { imageAge, missingHealthcheck, missingLabels, privilegedPorts } from './runtime.js'
import { secretViolations } from './secrets.js'
import { rootUser } from './user.js'
import type { Violation } from './violation.js'

export interface Inspection {
  violations: Violation[]
  /** What could not be judged, e.g. an image without a creation date. */
  notes: string[]
}

/** Every IG4xx rule over one image config; rules the policy turns off are left out. */
export function inspectImageConfig(config: ImageConfig, policy: ImageConfigPolicy, now: Date): Inspection {
  const age = imageAge(config, policy.maxAgeDays, now)
  const violations = [
    ...rootUser(config),
    ...secretViolations(config),
    ...privilegedPorts(config, policy.allowedPorts),
    ...missingHealthcheck(config),
    ...age.violations,
    ...missingLabels(config, policy.requireLabels)
  ]
  return {
    violations: violations.filter(v => policy.rules[v.rule] !== 'off'),
    notes: age.note && policy.rules.IG407 !== 'off' ? [age.note] : []
  }
}
