// The committed bundles (CLI and action) against stub trivy/grype executables on PATH that replay
// SYNTHETIC reports (__tests__/fixtures/e2e-scan), crash, hang or print garbage.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'
import { STUB_SCANNER_CHILD_ENV } from '../helpers/stub-scanner-env.js'

const stubs = path.join(repoRoot, '__tests__', 'fixtures', 'stub-scanners')
const reports = path.join(repoRoot, '__tests__', 'fixtures', 'e2e-scan')
const IMAGE = 'ghcr.io/acme/app:1.4.2'

interface Finding {
  check: string
  rule: string
  severity: string
  blocking: boolean
  message: string
  foundBy?: string[]
  installedVersion?: string
  fixedVersion?: string
  vulnerability?: { aliases: string[]; severityBySource: Record<string, string>; kind: string }
}

function scannerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(path.join(tmpdir(), 'imagegate-home-'))
  return {
    PATH: `${stubs}${path.delimiter}${process.env.PATH}`,
    HOME: home,
    XDG_CACHE_HOME: path.join(home, '.cache'),
    NO_COLOR: '1',
    ...STUB_SCANNER_CHILD_ENV,
    IMAGEGATE_STUB_TRIVY_REPORT: path.join(reports, 'trivy.json'),
    IMAGEGATE_STUB_GRYPE_REPORT: path.join(reports, 'grype.json'),
    ...extra
  }
}

function writePolicy(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-policy-'))
  const file = path.join(dir, 'policy.yml')
  writeFileSync(file, text)
  return file
}

const defaultPolicy = path.join(repoRoot, 'policies', 'default.yml')

describe.each(nodeBinaries())('scanners through dist/cli/index.js under $label', ({ path: node }) => {
  const cli = (args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(node, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd: repoRoot,
      env,
      encoding: 'utf8'
    })
  const check = (env: NodeJS.ProcessEnv, policy = defaultPolicy) =>
    cli(['check', '--policy', policy, '--image', IMAGE, '--format', 'json'], env)

  it('runs both scanners and reports one merged list, gating on the higher severity', () => {
    const child = check(scannerEnv())
    expect(child.status).toBe(1)
    const report = JSON.parse(child.stdout) as { findings: Finding[]; imageSummaries: unknown[] }
    const vulns = report.findings.filter(f => f.check === 'vulnerabilities')
    expect(vulns.map(f => f.rule).sort()).toEqual([
      'CVE-2022-9999',
      'CVE-2023-1111',
      'CVE-2024-0001',
      'CVE-2024-2222',
      'github-pat'
    ])
    const openssl = vulns.find(f => f.rule === 'CVE-2024-0001')
    expect(openssl).toMatchObject({
      severity: 'critical',
      blocking: true,
      foundBy: ['grype', 'trivy'],
      installedVersion: '3.0.1-r0',
      fixedVersion: '3.0.13-r0',
      vulnerability: { severityBySource: { trivy: 'critical', grype: 'high' } }
    })
    // Trivy's CVE and Grype's GHSA for lodash are one finding.
    const lodash = vulns.find(f => f.rule === 'CVE-2024-2222')
    expect(lodash?.foundBy).toEqual(['grype', 'trivy'])
    expect(lodash?.vulnerability?.aliases.map(a => a.toUpperCase())).toContain('GHSA-AAAA-BBBB-CCCC')
    expect(vulns.find(f => f.rule === 'github-pat')).toMatchObject({ blocking: true, severity: 'critical' })
    expect(report.imageSummaries).toEqual([
      {
        image: IMAGE,
        counts: { critical: 2, high: 1, medium: 1, low: 1, info: 0 },
        blockingCount: 2,
        suppressedCount: 0
      }
    ])
    // The secret's value never reaches the report, and library chatter stays off stdout.
    expect(child.stdout).not.toContain('GITHUB_TOKEN=')
    expect(child.stdout).not.toMatch(/::debug::/)
  })

  it('fails closed (exit 2) when a scanner crashes, quoting its stderr and keeping the other’s findings', () => {
    const child = check(scannerEnv({ IMAGEGATE_STUB_GRYPE_MODE: 'crash' }))
    expect(child.status).toBe(2)
    const report = JSON.parse(child.stdout) as {
      verdict: string
      checks: Array<{ id: string; status: string; detail?: string }>
      findings: Finding[]
    }
    expect(report.verdict).toBe('fail')
    const scan = report.checks.find(c => c.id === 'vulnerabilities')
    expect(scan?.status).toBe('error')
    expect(scan?.detail).toContain('grype on ghcr.io/acme/app:1.4.2 exited with 1')
    expect(scan?.detail).toContain('401 Unauthorized')
    expect(report.findings.some(f => f.rule === 'CVE-2023-1111')).toBe(true)
  })

  it('fails closed when a scanner prints something that is not a report', () => {
    const child = check(scannerEnv({ IMAGEGATE_STUB_TRIVY_MODE: 'garbage' }))
    expect(child.status).toBe(2)
    expect(child.stdout).toContain('trivy report for ghcr.io/acme/app:1.4.2')
  })

  it('honours an ignore file for both scanners when the policy enables it', () => {
    const workdir = mkdtempSync(path.join(tmpdir(), 'imagegate-ignore-'))
    writeFileSync(path.join(workdir, '.trivyignore'), '# vendor patch applied\nCVE-2024-0001\n')
    const policy = writePolicy('version: 1\nvulnerabilities:\n  ignoreFiles: true\n')
    const child = cli(
      ['check', '--working-directory', workdir, '--policy', policy, '--image', IMAGE, '--format', 'json'],
      scannerEnv()
    )
    const report = JSON.parse(child.stdout) as {
      findings: Array<Finding & { suppressedBy?: { id: string } }>
    }
    const openssl = report.findings.find(f => f.rule === 'CVE-2024-0001')
    expect(openssl?.blocking).toBe(false)
    expect(openssl?.suppressedBy?.id).toMatch(/^\.trivyignore:2/)
  })
})

describe('a hung scanner', () => {
  it('is stopped at vulnerabilities.timeoutSeconds and the gate fails closed', () => {
    const node = nodeBinaries().at(-1)!.path
    const policy = writePolicy('version: 1\nvulnerabilities:\n  timeoutSeconds: 10\n')
    const started = Date.now()
    const child = spawnSync(
      node,
      [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'check', '--policy', policy, '--image', IMAGE],
      { env: scannerEnv({ IMAGEGATE_STUB_TRIVY_MODE: 'hang' }), encoding: 'utf8' }
    )
    expect(child.status).toBe(2)
    expect(child.stdout).toContain('trivy on ghcr.io/acme/app:1.4.2 did not finish within 10 s')
    expect(Date.now() - started).toBeLessThan(25_000)
  })
})

describe.each(nodeBinaries())('scanners through dist/index.js under $label', ({ path: node }) => {
  function runAction(extra: Record<string, string> = {}) {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'imagegate-runner-'))
    const outputFile = path.join(runnerTemp, 'output.txt')
    const summaryFile = path.join(runnerTemp, 'summary.md')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    const env = scannerEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repoRoot,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      INPUT_IMAGES: IMAGE,
      'INPUT_CACHE-DB': 'false',
      'INPUT_WORKING-DIRECTORY': '.',
      ...extra
    })
    const child = spawnSync(node, [path.join(repoRoot, 'dist', 'index.js')], { env, encoding: 'utf8' })
    return { child, outputFile, summaryFile }
  }

  it('fails closed with exit 2 when a scanner crashes, and says why in the log and the summary', () => {
    const { child, outputFile, summaryFile } = runAction({ IMAGEGATE_STUB_TRIVY_MODE: 'crash' })
    expect(child.status).toBe(2)
    expect(readFileSync(outputFile, 'utf8')).toMatch(/^verdict<<.*\nfail\n/m)
    expect(child.stdout).toMatch(
      /^::error::imagegate verdict: fail: Vulnerability scan could not run: trivy on /m
    )
    expect(readFileSync(summaryFile, 'utf8')).toContain('unable to find the specified image')
  })

  it('sets outputs, writes the per-image table to the summary and the merged findings to the report', () => {
    const { child, outputFile, summaryFile } = runAction()
    expect(child.status).toBe(1)
    const outputs = readFileSync(outputFile, 'utf8')
    expect(outputs).toMatch(/^verdict<<.*\nfail\n/m)
    expect(outputs).toMatch(/^critical<<.*\n2\n/m)
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('### Vulnerabilities by image')
    expect(summary).toContain('| `ghcr.io/acme/app:1.4.2` | 2 | 1 | 1 | 1 | 0 | 2 | 0 |')
    // The advisory title carries markup; it never reaches the summary as HTML.
    expect(summary).not.toContain('<script>')
    expect(child.stdout).toMatch(/::group::Vulnerability scan/)
  })
})
