import { DOCKERFILE_INSTRUCTIONS } from '../../dockerfile/instructions.js'
import type { ImageConfig } from '../../registry/index.js'
import { credentialKind, scanCommand, secretValueKind } from '../../util/secrets.js'
import { shownName, type Violation } from './violation.js'

const RUNTIME_FIX =
  'revoke it, remove it from the image and pass it at run time (orchestrator secret or env), or at build time with `RUN --mount=type=secret`'

/**
 * IG402–IG404: secrets in the environment, labels and history, with the Dockerfile rules' patterns.
 * Messages name the variable, label or history step and the kind of secret, never the value.
 */
export function secretViolations(config: ImageConfig): Violation[] {
  const { Env, Labels } = config.config
  const violations: Violation[] = []
  const reported = new Set<string>()
  for (const entry of Env) {
    const eq = entry.indexOf('=')
    const name = eq < 0 ? entry : entry.slice(0, eq)
    const kind = secretValueKind(name, eq < 0 ? '' : entry.slice(eq + 1).trim())
    if (!kind) continue
    reported.add(name)
    const message = `has ${kind} in ENV ${shownName(name)}; ${RUNTIME_FIX}`
    violations.push({ rule: 'IG402', message })
  }
  for (const [name, value] of Object.entries(Labels)) {
    const kind = secretValueKind(name, value.trim())
    if (!kind) continue
    reported.add(name)
    const message = `has ${kind} in label ${shownName(name)}; revoke it and remove the label from the build`
    violations.push({ rule: 'IG403', message })
  }
  config.history.forEach((entry, i) => {
    const violation = historyViolation(entry.created_by ?? '', i + 1, reported)
    if (violation) violations.push(violation)
  })
  return violations
}

/** A crafted history step can hold thousands of assignments; a message lists a few. */
const MAX_LISTED = 5

/** One finding per history step; assignments of a variable already reported from ENV or labels are left out. */
function historyViolation(text: string, step: number, reported: Set<string>): Violation | undefined {
  const { assignments, rest } = scanCommand(text)
  const parts = assignments.filter(a => !reported.has(a.name)).map(a => `${a.kind} in ${shownName(a.name)}`)
  const loose = credentialKind(rest)
  if (loose) parts.push(loose)
  if (parts.length === 0) return undefined
  const unique = [...new Set(parts)]
  const more = unique.length > MAX_LISTED ? ` and ${unique.length - MAX_LISTED} more` : ''
  const what = unique.slice(0, MAX_LISTED).join(', ') + more
  const message =
    `has ${what} in history step ${step} (${instructionOf(text)}); ` +
    'revoke it and pass it with `RUN --mount=type=secret,id=…` instead of a build argument or ENV'
  return { rule: 'IG404', message }
}

/** The Dockerfile instruction a history step came from (`/bin/sh -c #(nop) ENV …` is the classic builder's). */
function instructionOf(createdBy: string): string {
  const text = createdBy.replace(/^\/bin\/sh -c #\(nop\)\s*/, '').trimStart()
  const word = /^[A-Z]+/.exec(text)?.[0]
  if (word && DOCKERFILE_INSTRUCTIONS.has(word)) return word
  return createdBy.startsWith('/bin/sh -c') || /^\|\d+ /.test(createdBy) ? 'RUN' : 'a build step'
}
