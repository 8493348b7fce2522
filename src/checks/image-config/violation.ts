import { shortLine } from '../../util/untrusted.js'
import { credentialKind } from '../../util/secrets.js'
import type { ImageConfigRuleId } from './rules.js'

/** What one rule found in one image config: the problem and its fix, without the image's name. */
export interface Violation {
  rule: ImageConfigRuleId
  message: string
}

/** Longest name from an image config (variable, label, user) a message shows. */
const MAX_SHOWN = 80

/**
 * A name read from the image, fit for a message: one line, cut, and never a credential itself (a label
 * key can be anything). Reporters escape it further for their format.
 */
export function shownName(name: string): string {
  if (credentialKind(name)) return '(a name that looks like a credential)'
  return shortLine(name, MAX_SHOWN)
}
