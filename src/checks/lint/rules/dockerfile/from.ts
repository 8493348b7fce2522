import type { From, Instruction } from 'dockerfile-ast'
import { tryParseImageReference, type ImageReference } from '../../../../image/reference.js'
import { earlierStageNamed, flagOf, keywordOf, violationAt, violationOn } from '../../ast-helpers.js'
import type { LintContext, LintRule, LintStage, LintViolation } from '../../types.js'

/** Each stage's FROM, with a test for names of stages defined before it (lowercased, as BuildKit compares them). */
export function fromsWithEarlierAliases(
  context: LintContext
): Array<{ stage: LintStage; from: From; isEarlier: (name: string) => boolean }> {
  return context.stages.flatMap(stage =>
    stage.from === undefined
      ? []
      : [
          {
            stage,
            from: stage.from as From,
            isEarlier: (name: string) => earlierStageNamed(context.stages, name, stage) !== undefined
          }
        ]
  )
}

/**
 * The image reference a FROM pulls from a registry, after global ARG substitution; undefined for `scratch`,
 * an earlier stage, an image a build argument decides, or one that is not a valid reference (pinning's IG106).
 */
export function registryImage(
  stage: LintStage,
  isEarlier: (name: string) => boolean
): ImageReference | undefined {
  const image = stage.resolvedImage
  if (image === undefined || image.toLowerCase() === 'scratch' || isEarlier(image.toLowerCase()))
    return undefined
  const parsed = tryParseImageReference(image)
  return parsed.ok ? parsed.reference : undefined
}

export function imageViolation(from: From, message: string): LintViolation {
  return violationAt(from.getImageRange() ?? from.getRange(), message)
}

export const DL3006: LintRule = {
  id: 'DL3006',
  level: 'warning',
  title: 'Always tag the version of an image explicitly',
  description:
    'A `FROM` image without a tag or digest pulls whatever `latest` is at build time. Global `ARG` defaults ' +
    'are substituted first (`FROM $BASE` with `ARG BASE=debian` is reported); `scratch`, earlier stages ' +
    '(`FROM builder`) and images a build argument without default decides are not.',
  check: context =>
    fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) => {
      const image = registryImage(stage, isEarlier)
      return image !== undefined && image.tag === undefined && image.digest === undefined
        ? [
            imageViolation(
              from,
              `Always tag the version of an image explicitly: ${image.original} has no tag`
            )
          ]
        : []
    })
}

/** `:latest` moves; `:latest@sha256:…` is pinned by its digest, which is what gets pulled. */
function isLatestWithoutDigest(image: ImageReference | undefined): boolean {
  return image?.tag === 'latest' && image.digest === undefined
}

export const DL3007: LintRule = {
  id: 'DL3007',
  level: 'warning',
  title: 'Using latest is prone to errors if the image will ever update',
  description:
    'A `FROM` image tagged `latest` changes whenever upstream pushes, so builds are not reproducible. Pin ' +
    'the version explicitly to a release tag (and ideally a digest). `latest@sha256:…` is pinned by its ' +
    'digest and not reported.',
  check: context =>
    fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) =>
      isLatestWithoutDigest(registryImage(stage, isEarlier))
        ? [
            imageViolation(
              from,
              'Using latest is prone to errors if the image will ever update; pin the version'
            )
          ]
        : []
    )
}

export const DL3024: LintRule = {
  id: 'DL3024',
  level: 'error',
  title: 'FROM aliases (stage names) must be unique',
  description: 'Two stages with the same `AS name` make `COPY --from=name` and `--target name` ambiguous.',
  check: context =>
    fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) =>
      stage.alias !== undefined && isEarlier(stage.alias)
        ? [
            violationAt(
              aliasRange(from),
              `FROM aliases must be unique: "${stage.alias}" is already a stage name`
            )
          ]
        : []
    )
}

export const DL3029: LintRule = {
  id: 'DL3029',
  level: 'warning',
  title: 'Do not use --platform flag with FROM',
  description:
    '`FROM --platform=linux/amd64` pins the build to one platform; let the builder choose it (`docker buildx ' +
    'build --platform`) so the same Dockerfile builds for every platform. The predefined build arguments ' +
    '`$BUILDPLATFORM` and `$TARGETPLATFORM` (in any spelling: quoted, braced, with a default) are not reported.',
  check: context =>
    fromsWithEarlierAliases(context).flatMap(({ from }) => {
      const platform = flagOf(from, 'platform')
      const value = platform?.getValue() ?? ''
      // `$BUILDPLATFORM` / `$TARGETPLATFORM` (quoted, braced, with a default) let the builder decide.
      return platform !== undefined && value !== '' && !/BUILDPLATFORM|TARGETPLATFORM/.test(value)
        ? [violationAt(platform.getRange(), 'Do not use --platform flag with FROM')]
        : []
    })
}

export const DL3065: LintRule = {
  id: 'DL3065',
  level: 'warning',
  title: 'Setting FROM --platform to predefined $TARGETPLATFORM is redundant',
  description: '`FROM --platform=$TARGETPLATFORM` is what the builder does anyway; drop the flag.',
  check: context =>
    fromsWithEarlierAliases(context).flatMap(({ from }) => {
      const platform = flagOf(from, 'platform')
      const value = platform?.getValue()
      return platform !== undefined && (value === '$TARGETPLATFORM' || value === '${TARGETPLATFORM}')
        ? [
            violationAt(
              platform.getRange(),
              'Setting FROM --platform to $TARGETPLATFORM is redundant; remove it'
            )
          ]
        : []
    })
}

const RESERVED_STAGE_NAMES = new Set(['context', 'scratch'])

export const DL3063: LintRule = {
  id: 'DL3063',
  level: 'warning',
  title: 'Stage name should not be a reserved word',
  description:
    '`scratch` and `context` have a meaning of their own in `FROM` and `COPY --from`; name the stage otherwise.',
  check: context =>
    fromsWithEarlierAliases(context).flatMap(({ stage, from }) =>
      stage.alias !== undefined && RESERVED_STAGE_NAMES.has(stage.alias)
        ? [
            violationAt(
              aliasRange(from),
              `Stage name "${stage.alias}" is a reserved word; choose another name`
            )
          ]
        : []
    )
}

export const DL3061: LintRule = {
  id: 'DL3061',
  level: 'error',
  title: 'Invalid instruction order. Dockerfile must begin with FROM, ARG or comment',
  description:
    'Only `ARG` may come before the first `FROM`. A fragment with no `FROM` at all (a template or snippet) ' +
    'is linted as one stage and not reported.',
  check: context => {
    const instructions = context.ast.getInstructions()
    const firstFrom = instructions.findIndex(i => keywordOf(i) === 'FROM')
    if (firstFrom === -1) return []
    return instructions
      .slice(0, firstFrom)
      .filter(i => keywordOf(i) !== 'ARG')
      .map(i => violationOn(i, `Invalid instruction order: ${keywordOf(i)} before the first FROM`))
  }
}

/** The `AS name` part of a FROM, or the whole FROM when the parser has no range for it. */
function aliasRange(from: Instruction) {
  return (from as From).getBuildStageRange() ?? from.getRange()
}

export const FROM_RULES: LintRule[] = [DL3006, DL3007, DL3024, DL3029, DL3061, DL3063, DL3065]
