import { parseTrivyIgnore } from '../../../src/scanners/ignore/trivyignore.js'
import { problemsOf } from '../../policy/helpers.js'

describe('parseTrivyIgnore', () => {
  it('reads one id per line, skipping comments and blank lines, with the line each is on', () => {
    const rules = parseTrivyIgnore('# header\n\nCVE-2024-1\n  GHSA-aaaa-bbbb-cccc  \n', '.trivyignore')
    expect(rules).toEqual([
      {
        source: { file: '.trivyignore', line: 3 },
        format: 'trivyignore',
        kind: 'any',
        id: 'CVE-2024-1',
        includeAliases: false
      },
      {
        source: { file: '.trivyignore', line: 4 },
        format: 'trivyignore',
        kind: 'any',
        id: 'GHSA-aaaa-bbbb-cccc',
        includeAliases: false
      }
    ])
  })

  it('takes exp:YYYY-MM-DD as the expiry and ignores other key:value tokens, as Trivy does', () => {
    const [rule] = parseTrivyIgnore('CVE-2019-0006 exp:2027-01-31 key2:value2\n', '.trivyignore')
    expect(rule.id).toBe('CVE-2019-0006')
    expect(rule.expires).toBe('2027-01-31')
  })

  it('uses the comment block just above a group of lines, or an inline comment, as the reason', () => {
    const text = '# Accept the risk\nCVE-1\nCVE-2\n\n# old\n\nCVE-3\nCVE-4 # not reachable\n'
    const reasons = parseTrivyIgnore(text, '.trivyignore').map(r => [r.id, r.reason])
    expect(reasons).toEqual([
      ['CVE-1', 'Accept the risk'],
      ['CVE-2', 'Accept the risk'],
      ['CVE-3', undefined],
      ['CVE-4', 'not reachable']
    ])
  })

  it('starts a new reason when a comment follows a rule line directly', () => {
    const rules = parseTrivyIgnore('# first\nCVE-1\n# second\nCVE-2\n', '.trivyignore')
    expect(rules.map(r => r.reason)).toEqual(['first', 'second'])
  })

  it('reads CRLF files and a last line without a newline', () => {
    expect(parseTrivyIgnore('CVE-1\r\nCVE-2 exp:2027-01-01', 'x').map(r => [r.id, r.expires])).toEqual([
      ['CVE-1', undefined],
      ['CVE-2', '2027-01-01']
    ])
  })

  it('rejects an unreadable exp date at its line and column, where Trivy would silently drop the line', () => {
    expect(problemsOf(() => parseTrivyIgnore('CVE-1\nCVE-2  exp:2027-02-30\n', '.trivyignore'))).toEqual([
      '.trivyignore:2:8: exp: must be a real date written exp:YYYY-MM-DD, e.g. exp:2027-01-31 (got "exp:2027-02-30")'
    ])
  })

  it('rejects expiry tokens Trivy would not read, so a line never silently stays forever', () => {
    const problems = problemsOf(() =>
      parseTrivyIgnore('CVE-1 expires:2027-01-01\nCVE-2 EXP:2027-01-01\n', '.trivyignore')
    )
    expect(problems).toEqual([
      '.trivyignore:1:7: exp: write the expiry as exp:YYYY-MM-DD (got "expires:2027-01-01")',
      '.trivyignore:2:7: exp: write the expiry as exp:YYYY-MM-DD (got "EXP:2027-01-01")'
    ])
  })
})
