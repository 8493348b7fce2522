// The CLI pipeline in-process, against SYNTHETIC stub trivy/grype on PATH (__tests__/fixtures/stub-scanners)
// behind wrappers that record every call, the version probe and database steps included.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { stubBin } from '../helpers/stub-bin.js'
import { STUB_SCANNER_CHILD_ENV } from '../helpers/stub-scanner-env.js'
import { REPO_ROOT } from '../policy/helpers.js'

const IMAGE = 'ghcr.io/acme/app:1.4.2'
const stubs = path.join(REPO_ROOT, '__tests__', 'fixtures', 'stub-scanners')
const reports = path.join(REPO_ROOT, '__tests__', 'fixtures', 'e2e-scan')

function recordingScanners(calls: string): string {
  const wrap = (name: string) => `echo "${name} $*" >> "${calls}"\nexec "${path.join(stubs, name)}" "$@"`
  return stubBin({ trivy: wrap('trivy'), grype: wrap('grype') })
}

describe('imagegate check: prepare before scanning, progress as it happens', () => {
  const saved = { ...process.env }
  let root: string
  let calls: string

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'imagegate-prepare-'))
    calls = path.join(root, 'calls.log')
    writeFileSync(calls, '')
    Object.assign(process.env, {
      PATH: `${recordingScanners(calls)}${path.delimiter}${saved.PATH}`,
      HOME: root,
      XDG_CACHE_HOME: path.join(root, '.cache'),
      ...STUB_SCANNER_CHILD_ENV,
      IMAGEGATE_STUB_TRIVY_REPORT: path.join(reports, 'trivy.json'),
      IMAGEGATE_STUB_GRYPE_REPORT: path.join(reports, 'grype.json')
    })
  })
  afterEach(() => {
    process.env = { ...saved }
  })

  const run = async (policy: string) => {
    writeFileSync(path.join(root, 'policy.yml'), policy)
    writeFileSync(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\n')
    const stderr: Array<{ at: number; line: string }> = []
    const code = await runCli(
      ['check', '--policy', 'policy.yml', '--image', IMAGE, '--dockerfile', 'Dockerfile', '--format', 'json'],
      {
        cwd: root,
        stdout: () => undefined,
        stderr: text => stderr.push({ at: Date.now(), line: text.trimEnd() }),
        color: false
      }
    )
    return { code, stderr }
  }

  it('a broken .hadolint.yaml exits 2 before any scanner is started', async () => {
    writeFileSync(path.join(root, '.hadolint.yaml'), 'ignored: DL3008\n') // SYNTHETIC: not a list
    const { code, stderr } = await run(
      'version: 1\ndockerfile:\n  hadolintConfig: true\nvulnerabilities:\n  scanners: [trivy, grype]\n'
    )
    expect(code).toBe(2)
    expect(stderr.map(s => s.line).join('\n')).toContain(
      '.hadolint.yaml:1:1: ignored: must be a list of strings'
    )
    expect(readFileSync(calls, 'utf8')).toBe('')
  })

  it('prints "scan started" while a 3 s scan is still running', async () => {
    process.env.IMAGEGATE_STUB_SLEEP = '3'
    const { code, stderr } = await run('version: 1\nvulnerabilities:\n  scanners: [trivy]\n')
    expect(code).toBe(1)
    const started = stderr.find(s => s.line === `trivy scan of ${IMAGE} started`)
    const finished = stderr.find(s => s.line.startsWith(`trivy scan of ${IMAGE} finished in `))
    expect(started).toBeDefined()
    expect(finished?.line).toMatch(/finished in [3-9]\.\d s$/)
    expect(finished!.at - started!.at).toBeGreaterThanOrEqual(2900)
    expect(stderr.map(s => s.line)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^trivy: install finished in /)])
    )
    expect(readFileSync(calls, 'utf8')).toMatch(/trivy image /)
  }, 30_000)
})
