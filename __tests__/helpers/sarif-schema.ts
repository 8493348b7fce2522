// Validates a SARIF log against the official SARIF 2.1.0 schema (shipped with @microsoft/jest-sarif).
import { readFileSync } from 'node:fs'
import AjvDraft04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'

// Both packages are CommonJS; under NodeNext their default import is `module.exports`, which has `.default`.
const AjvDraft04 = AjvDraft04Module.default
const addFormats = addFormatsModule.default
const schemaUrl = new URL(
  '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  import.meta.url
)
// The official schema's `language` pattern is not valid with the `u` flag, hence unicodeRegExp: false.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validate = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')))

/** Schema errors as `path message`; empty for a valid log. */
export function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`)
}
