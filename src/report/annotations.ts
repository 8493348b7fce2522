import type { EvaluatedFinding } from '../model/finding.js'
import type { GateResult } from '../model/result.js'
import { TOOL_NAME } from '../model/rule.js'
import { isWorkspacePath, locationLabel, rankFindings, ruleLabel } from './common.js'
import { plural } from '../util/text.js'
import { MAX_LOG_MESSAGE_LENGTH, shortLine } from '../util/untrusted.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  title: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** The subset of @actions/core's AnnotationProperties we set. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** Shaped like @actions/core, injected so this module stays pure and testable. */
export interface AnnotationLogger {
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
}

export interface AnnotationOptions {
  /** GitHub shows 10 errors and 10 warnings per step; more are silently dropped. */
  maxPerLevel?: number
  /** Prepended to finding paths when the working directory is a subfolder of the repository. */
  pathPrefix?: string
}

export interface AnnotationSet {
  annotations: Annotation[]
  /** Findings that qualified for an annotation but did not fit; the job summary lists them. */
  omitted: { error: number; warning: number }
  /** Suppressed findings, never annotated. */
  suppressed: number
}

export const MAX_ANNOTATIONS_PER_LEVEL = 10

/**
 * Blocking findings become errors, other unsuppressed ones warnings, most severe first, at most
 * `maxPerLevel` of each. When some are left out, one notice says so and points to the job summary.
 */
export function buildAnnotations(result: GateResult, options: AnnotationOptions = {}): AnnotationSet {
  const max = options.maxPerLevel ?? MAX_ANNOTATIONS_PER_LEVEL
  const errors: Annotation[] = []
  const warnings: Annotation[] = []
  const omitted = { error: 0, warning: 0 }
  let suppressed = 0
  for (const finding of rankFindings(result.findings)) {
    if (finding.suppressedBy) {
      suppressed++
      continue
    }
    const level = finding.blocking ? 'error' : 'warning'
    const list = level === 'error' ? errors : warnings
    if (list.length < max) list.push(toAnnotation(finding, level, options.pathPrefix ?? ''))
    else omitted[level]++
  }
  const annotations = [...errors, ...warnings]
  const left = omitted.error + omitted.warning
  if (left > 0) {
    annotations.push({
      level: 'notice',
      title: `${TOOL_NAME}: ${plural(left, 'more finding')}`,
      message:
        `GitHub shows at most ${max} error and ${max} warning annotations per step. Not annotated: ` +
        `${omitted.error} blocking and ${omitted.warning} other findings; the job summary lists them.`
    })
  }
  return { annotations, omitted, suppressed }
}

function toAnnotation(finding: EvaluatedFinding, level: AnnotationLevel, prefix: string): Annotation {
  const title = `${TOOL_NAME} ${shortLine(ruleLabel(finding))} (${finding.severity})`
  // Cut before the image and place are added, so a huge message never pushes them out.
  let message = shortLine(finding.message, MAX_LOG_MESSAGE_LENGTH)
  const image = finding.image === undefined ? '' : shortLine(finding.image)
  if (image && !message.includes(image)) message += ` (image: ${image})`
  const location = finding.location
  // Only files inside the workspace can carry an annotation; others keep their place in the text.
  if (!location || !isWorkspacePath(location.file)) {
    if (location) message += ` (at ${locationLabel({ ...location, file: shortLine(location.file) })})`
    return { level, title, message }
  }
  const annotation: Annotation = {
    level,
    title,
    message,
    file: prefix + location.file
  }
  if (location.line !== undefined) {
    // Only the first line of a range: GitHub renders multi-line ranges poorly.
    annotation.startLine = location.line
    if (location.column !== undefined) annotation.startColumn = location.column
  }
  return annotation
}

/** Sends annotations to the logger; only the properties that are set are passed on. */
export function emitAnnotations(annotations: readonly Annotation[], core: AnnotationLogger): void {
  for (const { level, message, ...rest } of annotations) {
    const properties: AnnotationProperties = { title: rest.title }
    if (rest.file !== undefined) properties.file = rest.file
    if (rest.startLine !== undefined) properties.startLine = rest.startLine
    if (rest.startColumn !== undefined) properties.startColumn = rest.startColumn
    core[level](message, properties)
  }
}
