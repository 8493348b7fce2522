import { readFileSync } from 'node:fs'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import schemaJson from '../../schemas/report.schema.json' with { type: 'json' }
import { errorMessage } from '../errors.js'
import type { JsonReport } from './json-report.js'

/** What reading a JSON report gave: the report, or every problem with it, each naming file and path. */
export type ReadReportResult =
  { ok: true; file: string; report: JsonReport } | { ok: false; file: string; errors: string[] }

// Reports can be large; the file size check keeps a stray multi-gigabyte file from exhausting memory.
const MAX_REPORT_BYTES = 512 * 1024 * 1024
const MAX_ERRORS = 20

let validator: ValidateFunction | undefined

/** Compiled on first use: only aggregation and comparison read reports back, most runs never do. */
function validate(value: unknown): readonly ErrorObject[] {
  if (!validator) {
    // ajv-formats is CommonJS; under NodeNext its default import is `module.exports`, which has `.default`.
    const addFormats = addFormatsModule.default
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    addFormats(ajv)
    validator = ajv.compile(schemaJson)
  }
  return validator(value) ? [] : (validator.errors ?? [])
}

/** Reads and validates a JSON report written by imagegate against schemas/report.schema.json. */
export function readJsonReport(file: string, read: (file: string) => string = readText): ReadReportResult {
  let text: string
  try {
    text = read(file)
  } catch (error) {
    return { ok: false, file, errors: [`${file}: cannot read the report: ${errorMessage(error)}`] }
  }
  return parseJsonReport(text, file)
}

/** Validates report text; `file` only names where it came from in the messages. */
export function parseJsonReport(text: string, file: string): ReadReportResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, file, errors: [`${file}: not JSON: ${errorMessage(error)}`] }
  }
  const errors = validate(value)
  if (errors.length === 0) return { ok: true, file, report: value as JsonReport }
  const messages = errors.slice(0, MAX_ERRORS).map(e => `${file}: ${jsonPath(e)}: ${describe(e)}`)
  if (errors.length > MAX_ERRORS) messages.push(`${file}: and ${errors.length - MAX_ERRORS} more problems`)
  return { ok: false, file, errors: messages }
}

function readText(file: string): string {
  const text = readFileSync(file)
  if (text.length > MAX_REPORT_BYTES) throw new Error(`larger than ${MAX_REPORT_BYTES} bytes`)
  return text.toString('utf8')
}

/** `$.findings[3].severity` from ajv's JSON pointer `/findings/3/severity`. */
function jsonPath(error: ErrorObject): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  return (
    '$' +
    parts
      .map(p =>
        /^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`
      )
      .join('')
  )
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') return `unknown field "${String(params.additionalProperty)}"`
  if (error.keyword === 'required') return `missing field "${String(params.missingProperty)}"`
  if (error.keyword === 'enum')
    return `${error.message} (${(params.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')})`
  return error.message ?? error.keyword
}
