import { isDeepStrictEqual } from 'node:util'

/** True when `value` is at least as strict as `base` (equal counts). `base` undefined: the field is unset. */
type AtLeastAsStrict = (value: unknown, base: unknown) => boolean

export interface StrictnessRule {
  /** Dotted path of a policy field; `*` stands for any key of a map (rule ids). */
  path: string
  /** What "tighter" means for it, in words (README and `explain`). */
  tighter: string
  atLeastAsStrict: AtLeastAsStrict
}

/** Lower fails on more: `info` is the strictest threshold, `none` the loosest. */
const SEVERITY_THRESHOLD = ['info', 'low', 'medium', 'high', 'critical', 'none']
const LINT_THRESHOLD = ['style', 'info', 'warning', 'error', 'none']
/** A rule's own level: higher is stricter, `off` loosest. */
const RULE_LEVEL = ['off', 'style', 'info', 'warning', 'error']
/** An image config rule's severity: higher is stricter, `off` loosest. */
const RULE_SEVERITY = ['off', 'info', 'low', 'medium', 'high', 'critical']

const lowerIn =
  (order: string[]): AtLeastAsStrict =>
  (value, base) =>
    order.indexOf(String(value)) <= order.indexOf(String(base))
const requires =
  (strict: unknown): AtLeastAsStrict =>
  (value, base) =>
    value === strict || value === base
/** A number where lower is stricter and unset means no limit. */
const lowerLimit: AtLeastAsStrict = (value, base) => base === undefined || Number(value) <= Number(base)
const higherNumber: AtLeastAsStrict = (value, base) => Number(value) >= Number(base ?? 0)
/** Not about security: a repository keeps the base's value unless the base leaves it open. */
const sameOnly: AtLeastAsStrict = (value, base) => isDeepStrictEqual(value, base)

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const contains = (items: unknown[], item: unknown): boolean => items.some(i => isDeepStrictEqual(i, item))
const subset = (value: unknown[], of: unknown[]): boolean => value.every(v => contains(of, v))

/** An allow list where empty allows everything: a non-empty subset of the base's entries. */
const allowList: AtLeastAsStrict = (value, base) => {
  const [mine, theirs] = [list(value), list(base)]
  if (theirs.length === 0) return true
  return mine.length > 0 && subset(mine, theirs)
}
/** A list of things that must run or be covered: every entry of the base, and any more. */
const superset: AtLeastAsStrict = (value, base) => subset(list(base), list(value))

/**
 * The one table of what "tighter" means for every policy field. A repository may always set a field
 * to a value at least as strict as its base's; a looser value only where no base locks the field.
 * A field missing here cannot be loosened or changed under a lock (see `strictnessRule`).
 */
export const STRICTNESS: readonly StrictnessRule[] = [
  { path: 'mode', tighter: '`enforce` over `warn`', atLeastAsStrict: requires('enforce') },
  {
    path: 'dockerfile.failOn',
    tighter: 'a lower level (`style` strictest, `none` loosest)',
    atLeastAsStrict: lowerIn(LINT_THRESHOLD)
  },
  {
    path: 'dockerfile.rules.*',
    tighter:
      'a higher level (`error` strictest, `off` loosest); a rule the base does not list only to `error`',
    atLeastAsStrict: (value, base) =>
      base === undefined
        ? value === 'error'
        : RULE_LEVEL.indexOf(String(value)) >= RULE_LEVEL.indexOf(String(base))
  },
  { path: 'dockerfile.shellcheck', tighter: '`true`', atLeastAsStrict: requires(true) },
  {
    path: 'dockerfile.shellcheckRequired',
    tighter: '`true` (ShellCheck that times out or crashes fails the check)',
    atLeastAsStrict: requires(true)
  },
  {
    path: 'dockerfile.hadolintConfig',
    tighter: '`false` (a repository `.hadolint.yaml` can ignore rules)',
    atLeastAsStrict: requires(false)
  },
  {
    path: 'dockerfile.trustedRegistries',
    tighter: 'a non-empty subset of the base list (empty allows any)',
    atLeastAsStrict: allowList
  },
  {
    path: 'vulnerabilities.scanners',
    tighter: 'a superset: every scanner of the base, and more',
    atLeastAsStrict: superset
  },
  {
    path: 'vulnerabilities.failOn',
    tighter: 'a lower severity (`info` strictest, `none` loosest)',
    atLeastAsStrict: lowerIn(SEVERITY_THRESHOLD)
  },
  {
    path: 'vulnerabilities.gateOn',
    tighter: '`all` (findings the base image already has fail too)',
    atLeastAsStrict: requires('all')
  },
  {
    path: 'vulnerabilities.onlyFixed',
    tighter: '`false` (unfixed vulnerabilities fail too)',
    atLeastAsStrict: requires(false)
  },
  {
    path: 'vulnerabilities.severitySource',
    tighter: '`highest`; `trivy` and `grype` only as the base has it',
    atLeastAsStrict: (value, base) => value === 'highest' || value === base
  },
  {
    path: 'vulnerabilities.maxCount.*',
    tighter: 'a lower count (unset: no limit)',
    atLeastAsStrict: lowerLimit
  },
  {
    path: 'vulnerabilities.cvssThreshold',
    tighter: 'a lower score (unset: not gated)',
    atLeastAsStrict: lowerLimit
  },
  { path: 'vulnerabilities.failOnKnownExploited', tighter: '`true`', atLeastAsStrict: requires(true) },
  {
    path: 'vulnerabilities.epssThreshold',
    tighter: 'a lower probability (unset: not gated)',
    atLeastAsStrict: lowerLimit
  },
  {
    path: 'vulnerabilities.secretsFailOn',
    tighter: 'a lower severity',
    atLeastAsStrict: lowerIn(SEVERITY_THRESHOLD)
  },
  {
    path: 'vulnerabilities.ignoreFiles',
    tighter: '`false` (ignore files suppress findings)',
    atLeastAsStrict: requires(false)
  },
  { path: 'vulnerabilities.timeoutSeconds', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
  { path: 'images.platform', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
  { path: 'images.failOn', tighter: 'a lower severity', atLeastAsStrict: lowerIn(SEVERITY_THRESHOLD) },
  { path: 'images.tags.forbidLatest', tighter: '`true`', atLeastAsStrict: requires(true) },
  { path: 'images.tags.forbidUntagged', tighter: '`true`', atLeastAsStrict: requires(true) },
  { path: 'images.tags.requireDigest', tighter: '`true`', atLeastAsStrict: requires(true) },
  {
    path: 'images.registries.allow',
    tighter: 'a non-empty subset of the base list (empty allows any)',
    atLeastAsStrict: allowList
  },
  { path: 'signatures.required', tighter: '`true`', atLeastAsStrict: requires(true) },
  {
    path: 'signatures.authorities',
    tighter: 'a non-empty subset of the base authorities',
    atLeastAsStrict: allowList
  },
  {
    path: 'signatures.images',
    tighter: 'a superset of the base globs, or empty (every image)',
    atLeastAsStrict: (value, base) =>
      list(value).length === 0 || (list(base).length > 0 && superset(value, base))
  },
  { path: 'signatures.threshold', tighter: 'a higher number', atLeastAsStrict: higherNumber },
  { path: 'signatures.trustedRoot', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
  { path: 'signatures.verifier', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
  { path: 'imageConfig.enabled', tighter: '`true`', atLeastAsStrict: requires(true) },
  { path: 'imageConfig.required', tighter: '`true`', atLeastAsStrict: requires(true) },
  { path: 'imageConfig.failOn', tighter: 'a lower severity', atLeastAsStrict: lowerIn(SEVERITY_THRESHOLD) },
  {
    path: 'imageConfig.rules.*',
    tighter:
      'a higher severity (`critical` strictest, `off` loosest); a rule the base does not list only to `critical`',
    atLeastAsStrict: (value, base) =>
      base === undefined
        ? value === 'critical'
        : RULE_SEVERITY.indexOf(String(value)) >= RULE_SEVERITY.indexOf(String(base))
  },
  {
    path: 'imageConfig.maxAgeDays',
    tighter: 'fewer days (unset: age not checked)',
    atLeastAsStrict: lowerLimit
  },
  {
    path: 'imageConfig.allowedPorts',
    tighter: 'a subset of the base ports',
    atLeastAsStrict: (value, base) => subset(list(value), list(base))
  },
  { path: 'imageConfig.requireLabels', tighter: 'a superset of the base labels', atLeastAsStrict: superset },
  { path: 'report.comment', tighter: 'none: the base value only', atLeastAsStrict: sameOnly }
]

const BY_PATH = new Map(STRICTNESS.map(rule => [rule.path, rule]))

/** The rule for a concrete field path (`dockerfile.rules.DL3008` finds `dockerfile.rules.*`). */
export function strictnessRule(path: string): StrictnessRule {
  const exact = BY_PATH.get(path)
  if (exact) return exact
  const wildcard = BY_PATH.get(path.replace(/\.[^.]+$/, '.*'))
  return wildcard ?? { path, tighter: 'none: the base value only', atLeastAsStrict: sameOnly }
}
