import type { Instruction } from 'dockerfile-ast'
import { dropQuotes, keywordOf, stagesWhereInherited, unwrapOnbuild, violationOn } from '../../ast-helpers.js'
import type { LintContext, LintRule } from '../../types.js'
import { copiesFrom } from './copy.js'
import { propertiesOf } from './instructions.js'

interface LabelPair {
  instruction: Instruction
  name: string
  value: string
}

/** LABEL pairs of `instructions`; with `onbuild`, those of `ONBUILD LABEL` too. */
function labelsIn(instructions: Instruction[], { onbuild = false } = {}): LabelPair[] {
  return instructions
    .map(i => (onbuild ? unwrapOnbuild(i) : i))
    .filter(i => keywordOf(i) === 'LABEL')
    .flatMap(instruction =>
      propertiesOf(instruction).map(p => ({
        instruction,
        name: dropQuotes(p.getName()),
        value: dropQuotes(p.getValue() ?? '')
      }))
    )
}

const schemaLabels = (context: LintContext, type?: string) =>
  Object.entries(context.labelSchema ?? {})
    .filter(([, t]) => type === undefined || t === type)
    .map(([name]) => name)

const LABEL_KEY_FIRST = /^[a-z]/
const LABEL_KEY_LAST = /[a-z0-9]$/
const LABEL_KEY_CHARS = /^[a-z0-9.-]+$/
const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.']

export function isValidLabelKey(key: string): boolean {
  return (
    LABEL_KEY_FIRST.test(key) &&
    LABEL_KEY_LAST.test(key) &&
    LABEL_KEY_CHARS.test(key) &&
    !RESERVED_NAMESPACES.some(ns => key.startsWith(ns)) &&
    !key.includes('..') &&
    !key.includes('--')
  )
}

export const DL3048: LintRule = {
  id: 'DL3048',
  level: 'style',
  title: 'Invalid label key',
  description:
    "Label keys should follow Docker's guidelines: lowercase letters, digits, `.` and `-`, starting with a " +
    'letter and ending with a letter or digit, no `..` or `--`, and not in the reserved `com.docker.`, ' +
    '`io.docker.` or `org.dockerproject.` namespaces.',
  check: context =>
    labelsIn(context.ast.getInstructions(), { onbuild: true })
      .filter(label => !isValidLabelKey(label.name))
      .map(label => violationOn(label.instruction, `Invalid label key "${label.name}"`))
}

export const DL3049: LintRule = {
  id: 'DL3049',
  level: 'info',
  title: 'Label is missing',
  description:
    'With a `label-schema` in `.hadolint.yaml`, every stage must set each schema label, or build on a stage ' +
    'that does. Stages only used as a `COPY --from` source are not reported.',
  check: context => {
    const labels = schemaLabels(context)
    // Without a schema (the usual case) no label is required: skip reading the COPYs.
    if (labels.length === 0) return []
    const copiedFrom = new Set(copiesFrom(context).map(c => c.from))
    return labels.flatMap(label => {
      const labelled = stagesWhereInherited(context.stages, stage =>
        labelsIn(stage.instructions).some(l => l.name === label)
      )
      return context.stages.flatMap(stage =>
        stage.from === undefined ||
        labelled.has(stage) ||
        (stage.alias !== undefined && copiedFrom.has(stage.alias))
          ? []
          : [violationOn(stage.from, `Label \`${label}\` is missing`)]
      )
    })
  }
}

export const DL3050: LintRule = {
  id: 'DL3050',
  level: 'info',
  title: 'Superfluous label(s) present',
  description:
    'With `strict-labels: true` in `.hadolint.yaml`, labels that the `label-schema` does not list are reported.',
  check: context => {
    if (context.strictLabels !== true) return []
    const known = new Set(schemaLabels(context))
    return labelsIn(context.ast.getInstructions())
      .filter(label => !known.has(label.name))
      .map(label => violationOn(label.instruction, `Superfluous label "${label.name}" present`))
  }
}

/** A schema rule: each LABEL whose key has `type` in the schema and whose value fails `valid`. */
function labelValueRule(spec: {
  id: string
  type?: string
  title: string
  description: string
  valid: (value: string) => boolean
  message: (name: string) => string
}): LintRule {
  return {
    id: spec.id,
    level: 'warning',
    title: spec.title,
    description: spec.description,
    check: context => {
      const names = new Set(schemaLabels(context, spec.type))
      // Without a schema (the usual case) no label can fail: skip reading them.
      if (names.size === 0) return []
      return labelsIn(context.ast.getInstructions())
        .filter(label => names.has(label.name) && !spec.valid(label.value))
        .map(label => violationOn(label.instruction, spec.message(label.name)))
    }
  }
}

function isUrl(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value)
  if (match === null) return false
  const [month, day, hour, minute, second] = match.slice(2, 7).map(Number)
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second <= 60
}

// semver.org's regular expression for a version (no `v` prefix).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/

/** Common SPDX license identifiers; `LicenseRef-…` is accepted too. Not the whole SPDX list. */
const SPDX_IDS = new Set(
  (
    '0BSD AFL-3.0 AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later Apache-1.1 Apache-2.0 Artistic-2.0 BSD-1-Clause ' +
    'BSD-2-Clause BSD-3-Clause BSD-3-Clause-Clear BSD-4-Clause BSL-1.0 BUSL-1.1 CC-BY-4.0 CC-BY-SA-4.0 CC0-1.0 ' +
    'CDDL-1.0 CDDL-1.1 CECILL-2.1 ECL-2.0 EPL-1.0 EPL-2.0 EUPL-1.1 EUPL-1.2 GPL-2.0 GPL-2.0-only ' +
    'GPL-2.0-or-later GPL-3.0 GPL-3.0-only GPL-3.0-or-later ISC LGPL-2.0 LGPL-2.0-only LGPL-2.0-or-later ' +
    'LGPL-2.1 LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later LPPL-1.3c MIT MIT-0 ' +
    'MPL-1.1 MPL-2.0 MS-PL MS-RL MulanPSL-2.0 NCSA ODbL-1.0 OFL-1.1 OSL-3.0 PHP-3.01 PostgreSQL Python-2.0 ' +
    'SSPL-1.0 Unicode-DFS-2016 Unlicense UPL-1.0 Vim W3C WTFPL X11 Zlib ZPL-2.1'
  ).split(' ')
)

export const LABEL_VALUE_RULES: LintRule[] = [
  labelValueRule({
    id: 'DL3051',
    title: 'Label is empty',
    description: 'A label listed in the `.hadolint.yaml` `label-schema` is set to an empty value.',
    valid: value => value !== '',
    message: name => `Label \`${name}\` is empty`
  }),
  labelValueRule({
    id: 'DL3052',
    type: 'url',
    title: 'Label is not a valid URL',
    description: 'A label of type `url` in the `label-schema` is not an absolute URL.',
    valid: isUrl,
    message: name => `Label \`${name}\` is not a valid URL`
  }),
  labelValueRule({
    id: 'DL3053',
    type: 'rfc3339',
    title: 'Label is not a valid time format - must conform to RFC3339',
    description: 'A label of type `rfc3339` is not a timestamp like `2024-05-01T12:00:00Z`.',
    valid: isRfc3339,
    message: name => `Label \`${name}\` is not a valid RFC3339 time`
  }),
  labelValueRule({
    id: 'DL3054',
    type: 'spdx',
    title: 'Label is not a valid SPDX license identifier',
    description:
      'A label of type `spdx` is not an SPDX license identifier such as `MIT` or `Apache-2.0`. imagegate ' +
      'knows the common identifiers and `LicenseRef-…`; use an inline ignore for a rare one.',
    valid: value => SPDX_IDS.has(value) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(value),
    message: name => `Label \`${name}\` is not a valid SPDX license identifier`
  }),
  labelValueRule({
    id: 'DL3055',
    type: 'hash',
    title: 'Label is not a valid git hash',
    description: 'A label of type `hash` is not a 7- or 40-character lowercase hexadecimal git commit hash.',
    valid: value => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value),
    message: name => `Label \`${name}\` is not a valid git hash`
  }),
  labelValueRule({
    id: 'DL3056',
    type: 'semver',
    title: 'Label does not conform to semantic versioning',
    description: 'A label of type `semver` is not a semantic version such as `1.4.2` or `2.0.0-rc.1`.',
    // Length first, as npm's semver does (256): the pattern must never meet a megabyte of input.
    valid: value => value.length <= 256 && SEMVER.test(value),
    message: name => `Label \`${name}\` does not conform to semantic versioning`
  }),
  labelValueRule({
    id: 'DL3058',
    type: 'email',
    title: 'Label is not a valid email format - must conform to RFC5322',
    description: 'A label of type `email` is not an email address.',
    // RFC 5321 caps an address at 254 characters.
    valid: value => value.length <= 254 && EMAIL.test(value),
    message: name => `Label \`${name}\` is not a valid email address`
  })
]

export const LABEL_RULES: LintRule[] = [DL3048, DL3049, DL3050, ...LABEL_VALUE_RULES]
