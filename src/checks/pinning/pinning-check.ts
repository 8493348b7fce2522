import { loadDockerfile, type FromInstruction, type LoadedDockerfile } from '../../dockerfile/parse.js'
import { MAX_EXPANDED_LENGTH, type Unresolved } from '../../dockerfile/substitute.js'
import {
  imageTargets,
  preparedCheck,
  type Check,
  type CheckContext,
  type CheckOutput
} from '../../model/check.js'
import type { RegistryClient } from '../../registry/index.js'
import { lookUpDigests, pinSuggestion, type DigestAnswer } from './digests.js'
import type { Finding, SourceLocation } from '../../model/finding.js'
import type { Policy } from '../../policy/types.js'
import { describeRegistryPath, tryParseImageReference, type ImageReference } from '../../image/reference.js'
import { compileAllowList, type RegistryAllowList } from '../../image/patterns.js'
import type { ImageTarget } from '../../image/source.js'
import { ruleHelpUri } from '../../model/rule.js'
import { mapFiles } from '../../util/concurrency.js'
import { formatCount } from '../../util/text.js'
import { pinningRule } from './rules.js'

export { PINNING_RULES } from './rules.js'

type RuleId = 'IG100' | 'IG101' | 'IG102' | 'IG103' | 'IG104' | 'IG105' | 'IG106' | 'IG107'

interface Target {
  image: string
  location?: SourceLocation
}

/**
 * Tag pinning and registry allow-list, on the given image references and every FROM of every
 * Dockerfile. With a registry client, a digest-less tag's finding names the digest it resolves to; it
 * never needs the registry (a lookup that fails leaves the finding as it is, with the reason).
 */
export function createPinningCheck(services: { registry?: () => RegistryClient } = {}): Check {
  return preparedCheck({
    id: 'pinning',
    title: 'Tag pinning',
    isRequired: context => context.images.length > 0 || context.dockerfiles.length > 0,
    async prepare(context) {
      // Input references and allow patterns are the user's configuration: a mistake is a ConfigError.
      const targets = imageTargets(context)
      const allowList = compileAllowList(context.policy.images.registries.allow)
      return () => runPinning(context, targets, allowList, services.registry)
    }
  })
}

/** Offline: pinning without digest look-ups (tests, and callers without a registry). */
export const pinningCheck = createPinningCheck()

async function runPinning(
  context: CheckContext,
  targets: ImageTarget[],
  allowList: RegistryAllowList,
  registry: (() => RegistryClient) | undefined
): Promise<CheckOutput> {
  // Local layouts and archives are the image itself, not a reference that could float.
  const references = dedupe(targets.flatMap(t => (t.kind === 'reference' ? [t] : [])))
  const dockerfiles = [...new Set(context.dockerfiles)]
  if (references.length === 0 && dockerfiles.length === 0) {
    return { findings: [], skippedReason: 'no images or Dockerfiles to check' }
  }
  const options = context.policy.images
  const loaded = await mapFiles(dockerfiles, file => loadDockerfile(file, context.workingDirectory))
  const fromImages = loaded.flatMap(d =>
    d.froms.flatMap(f => (f.kind === 'image' && f.image !== undefined && !f.unresolved ? [f.image] : []))
  )
  const inputImages = references.map(r => r.image)
  const digests = await lookUpDigests(context, [...inputImages, ...fromImages], registry)
  const rules = { options, allowList, digests }

  const findings: Finding[] = []
  for (const { image, reference } of references) {
    findings.push(...referenceFindings(reference, rules, { image }))
  }
  let baseImages = 0
  for (const dockerfile of loaded) {
    findings.push(...dockerfileFindings(dockerfile, rules))
    baseImages += dockerfile.froms.filter(f => f.kind === 'image').length
  }

  const notes = [
    `Checked ${references.length} image reference(s) and ${baseImages} base image(s) in ${loaded.length} Dockerfile(s)`,
    ...[...digests].map(([image, answer]) =>
      'digest' in answer
        ? `${image} resolves to ${answer.digest}`
        : `${image}: could not resolve: ${answer.problem}`
    )
  ]
  for (const dockerfile of loaded) {
    if (dockerfile.froms.length === 0 && dockerfile.problems.length === 0) {
      notes.push(`${dockerfile.file} has no FROM instruction`)
    }
  }
  return { findings, notes }
}

/** What the pinning rules read: the policy, its allow-list, and digests looked up for suggestions. */
interface PinningRules {
  options: Policy['images']
  allowList: RegistryAllowList
  digests: ReadonlyMap<string, DigestAnswer>
}

function dockerfileFindings(dockerfile: LoadedDockerfile, rules: PinningRules) {
  const findings: Finding[] = []
  for (const problem of dockerfile.problems) {
    findings.push(
      finding('IG107', `${dockerfile.file} ${problem.message}`, {
        location: { file: dockerfile.file, line: problem.line }
      })
    )
  }
  for (const from of dockerfile.froms) {
    const location = { file: dockerfile.file, line: from.line, column: from.column }
    const shown = from.rawImage ?? ''
    for (const problem of from.problems) {
      findings.push(
        finding('IG107', `FROM ${shown} is malformed: ${problem}`, { image: from.image ?? shown, location })
      )
    }
    if (from.kind === 'missing') {
      findings.push(
        finding('IG100', 'FROM has no image; name a base image, e.g. FROM alpine:<version>@sha256:<digest>', {
          location: { file: dockerfile.file, line: from.line, column: from.column }
        })
      )
    } else if (from.unresolved) {
      findings.push(finding('IG105', unresolvedMessage(shown, from.unresolved), { image: shown, location }))
    } else if (from.kind === 'image' && from.image !== undefined) {
      findings.push(...fromImageFindings(from, from.image, location, rules))
    }
  }
  return findings
}

function fromImageFindings(
  from: FromInstruction,
  image: string,
  location: SourceLocation,
  rules: PinningRules
): Finding[] {
  const parsed = tryParseImageReference(image)
  if (parsed.ok) return referenceFindings(parsed.reference, rules, { image, location })
  const resolved = from.rawImage !== image ? ` (resolved to "${image}")` : ''
  const message = `FROM ${from.rawImage ?? image}${resolved} is not a valid image reference: ${parsed.reason}; fix the reference`
  return [finding('IG106', message, { image, location })]
}

/** The pinning rules proper, shared by input images and FROM images. */
function referenceFindings(ref: ImageReference, rules: PinningRules, target: Target): Finding[] {
  const { options, allowList } = rules
  const findings: Finding[] = []
  const shown = ref.original
  const name = nameAsWritten(ref)
  const { forbidLatest, forbidUntagged, requireDigest } = options.tags
  if (forbidLatest && ref.tag === 'latest' && ref.digest === undefined) {
    const message = `${shown} uses the mutable tag "latest"; pin a version tag and a digest, e.g. ${name}:<version>@sha256:<digest>`
    findings.push(finding('IG101', message, target))
  }
  if (forbidUntagged && ref.tag === undefined && ref.digest === undefined) {
    const message = `${shown} has no tag, so it pulls whatever "latest" is; pin a version tag and a digest, e.g. ${name}:<version>@sha256:<digest>`
    findings.push(finding('IG102', message, target))
  }
  if (requireDigest && ref.digest === undefined) {
    const message = `${shown} has no digest, so the tag can be moved to different content; ${pinSuggestion(ref, name, rules.digests.get(shown))}`
    findings.push(finding('IG103', message, target))
  }
  if (!allowList.allows(ref)) {
    const where = describeRegistryPath(ref)
    const patterns = allowList.patterns.slice(0, 3).join(', ') + (allowList.patterns.length > 3 ? ', …' : '')
    const message = `${shown} comes from ${where}, which images.registries.allow (${patterns}) does not allow; use an image from an allowed registry or add a pattern to the policy`
    findings.push(finding('IG104', message, target))
  }
  return findings
}

function dedupe<T extends { image: string }>(targets: T[]): T[] {
  return targets.filter((target, i) => targets.findIndex(t => t.image === target.image) === i)
}

function unresolvedMessage(image: string, cause: Unresolved): string {
  const prefix = `FROM ${image} cannot be checked because`
  switch (cause.reason) {
    case 'no-default':
      return `${prefix} ARG ${cause.variable} has no default; give ${cause.variable} a default value before the first FROM`
    case 'undeclared':
      return `${prefix} no ARG before the first FROM declares ${cause.variable}; declare it there with a default value`
    case 'platform':
      return `${prefix} $${cause.variable} depends on the build platform; name the image without it`
    case 'unsupported':
      return `${prefix} ${cause.expression ?? cause.variable} is a substitution imagegate does not evaluate; use \${${cause.variable}} or \${${cause.variable}:-default}`
    case 'too-long':
      return `${prefix} $${cause.variable} expands to more than ${formatCount(MAX_EXPANDED_LENGTH)} characters, imagegate's limit for a value; give it a shorter value`
  }
}

/** The reference without tag and digest, spelled as the user wrote it, for fix suggestions. */
function nameAsWritten(ref: ImageReference): string {
  let name = ref.digest !== undefined ? ref.original.slice(0, ref.original.indexOf('@')) : ref.original
  if (ref.tag !== undefined) name = name.slice(0, name.length - ref.tag.length - 1)
  return name
}

function finding(rule: RuleId, message: string, target: Partial<Target>): Finding {
  return {
    check: 'pinning',
    rule,
    severity: pinningRule(rule).severity,
    message,
    ...(target.location ? { location: target.location } : {}),
    ...(target.image !== undefined ? { image: target.image } : {}),
    helpUri: ruleHelpUri(rule)
  }
}
