// `imagegate check --compare-to` in-process, against the SYNTHETIC stub trivy/grype on PATH, which replay
// different reports for the image and for its base image (__tests__/helpers/base-reports.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runCliCaptured } from '../helpers/cli.js'
import { STUB_SCANNERS, stubScannerEnv } from '../helpers/base-reports.js'
import { stubBin } from '../helpers/stub-bin.js'

const IMAGE = 'ghcr.io/acme/app:1.4.2'
const BASE = 'ghcr.io/acme/app:main'

interface ReportFinding {
  rule: string
  blocking: boolean
  comparison?: string
  image?: string
  installedVersion?: string
}
interface Report {
  verdict: string
  reasons: string[]
  checks: Array<{ id: string; status: string; detail?: string }>
  findings: ReportFinding[]
  fixed?: ReportFinding[]
  imageSummaries: Array<{ image: string; base?: Record<string, unknown> }>
}

describe('imagegate check --compare-to', () => {
  const saved = { ...process.env }
  let root: string
  let calls: string

  const setup = (options: { withLodash?: boolean; baseMode?: string; base?: string } = {}) => {
    root = mkdtempSync(path.join(tmpdir(), 'imagegate-compare-'))
    calls = path.join(root, 'calls.log')
    writeFileSync(calls, '')
    const wrap = (name: string) =>
      `echo "${name} $*" >> "${calls}"\nexec "${path.join(STUB_SCANNERS, name)}" "$@"`
    Object.assign(process.env, {
      PATH: `${stubBin({ trivy: wrap('trivy'), grype: wrap('grype') })}${path.delimiter}${saved.PATH}`,
      ...stubScannerEnv(options.base ?? BASE, options.withLodash ?? false, root),
      ...(options.baseMode ? { IMAGEGATE_STUB_BASE_MODE: options.baseMode } : {})
    })
  }
  afterEach(() => {
    process.env = { ...saved }
  })

  const check = async (policy: string, extra: string[] = ['--compare-to', BASE], format = 'json') => {
    writeFileSync(path.join(root, 'policy.yml'), `# SYNTHETIC\nversion: 1\n${policy}`)
    const args = ['check', '--policy', 'policy.yml', '--image', IMAGE, ...extra, '--format', format]
    return runCliCaptured(args, root)
  }
  const json = (stdout: string) => JSON.parse(stdout) as Report

  it('classes findings new, unchanged and fixed from both scanners, with one database preparation', async () => {
    setup()
    const { code, stdout } = await check('')
    expect(code).toBe(1) // the default policy fails on openssl's critical, new or not
    const report = json(stdout)
    const classes = Object.fromEntries(report.findings.map(f => [f.rule, f.comparison]))
    expect(classes).toEqual({
      'CVE-2024-0001': 'unchanged', // openssl, at another version in the base
      'CVE-2023-1111': 'unchanged',
      'CVE-2022-9999': 'unchanged',
      'github-pat': 'unchanged',
      'CVE-2024-2222': 'new' // lodash, absent from the base
    })
    expect(report.fixed).toEqual([
      expect.objectContaining({ rule: 'CVE-2021-5555', comparison: 'fixed', image: IMAGE, blocking: false })
    ])
    expect(report.imageSummaries[0]?.base).toEqual({
      image: BASE,
      scanned: true,
      counts: { critical: 2, high: 0, medium: 2, low: 1, info: 0 },
      newCount: 1,
      unchangedCount: 4,
      fixedCount: 1
    })
    const log = readFileSync(calls, 'utf8')
    expect(log.match(/--download-db-only/g)).toHaveLength(1)
    expect(log.match(/^grype db update/gm)).toHaveLength(1)
    expect(log.match(new RegExp(`^(trivy|grype) .*${BASE.replace(/[.:]/g, '\\$&')}`, 'gm'))).toHaveLength(2)
  })

  it('gateOn: new passes with only unchanged highs; gateOn: all fails on the same scan', async () => {
    const policy = (gateOn: string) =>
      `vulnerabilities:\n  failOn: high\n  gateOn: ${gateOn}\n  secretsFailOn: none\n`
    setup({ withLodash: true })
    const lenient = await check(policy('new'))
    expect(lenient.code).toBe(0)
    const report = json(lenient.stdout)
    expect(report.verdict).toBe('warn')
    expect(report.reasons).toContain('2 findings already in the base image, not blocking (gateOn: new)')
    expect(report.findings.every(f => !f.blocking)).toBe(true)

    const strict = await check(policy('all'))
    expect(strict.code).toBe(1)
    expect(
      json(strict.stdout)
        .findings.filter(f => f.blocking)
        .map(f => f.rule)
        .sort()
    ).toEqual(['CVE-2024-0001', 'CVE-2024-2222'])
  })

  it('gateOn: new fails when the image brings in a new high, and only that one blocks', async () => {
    setup()
    const { code, stdout } = await check(
      'vulnerabilities:\n  failOn: high\n  gateOn: new\n  secretsFailOn: none\n'
    )
    expect(code).toBe(1)
    expect(
      json(stdout)
        .findings.filter(f => f.blocking)
        .map(f => [f.rule, f.comparison])
    ).toEqual([['CVE-2024-2222', 'new']])
  })

  it('a base that cannot be scanned exits 2 under gateOn: new', async () => {
    setup({ baseMode: 'crash' })
    const { code, stdout } = await check('vulnerabilities:\n  gateOn: new\n')
    expect(code).toBe(2)
    const scan = json(stdout).checks.find(c => c.id === 'vulnerabilities')
    expect(scan?.status).toBe('error')
    expect(scan?.detail).toContain(`base image ${BASE} could not be scanned`)
    expect(scan?.detail).toContain('set gateOn: all')
  })

  it('a base that cannot be scanned is a warning under gateOn: all, and the tables say so', async () => {
    setup({ baseMode: 'crash' })
    const policy = 'vulnerabilities:\n  failOn: none\n  secretsFailOn: none\n'
    const { code, stdout } = await check(policy)
    expect(code).toBe(0)
    const report = json(stdout)
    expect(report.verdict).toBe('warn')
    expect(
      report.reasons.some(r => r.startsWith(`Vulnerability scan: base image ${BASE} could not be scanned`))
    ).toBe(true)
    expect(report.imageSummaries[0]?.base).toMatchObject({ image: BASE, scanned: false })
    expect(report.findings.every(f => f.comparison === undefined)).toBe(true)

    const markdown = await check(policy, ['--compare-to', BASE], 'markdown')
    expect(markdown.stdout).toContain('⚠️ base not scanned')
    expect(markdown.stdout).toContain('was not scanned, so nothing was compared')
  })

  it('fills {base_ref} from --base-ref, and without it stops before scanning (exit 2)', async () => {
    setup({ base: 'ghcr.io/acme/app:release-1.2' })
    const missing = await check('', ['--compare-to', '{repository}:{base_ref}'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(
      'compare-to uses {base_ref}, and this run has no base branch: pass --base-ref BRANCH'
    )
    expect(readFileSync(calls, 'utf8')).toBe('')

    const filled = await check('', ['--compare-to', '{repository}:{base_ref}', '--base-ref', 'release/1.2'])
    expect(filled.code).toBe(1)
    expect(json(filled.stdout).imageSummaries[0]?.base).toMatchObject({
      image: 'ghcr.io/acme/app:release-1.2',
      scanned: true,
      newCount: 1
    })
  })

  it('refuses a base reference a scanner would read as a flag, before scanning (exit 2)', async () => {
    setup()
    const { code, stderr } = await check('', ['--compare-to=--config=/etc/passwd'])
    expect(code).toBe(2)
    expect(stderr).toContain('error: compare-to: invalid image reference "--config=/etc/passwd"')
    expect(readFileSync(calls, 'utf8')).toBe('')
  })

  it('shows deltas and the fixed findings in markdown and text', async () => {
    setup()
    const markdown = await check('', ['--compare-to', BASE], 'markdown')
    // Against the base: lodash's high is new (+1), expat's medium is fixed (−1), the rest unchanged.
    expect(markdown.stdout).toContain(`| 2 | 1 (+1) | 1 (−1) | 1 | 0 | 2 | 0 | 1 new · 1 fixed |`)
    expect(markdown.stdout).toContain('<details><summary>Fixed by this PR (1)</summary>')
    expect(markdown.stdout).toContain('CVE-2021-5555')
    expect(markdown.stdout).toContain('🆕 new')
    const text = await check('', ['--compare-to', BASE], 'text')
    expect(text.stdout).toContain(`${IMAGE} vs ${BASE}: 1 new, 1 fixed, 4 unchanged`)
  })
})
