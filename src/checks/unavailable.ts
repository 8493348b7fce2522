import type { Check, CheckContext } from '../model/check.js'
import type { CheckId } from '../model/finding.js'

/**
 * A check the policy can ask for but this build does not have yet. When the policy makes it
 * required it errors (so the verdict fails closed and says how to opt out); otherwise it is skipped.
 */
export function unavailableCheck(spec: {
  id: CheckId
  title: string
  isRequired: (context: CheckContext) => boolean
  /** The policy change that stops asking for it, e.g. "set vulnerabilities.scanners: []". */
  optOut: string
}): Check {
  return {
    id: spec.id,
    title: spec.title,
    isRequired: spec.isRequired,
    async run(context) {
      if (!spec.isRequired(context)) return { findings: [], skippedReason: 'not available in this build' }
      throw new Error(
        `${spec.title} is required by the policy but is not available in this build of imagegate; ` +
          `upgrade imagegate, or ${spec.optOut} to gate without it`
      )
    }
  }
}
