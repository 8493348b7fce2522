import { DEFAULT_REGISTRY, tryParseImageReference, type ImageReference } from '../../../../image/reference.js'
import { flagOf, violationAt, violationOn } from '../../ast-helpers.js'
import type { LintContext, LintRule, LintStage } from '../../types.js'
import { runMounts } from '../shell/run-flags.js'
import { copiesFrom, namesEarlierStage } from './copy.js'
import { fromsWithEarlierAliases, imageViolation, registryImage } from './from.js'

/** Whether `image` (a FROM image, `COPY --from` or `RUN --mount=from=` value) comes from a trusted registry. */
function trustedImage(image: ImageReference, allows: (registry: string) => boolean): boolean {
  if (image.registry !== DEFAULT_REGISTRY) return allows(image.registry)
  return allows('docker.io') || allows('hub.docker.com')
}

function untrustedMessage(image: ImageReference, what: string): string {
  const where = image.registry === DEFAULT_REGISTRY ? 'Docker Hub' : image.registry
  return `Use only an allowed registry in the ${what}: ${where} is not trusted`
}

/** An image named by `COPY --from` or a RUN mount's `from=`, unless it names a stage (alias or index). */
function externalImage(value: string, stage: LintStage, context: LintContext): ImageReference | undefined {
  const name = value.toLowerCase()
  if (name === 'scratch' || name === stage.alias || namesEarlierStage(context, stage, name)) return undefined
  const parsed = tryParseImageReference(value)
  return parsed.ok ? parsed.reference : undefined
}

export const DL3026: LintRule = {
  id: 'DL3026',
  level: 'error',
  title: 'Use only an allowed registry in the FROM image',
  description:
    'When `dockerfile.trustedRegistries` (or `trustedRegistries` in `.hadolint.yaml`) is set, every image ' +
    'the build pulls must come from one of them: `FROM` images, `COPY --from=<image>` and ' +
    '`RUN --mount=…,from=<image>`. Docker Hub images (no registry) are allowed by `docker.io` or ' +
    '`hub.docker.com`; `*` in an entry matches any characters, e.g. `*.example.com`. Empty list: any registry. ' +
    'Unlike hadolint, `--from=0` (an earlier stage by index) is a stage, never an image to check.',
  check: context => {
    if (context.trustedRegistries.length === 0) return []
    const allowed = context.trustedRegistries.map(globToRegExp)
    const allows = (registry: string) => allowed.some(pattern => pattern.test(registry))
    const violations = fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) => {
      const image = registryImage(stage, isEarlier)
      return image === undefined || trustedImage(image, allows)
        ? []
        : [imageViolation(from, untrustedMessage(image, 'FROM image'))]
    })
    for (const { copy, from } of copiesFrom(context)) {
      const image = externalImage(from, copy.stage, context)
      if (image === undefined || trustedImage(image, allows)) continue
      const flag = flagOf(copy.instruction, 'from')
      const message = untrustedMessage(image, 'COPY --from image')
      violations.push(flag ? violationAt(flag.getRange(), message) : violationOn(copy.instruction, message))
    }
    for (const run of context.runs) {
      const images = runMounts(run).flatMap(mount => {
        const image = externalImage(mount.get('from') ?? 'scratch', run.stage, context)
        return image === undefined || trustedImage(image, allows) ? [] : [image]
      })
      if (images.length > 0)
        violations.push(violationOn(run.instruction, untrustedMessage(images[0], 'RUN --mount image')))
    }
    return violations.sort((a, b) => a.line - b.line)
  }
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`, 'i')
}
