import { parseGrypeConfig } from '../../../src/scanners/ignore/grype-yaml.js'
import { problemsOf } from '../../policy/helpers.js'

const FILE = '.grype.yaml'
const parse = (text: string) => parseGrypeConfig(text, FILE)

describe('parseGrypeConfig', () => {
  it('turns ignore rules into rules, reading only `ignore` from the rest of the config', () => {
    const text = [
      'check-for-app-update: false',
      'fail-on-severity: high',
      'ignore:',
      '  - vulnerability: CVE-2021-42385',
      '    include-aliases: true',
      '    reason: not reachable',
      '    fix-state: not-fixed',
      '    expires: 2027-01-31',
      '    package:',
      '      name: busybox',
      "      version: '1.36.1'",
      '      type: apk',
      '      location: /bin/**',
      '  - package: { type: gem }',
      ''
    ].join('\n')
    expect(parse(text)).toEqual({
      rules: [
        {
          source: { file: FILE, line: 4 },
          format: 'grype',
          kind: 'vulnerability',
          id: 'CVE-2021-42385',
          includeAliases: true,
          reason: 'not reachable',
          fixState: 'not-fixed',
          expires: '2027-01-31',
          package: { name: 'busybox', version: '1.36.1', type: 'apk', location: '/bin/**' }
        },
        {
          source: { file: FILE, line: 14 },
          format: 'grype',
          kind: 'vulnerability',
          includeAliases: false,
          package: { type: 'gem' }
        }
      ],
      notes: []
    })
  })

  it('accepts Trivy’s `expired_at` spelling for the expiry, but not both spellings at once', () => {
    expect(parse('ignore:\n  - vulnerability: CVE-1\n    expired_at: 2027-01-31\n').rules[0].expires).toBe(
      '2027-01-31'
    )
    expect(
      problemsOf(() =>
        parse('ignore:\n  - vulnerability: CVE-1\n    expires: 2027-01-31\n    expired_at: 2027-01-31\n')
      )
    ).toEqual([
      '.grype.yaml:4:5: ignore[0].expired_at: give the date once, as `expires` (not both `expires` and `expired_at`)'
    ])
  })

  it('marks rules using keys it cannot check as unsupported, and notes that they ignore nothing', () => {
    const text = [
      'ignore:',
      '  - vulnerability: CVE-1',
      '    namespace: nvd',
      '    match-type: exact-direct-match',
      '    package: { name: libcurl, upstream-name: curl }',
      '  - vex-status: not_affected',
      '    vex-justification: vulnerable_code_not_present',
      '  - reason: only a reason'
    ].join('\n')
    const { rules, notes } = parse(text)
    expect(rules.map(r => r.unsupported)).toEqual([
      ['namespace', 'match-type', 'package.upstream-name'],
      ['vex-status', 'vex-justification'],
      undefined
    ])
    expect(notes).toEqual([
      '.grype.yaml:2 (CVE-1; package name libcurl): imagegate cannot check namespace, match-type, package.upstream-name on merged findings, so this rule ignores nothing',
      '.grype.yaml:6: VEX rules apply to VEX documents, which imagegate does not read; this rule ignores nothing',
      '.grype.yaml:8: the rule sets no condition, so it ignores nothing (as in Grype)'
    ])
  })

  it('notes that profiles are not applied', () => {
    const { rules, notes } = parse(
      'ignore:\n  - vulnerability: a\nprofiles:\n  alt:\n    ignore: [{vulnerability: b}]\n'
    )
    expect(rules.map(r => r.id)).toEqual(['a'])
    expect(notes).toEqual([
      '.grype.yaml: `profiles` are not applied; imagegate reads only the top-level `ignore` list'
    ])
  })

  it('reads a config without `ignore`, or an empty one, as no rules', () => {
    expect(parse('output: table\n')).toEqual({ rules: [], notes: [] })
    expect(parse('ignore:\n')).toEqual({ rules: [], notes: [] })
    expect(parse('')).toEqual({ rules: [], notes: [] })
  })

  it('names every mistake at its line and field', () => {
    const text = [
      'ignore:',
      '  - vulnerabilty: CVE-1', // 2: misspelt, would leave a package-wide rule
      '    package: { nme: openssl }', // 3: misspelt package key
      '  - vulnerability: CVE-2',
      '    fix-state: not_fixed', // 5: not a Grype fix state
      '    include-aliases: "yes"', // 6: not a boolean
      '  - package: { version: 1.5 }', // 7: a float, would lose its text
      '  - CVE-3' // 8: not a mapping
    ].join('\n')
    expect(problemsOf(() => parse(text))).toEqual([
      '.grype.yaml:2:5: ignore[0].vulnerabilty: unknown key; did you mean `vulnerability`?',
      '.grype.yaml:3:16: ignore[0].package.nme: unknown key; did you mean `name`?',
      '.grype.yaml:5:16: ignore[1].fix-state: must be one of fixed, not-fixed, wont-fix, unknown (got "not_fixed")',
      '.grype.yaml:6:22: ignore[1].include-aliases: must be true or false (got "yes")',
      ".grype.yaml:7:25: ignore[2].package.version: must be a non-empty string (got 1.5); quote it ('1.5') so it stays text",
      '.grype.yaml:8:5: ignore[3]: must be a mapping of rule fields, e.g. `vulnerability: CVE-2024-1234` (got "CVE-3")'
    ])
  })

  it('refuses a file that is not a mapping', () => {
    expect(problemsOf(() => parse('- vulnerability: CVE-1\n'))).toEqual([
      '.grype.yaml:1:1: must be a Grype configuration mapping (got a list)'
    ])
  })
})
