import { parseCli } from '../../src/cli/args.js'
import { ConfigError } from '../../src/errors.js'

describe('CLI arguments', () => {
  it('parses check with repeated options', () => {
    expect(
      parseCli([
        'check',
        '--policy',
        'p.yml',
        '--dockerfile',
        'a',
        '--dockerfile',
        'b/**',
        '--image',
        'x:1',
        '--format',
        'json'
      ])
    ).toEqual({
      kind: 'check',
      policy: 'p.yml',
      dockerfiles: ['a', 'b/**'],
      images: ['x:1'],
      compareTo: { to: [], baseRef: undefined, baseRefRequired: true },
      reportJson: undefined,
      sarif: undefined,
      sarifMaxResults: undefined,
      format: 'json',
      workingDirectory: '.',
      scanners: {
        versions: { trivy: undefined, grype: undefined },
        mirror: undefined,
        useActionsCache: false
      },
      insecureRegistries: [],
      refreshTrustedRoot: false
    })
  })

  it('parses scanner versions and the mirror for check', () => {
    const command = parseCli([
      'check',
      '--image',
      'x:1',
      '--trivy-version',
      '0.71.0',
      '--grype-version',
      'v0.116.0',
      '--scanner-mirror',
      'https://mirror.example/releases'
    ])
    expect(command).toMatchObject({
      scanners: {
        versions: { trivy: '0.71.0', grype: 'v0.116.0' },
        mirror: 'https://mirror.example/releases',
        useActionsCache: false
      }
    })
  })

  it("parses --sarif-max-results as a number within GitHub's limit", () => {
    expect(parseCli(['check', '--sarif-max-results', '25000'])).toMatchObject({ sarifMaxResults: 25_000 })
    expect(parseCli(['check', '--sarif-max-results', ' 1 '])).toMatchObject({ sarifMaxResults: 1 })
  })

  it('parses the policy subcommands, help and version', () => {
    expect(parseCli(['policy', 'validate', 'p.yml'])).toEqual({ kind: 'policy-validate', file: 'p.yml' })
    expect(parseCli(['policy', 'schema'])).toEqual({ kind: 'policy-schema' })
    expect(parseCli([])).toEqual({ kind: 'help' })
    expect(parseCli(['--version'])).toEqual({ kind: 'version' })
  })

  it.each([
    [['scan'], /unknown command "scan"/],
    [['check', '--polcy', 'x'], /Unknown option '--polcy'/],
    [['check', '--format', 'xml'], /--format must be one of text, json, markdown \(got "xml"\)/],
    [['check', 'stray'], /positional/i],
    ...['0', '25001', '1e3', '2.5', '-1', 'many', ''].map((value): [string[], RegExp] => [
      ['check', `--sarif-max-results=${value}`],
      new RegExp(
        `--sarif-max-results must be a whole number from 1 to 25,000, the most results GitHub code scanning ` +
          `accepts per run \\(got "${value}"\\)`
      )
    ]),
    [['policy', 'validate'], /expected "policy validate FILE"/]
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(ConfigError)
    expect(() => parseCli(argv)).toThrow(message)
  })
})
