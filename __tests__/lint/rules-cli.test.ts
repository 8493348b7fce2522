import { parseCli } from '../../src/cli/args.js'
import { runCliCaptured } from '../helpers/cli.js'
import { ConfigError } from '../../src/errors.js'

const run = (argv: string[]) => runCliCaptured(argv)

describe('imagegate rules', () => {
  it('parses --format', () => {
    expect(parseCli(['rules'])).toEqual({ kind: 'rules', format: 'text' })
    expect(parseCli(['rules', '--format', 'json'])).toEqual({ kind: 'rules', format: 'json' })
    expect(() => parseCli(['rules', '--format', 'sarif'])).toThrow(ConfigError)
    expect(() => parseCli(['rules', 'extra'])).toThrow(ConfigError)
  })

  it('lists every rule as JSON: id, severity, level, default state, title and README anchor', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json'])
    expect(code).toBe(0)
    const rules = JSON.parse(stdout) as Array<Record<string, unknown>>
    expect(rules.find(r => r.id === 'DL3007')).toEqual({
      id: 'DL3007',
      severity: 'medium',
      level: 'warning',
      enabledByDefault: true,
      title: 'Using latest is prone to errors if the image will ever update',
      docs: 'https://github.com/imagegate/imagegate#dl3007'
    })
    expect(rules.find(r => r.id === 'DL3057')).toMatchObject({ enabledByDefault: false })
    expect(rules.find(r => r.id === 'IG101')).toMatchObject({ severity: 'high', enabledByDefault: true })
    expect(rules.find(r => r.id === 'IG101')).not.toHaveProperty('level')
    const ids = rules.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(['IG001', 'DL1000', 'DL3006', 'IG200', 'IG207']))
  })

  it('prints one aligned line per rule as text', async () => {
    const { code, stdout } = await run(['rules'])
    expect(code).toBe(0)
    const line = stdout.split('\n').find(l => l.startsWith('DL3057'))
    expect(line).toMatch(
      /^DL3057 +info \(low\) +HEALTHCHECK instruction missing \[off by default\] +https:\/\/github\.com\/imagegate\/imagegate#dl3057$/
    )
  })

  it('the README documents every rule it lists, with its anchor', async () => {
    const { readFileSync } = await import('node:fs')
    const readme = readFileSync('README.md', 'utf8')
    const rules = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as Array<{ id: string }>
    for (const rule of rules) expect(readme).toContain(`<a id="${rule.id.toLowerCase()}"></a>`)
  })
})
