import { parseTrivyIgnoreYaml } from '../../../src/scanners/ignore/trivyignore-yaml.js'
import { problemsOf } from '../../policy/helpers.js'

const FILE = '.trivyignore.yaml'
const parse = (text: string) => parseTrivyIgnoreYaml(text, FILE)

describe('parseTrivyIgnoreYaml', () => {
  it('turns vulnerability entries into rules with paths, purls, statement and expiry', () => {
    const text = [
      'vulnerabilities:',
      '  - id: CVE-2022-40897',
      '    paths: ["usr/lib/python3/setuptools/METADATA"]',
      '    statement: Accept the risk',
      '  - id: CVE-2023-3817',
      '    purls: ["pkg:deb/debian/libssl1.1"]',
      '    expired_at: 2027-09-01',
      ''
    ].join('\n')
    expect(parse(text)).toEqual({
      rules: [
        {
          source: { file: FILE, line: 2 },
          format: 'trivyignore-yaml',
          kind: 'vulnerability',
          id: 'CVE-2022-40897',
          includeAliases: false,
          paths: ['usr/lib/python3/setuptools/METADATA'],
          reason: 'Accept the risk'
        },
        {
          source: { file: FILE, line: 5 },
          format: 'trivyignore-yaml',
          kind: 'vulnerability',
          id: 'CVE-2023-3817',
          includeAliases: false,
          purls: ['pkg:deb/debian/libssl1.1'],
          expires: '2027-09-01'
        }
      ],
      notes: []
    })
  })

  it('keeps secret entries as secret rules and drops their purls with a note, as Trivy ignores them', () => {
    const { rules, notes } = parse(
      'secrets:\n  - id: aws-access-key-id\n    paths: ["app/.env"]\n    purls: ["pkg:npm/x"]\n'
    )
    expect(rules).toEqual([
      expect.objectContaining({ kind: 'secret', id: 'aws-access-key-id', paths: ['app/.env'] })
    ])
    expect(rules[0].purls).toBeUndefined()
    expect(notes).toEqual(['.trivyignore.yaml:2: `purls` has no effect on a secret entry (as in Trivy)'])
  })

  it('checks misconfiguration and licence entries but makes no rules of them, and says so', () => {
    const { rules, notes } = parse(
      'misconfigurations:\n  - id: AVD-DS-0002\nlicenses:\n  - id: GPL-3.0\n  - id: MIT\n'
    )
    expect(rules).toEqual([])
    expect(notes).toEqual([
      '.trivyignore.yaml: the 1 misconfigurations entries are not used; imagegate does not gate Trivy misconfigurations',
      '.trivyignore.yaml: the 2 licenses entries are not used; imagegate does not gate Trivy licenses'
    ])
  })

  it('normalizes a timestamp expiry to UTC', () => {
    const { rules } = parse('vulnerabilities:\n  - id: CVE-1\n    expired_at: 2027-01-31T10:00:00+02:00\n')
    expect(rules[0].expires).toBe('2027-01-31T08:00:00.000Z')
  })

  it('reads an empty file and empty lists as no rules', () => {
    expect(parse('')).toEqual({ rules: [], notes: [] })
    expect(parse('vulnerabilities:\nsecrets: []\n')).toEqual({ rules: [], notes: [] })
  })

  it('names every mistake at its line and field, with a suggestion for misspelt keys', () => {
    const text = [
      'vulnerabilites:', // 1: misspelt section
      '  - id: CVE-1',
      'vulnerabilities:',
      '  - id: CVE-2',
      '    path: ["a"]', // 5: misspelt key
      '  - paths: ["b"]', // 6: no id
      '  - id: CVE-3',
      '    expired_at: 2027-13-01', // 8: no such month
      '    purls: ["npm/lodash"]', // 9: not a purl
      '  - id: 2024', // 10: a number
      'secrets: aws' // 11: not a list
    ].join('\n')
    expect(problemsOf(() => parse(text))).toEqual([
      '.trivyignore.yaml:1:1: vulnerabilites: unknown key; did you mean `vulnerabilities`?',
      '.trivyignore.yaml:5:5: vulnerabilities[0].path: unknown key; did you mean `paths`?',
      '.trivyignore.yaml:6:5: vulnerabilities[1]: missing required key `id` (the vulnerability or secret rule id to ignore)',
      '.trivyignore.yaml:8:17: vulnerabilities[2].expired_at: must be a real date written YYYY-MM-DD, e.g. 2027-01-31, or a timestamp with a zone, e.g. 2027-01-31T12:00:00Z (got "2027-13-01")',
      '.trivyignore.yaml:9:13: vulnerabilities[2].purls[0]: not a package URL (it must start with `pkg:`): "npm/lodash"',
      ".trivyignore.yaml:10:9: vulnerabilities[3].id: must be a non-empty string (got 2024); quote it ('2024') so it stays text",
      '.trivyignore.yaml:11:10: secrets: must be a list (got "aws")'
    ])
  })

  it('reports broken YAML at js-yaml position', () => {
    expect(problemsOf(() => parse('vulnerabilities:\n  - id: [CVE-1\n'))).toEqual([
      expect.stringMatching(/^\.trivyignore\.yaml:3:1: invalid YAML: /)
    ])
  })
})
