import { renderPolicyReference } from '../../src/policy/docs.js'
import { POLICY_SCHEMA, type JsonSchema } from '../../src/policy/schema.js'

describe('renderPolicyReference', () => {
  const reference = renderPolicyReference(POLICY_SCHEMA)

  it('has a row for vulnerabilities.failOn with its default and allowed values', () => {
    expect(reference).toContain(
      '| `vulnerabilities.failOn` | string | `critical` | `critical`, `high`, `medium`, `low`, `info`, `none` | Lowest vulnerability severity'
    )
  })

  it('documents every key of the schema: top-level sections as headings, the rest as rows', () => {
    const rows: string[] = []
    const walk = (prefix: string, schema: JsonSchema) => {
      const container = schema.items?.properties ? schema.items : schema
      const base = container === schema ? prefix : `${prefix}[]`
      for (const [key, child] of Object.entries(container.properties ?? {})) {
        const name = base ? `${base}.${key}` : key
        const section = Boolean(child.properties ?? child.items?.properties)
        if (!(section && !prefix)) rows.push(name)
        walk(name, child)
      }
    }
    walk('', POLICY_SCHEMA)
    expect(rows.length).toBeGreaterThan(15)
    for (const row of rows) expect(reference).toContain(`\n| \`${row}\` |`)
    for (const section of ['dockerfile', 'vulnerabilities', 'images', 'signatures', 'exceptions', 'report']) {
      expect(reference).toContain(`\n### \`${section}\`\n`)
    }
  })

  it('marks required keys, shows defaults as YAML and escapes pipes', () => {
    expect(reference).toContain('| `version` | integer | required | `1` |')
    expect(reference).toContain('| `exceptions[].reason` | string | required |')
    expect(reference).toContain(
      '| `vulnerabilities.scanners` | list of string | `[trivy, grype]` | `trivy`, `grype` |'
    )
    expect(reference).toContain('keys matching `^(DL\\|SC\\|IG)[0-9]+$`')
  })

  it('renders a small schema exactly', () => {
    const schema: JsonSchema = {
      description: 'A policy.',
      properties: {
        version: { type: 'integer', const: 1, description: 'Format\nversion.' },
        report: {
          type: 'object',
          description: 'Reporting.',
          properties: {
            comment: { type: 'string', enum: ['always', 'never'], default: 'always', description: 'When.' }
          }
        }
      },
      required: ['version']
    }
    expect(renderPolicyReference(schema)).toBe(
      [
        'A policy.',
        '',
        '### Top level',
        '',
        '| Key | Type | Default | Allowed values | Description |',
        '| --- | --- | --- | --- | --- |',
        '| `version` | integer | required | `1` | Format version. |',
        '',
        '### `report`',
        '',
        'Reporting.',
        '',
        '| Key | Type | Default | Allowed values | Description |',
        '| --- | --- | --- | --- | --- |',
        '| `report.comment` | string | `always` | `always`, `never` | When. |',
        ''
      ].join('\n')
    )
  })
})
