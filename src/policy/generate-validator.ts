// Dev-time only: nothing on the action's or CLI's import graph may import this module (it pulls in
// ajv's compiler and prettier).
import { _, Ajv } from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { format, resolveConfig } from 'prettier'
import { isCalendarDate } from './date.js'
import { POLICY_SCHEMA } from './schema.js'

export const GENERATED_VALIDATOR_PATH = 'src/policy/validator.generated.ts'

const HEADER = `/* eslint-disable */
// @ts-nocheck
// GENERATED from policies/schema.json by src/policy/generate-validator.ts; do not edit.
// Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/policy/generated
// Precompiled so a run pays no ajv compile (~60 ms) at startup.
import { isCalendarDate } from './date.js'
`

/**
 * The policy validator as ajv standalone code: the same checks `new Ajv({ allErrors, verbose })`
 * would compile at runtime, formatted like the rest of the repository.
 */
export async function renderValidatorModule(): Promise<string> {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    code: { source: true, esm: true, formats: _`{ date: isCalendarDate }` }
  })
  ajv.addFormat('date', isCalendarDate)
  // The CJS module's default export is the function itself; `.default` is the same function.
  const code = standaloneCode
    .default(ajv, ajv.compile(validationOnly(POLICY_SCHEMA) as object))
    .replace(/^"use strict";/, '')
  if (/\brequire\(/.test(code)) {
    throw new Error('the policy schema needs an ajv runtime helper (require); avoid minLength and the like')
  }
  const options = await resolveConfig(GENERATED_VALIDATOR_PATH)
  return format(HEADER + code, { ...options, parser: 'typescript' })
}

/** The schema without annotations, so rewording a description needs no regeneration. */
function validationOnly(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(validationOnly)
  if (schema === null || typeof schema !== 'object') return schema
  const kept = Object.entries(schema).filter(([key]) => !ANNOTATIONS.has(key))
  return Object.fromEntries(kept.map(([key, value]) => [key, validationOnly(value)]))
}

const ANNOTATIONS = new Set(['title', 'description', 'default'])
