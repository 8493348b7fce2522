import type { Problem } from '../problems.js'
import { show, sortByPosition } from '../problems.js'
import { POLICY_SCHEMA } from '../schema.js'
import { defaultAt } from './fields.js'
import { describeOrigin, lockOn, positionOf, type Layered, type Origin } from './layers.js'
import { sourceLabel } from './source.js'
import { strictnessRule } from './strictness.js'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `upper` applied on top of `lower` (its base): each field `upper` sets replaces the base's, when it is at
 * least as strict, or when no document below locks it. Locks and exception caps accumulate, so a lock
 * holds for every document above the one that wrote it. Exceptions above a base need an expiry within
 * the base's cap, and none at all where `exceptions` is locked. Every violation is a problem naming
 * both places; the caller reports them all at once.
 */
export function overlay(
  lower: Layered,
  upper: Layered,
  now: Date
): { layered: Layered; problems: Problem[] } {
  const problems: Problem[] = []
  const fields = new Map(lower.fields)
  const loosened = [...lower.loosened, ...upper.loosened]
  for (const [path, field] of upper.fields) {
    const base = lower.fields.get(path)
    const baseValue = base ? base.value : defaultAt(POLICY_SCHEMA, path)
    if (!strictnessRule(path).atLeastAsStrict(field.value, baseValue)) {
      const lock = lockOn(lower.locks, path)
      if (lock) {
        const was = base
          ? `${show(baseValue)} set at ${describeOrigin(base.origin)}`
          : describeDefault(baseValue)
        problems.push({
          message:
            `${show(field.value)} is looser than ${was}, and ${describeOrigin(lock.origin)} locks ` +
            `\`${lock.path}\`; only a stricter value may be set here (stricter: ${strictnessRule(path).tighter})`,
          position: positionOf(field.origin, path)
        })
        continue
      }
      loosened.push({ path, origin: field.origin })
    }
    fields.set(path, field)
  }
  for (const entry of upper.exceptions) problems.push(...exceptionProblems(lower, entry, now))
  const locks = new Map(lower.locks)
  for (const [path, origin] of upper.locks) if (!locks.has(path)) locks.set(path, origin)
  const caps = [lower.maxExceptionDays, upper.maxExceptionDays].filter(c => c !== undefined)
  return {
    layered: {
      fields,
      locks,
      maxExceptionDays: caps.sort((a, b) => a.days - b.days)[0],
      exceptions: [...lower.exceptions, ...upper.exceptions],
      documents: [...lower.documents, ...upper.documents],
      loosened
    },
    problems: sortByPosition(problems)
  }
}

function describeDefault(value: unknown): string {
  return value === undefined ? 'leaving it unset (the default)' : `${show(value)} (the default)`
}

function exceptionProblems(
  lower: Layered,
  { exception, origin }: { exception: { id: string; expires?: string }; origin: Origin },
  now: Date
): Problem[] {
  const field = `exceptions (${exception.id})`
  const lock = lockOn(lower.locks, 'exceptions')
  if (lock) {
    const message = `${describeOrigin(lock.origin)} locks \`${lock.path}\`, so a policy extending ${sourceLabel(lock.origin.source)} cannot add exceptions; ask its owners to add this one there`
    return [{ message, position: positionOf(origin, field) }]
  }
  const cap = lower.maxExceptionDays
  if (exception.expires === undefined) {
    const limit = cap
      ? `, at most ${cap.days} days ahead (maxExceptionDays at ${describeOrigin(cap.origin)})`
      : ''
    const message = `an exception in a policy that extends a base needs \`expires: YYYY-MM-DD\`${limit}`
    return [{ message, position: positionOf(origin, field) }]
  }
  if (cap) {
    const latest = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + cap.days * DAY_MS
    )
    const latestDay = latest.toISOString().slice(0, 10)
    if (exception.expires > latestDay) {
      const message = `expires ${exception.expires}, later than ${latestDay}: ${describeOrigin(cap.origin)} caps exceptions at ${cap.days} days (maxExceptionDays)`
      return [{ message, position: positionOf(origin, field) }]
    }
  }
  return []
}
