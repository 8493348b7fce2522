// The committed CLI bundle, run as a user would, under each Node runtime found.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
const examples = path.join(repoRoot, 'examples')

describe.each(nodeBinaries())('dist/cli/index.js under $label', ({ path: node }) => {
  const run = (args: string[], cwd = examples) =>
    spawnSync(node, [cli, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } })

  // The shipped example, failing: a lint finding on line 11 and an unpinned image.
  const failingExample = [
    'check',
    '--policy',
    'imagegate.yml',
    '--dockerfile',
    'Dockerfile',
    '--image',
    'alpine:latest'
  ]

  it('fails the shipped example with exit 1 and a readable text report', () => {
    const child = run(failingExample)
    expect(child.status).toBe(1)
    expect(child.stdout).toMatch(/fail/i)
    expect(child.stdout).toMatch(/Dockerfile:11:6\s+HIGH\s+IG101/)
    expect(child.stdout).not.toContain('\u001b[') // no colour when not a terminal
  })

  it('prints the JSON report and writes the report files', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'imagegate-cli-'))
    const child = run(
      [
        'check',
        '--working-directory',
        examples,
        '--policy',
        'imagegate.yml',
        '--image',
        'docker.io/library/alpine:3.20@sha256:' + 'c'.repeat(64),
        '--format',
        'json',
        '--report-json',
        path.join(out, 'r.json'),
        '--sarif',
        path.join(out, 'r.sarif')
      ],
      out
    )
    expect(child.status).toBe(0)
    const printed = JSON.parse(child.stdout)
    expect(printed.verdict).toBe('pass')
    expect(JSON.parse(readFileSync(path.join(out, 'r.json'), 'utf8')).verdict).toBe('pass')
    expect(JSON.parse(readFileSync(path.join(out, 'r.sarif'), 'utf8')).version).toBe('2.1.0')
  })

  it('keeps the SARIF log to --sarif-max-results and notes on stderr what it left out', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'imagegate-cli-'))
    const sarifFile = path.join(out, 'r.sarif')
    const child = run([...failingExample, '--sarif', sarifFile, '--sarif-max-results', '1'])
    expect(child.status).toBe(1)
    const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results
    expect(results).toHaveLength(1)
    expect(results[0].level).toBe('error')
    expect(child.stderr).toMatch(
      /^note: The SARIF log has the 1 most severe of \d+ findings, blocking ones first/m
    )
    // Without a SARIF file there is nothing to note.
    expect(run([...failingExample, '--sarif-max-results', '1']).stderr).not.toContain('SARIF')
  })

  it('validates policies: exit 0 for a good one, exit 2 with FILE:LINE:COL for a bad one', () => {
    expect(run(['policy', 'validate', 'imagegate.yml']).status).toBe(0)
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-cli-'))
    writeFileSync(path.join(dir, 'p.yml'), 'version: 1\nimages:\n  tagz: {}\n')
    const child = run(['policy', 'validate', 'p.yml'], dir)
    expect(child.status).toBe(2)
    expect(child.stderr).toMatch(/^error: p\.yml:3:3: images\.tagz: .*did you mean .*tags/m)
    expect(child.stderr).not.toMatch(/\n\s+at /)
  })

  it('prints the policy schema', () => {
    const child = run(['policy', 'schema'])
    expect(child.status).toBe(0)
    expect(JSON.parse(child.stdout).properties.vulnerabilities).toBeDefined()
  })

  it('exits 2 on a bad image reference, naming it', () => {
    const child = run(['check', '--policy', 'imagegate.yml', '--image', 'Alpine:3'])
    expect(child.status).toBe(2)
    expect(child.stderr).toMatch(/Alpine:3/)
  })

  it('exits 2 on unknown options', () => {
    expect(run(['check', '--imag', 'x']).status).toBe(2)
  })

  it('prints the usage of a subcommand for --help and exits 0', () => {
    const check = run(['check', '--help'])
    expect(check.status).toBe(0)
    expect(check.stdout).toMatch(/^Usage:\n {2}imagegate check /)
    expect(check.stderr).toBe('')
    const validate = run(['policy', 'validate', '-h'])
    expect(validate.status).toBe(0)
    expect(validate.stdout).toContain('imagegate policy validate FILE')
    expect(run(['rules', '--help']).status).toBe(0)
  })

  describe('paths a pull request can plant', () => {
    // Synthetic: a copy of the example, with a file outside it that must stay untouched and unread.
    function workspace(): { dir: string; outside: string } {
      const parent = mkdtempSync(path.join(tmpdir(), 'imagegate-cli-links-'))
      const dir = path.join(parent, 'repo')
      cpSync(examples, dir, { recursive: true })
      const outside = path.join(parent, 'outside.txt')
      writeFileSync(outside, 'hunter2 is the password\n')
      return { dir, outside }
    }

    it('refuses a report path that is a link to a file outside, with exit 2 and the target untouched', () => {
      const { dir, outside } = workspace()
      symlinkSync(outside, path.join(dir, 'out.json'))
      const child = run([...failingExample, '--report-json', 'out.json'], dir)
      expect(child.status).toBe(2)
      expect(child.stderr).toMatch(/^error: report-json: cannot write .*out\.json: it is a symbolic link/m)
      expect(child.stderr).toMatch(/^hint: /m)
      expect(readFileSync(outside, 'utf8')).toBe('hunter2 is the password\n')
    })

    it('refuses --report-json naming the Dockerfile it lints, with exit 2 and the file untouched', () => {
      const { dir } = workspace()
      const before = readFileSync(path.join(dir, 'Dockerfile'), 'utf8')
      const child = run([...failingExample, '--report-json', 'Dockerfile'], dir)
      expect(child.status).toBe(2)
      expect(child.stderr).toMatch(/report-json: cannot write .*Dockerfile: it is an input of this run/)
      expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(before)
      // The policy file is an input too.
      expect(run([...failingExample, '--sarif', './imagegate.yml'], dir).status).toBe(2)
    })

    it('skips a glob match that links out of the working directory, with a warning', () => {
      const { dir, outside } = workspace()
      symlinkSync(outside, path.join(dir, 'Dockerfile.leak'))
      const child = run(
        ['check', '--policy', 'imagegate.yml', '--dockerfile', 'Dockerfile*', '--format', 'json'],
        dir
      )
      expect(child.stderr).toMatch(
        /^warning: dockerfiles: skipped Dockerfile\.leak: it links to a file outside /m
      )
      const report = JSON.parse(child.stdout)
      expect(report.dockerfiles).toEqual(['Dockerfile'])
      expect(report.findings.some((f: { rule: string }) => f.rule === 'DL1000')).toBe(false)
      expect(child.stdout).not.toContain('hunter2')
    })
  })
})
