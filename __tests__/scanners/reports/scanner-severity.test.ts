import { FieldReader } from '../../../src/scanners/reports/json-reader.js'
import { readSeverity } from '../../../src/scanners/reports/scanner-severity.js'

const read = (value: unknown) => readSeverity(new FieldReader('report'), { Severity: value }, 'Severity', 'x')

describe('readSeverity', () => {
  it.each([
    ['CRITICAL', 'critical'],
    ['High', 'high'],
    ['high', 'high'],
    [' MEDIUM ', 'medium'],
    ['Moderate', 'medium'],
    ['LOW', 'low'],
    ['Negligible', 'info'],
    ['UNKNOWN', 'info'],
    ['', 'info'],
    [undefined, 'info'],
    ['hIgH', 'high']
  ])('reads %j as %s', (written, severity) => {
    expect(read(written)).toBe(severity)
  })

  it.each(['SEVERE', 'constructor', '__proto__', 'toString'])('rejects %j, naming the field', word => {
    expect(() => read(word)).toThrow(`report: x.Severity: unknown severity ${JSON.stringify(word)}`)
  })
})
