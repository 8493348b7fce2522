// 10,000 Dockerfiles under `ulimit -n 256`: the runner's open-file limit must never read as a policy
// failure (IG200) or stop the run (EMFILE). Runs the built CLI in a shell that lowers the limit first.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'

const COUNT = 10_000
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
const node = nodeBinaries().at(-1)!.path
// Synthetic Dockerfiles: pinned and with a USER, so each is clean apart from the two planted below.
const CLEAN = `FROM alpine:3.20@sha256:${'a'.repeat(64)}\nUSER app\nRUN echo ready\n`

interface Finding {
  rule: string
  location?: { file: string }
}

describe(`${COUNT.toLocaleString('en')} Dockerfiles under ulimit -n 256`, () => {
  let work: string
  let status: number | null
  let stderr: string
  let report: { verdict: string; findings: Finding[]; checks: Array<{ id: string; status: string }> }

  beforeAll(() => {
    // In memory where Linux offers it: writing 10,000 files to a busy disk alone can take 15 s.
    const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
    work = mkdtempSync(path.join(base, 'imagegate-many-'))
    for (let i = 0; i < COUNT; i++) {
      const folder = path.join(work, `team${Math.floor(i / 100)}`, `app${i}`)
      mkdirSync(folder, { recursive: true })
      let text = CLEAN
      if (i === 4321) text += 'RUN apk add curl\n' // DL3018: unpinned apk package, a warning
      if (i === 9876) text += 'RUN echo $HOME\n' // SC2086: unquoted variable, from ShellCheck
      writeFileSync(path.join(folder, 'Dockerfile'), text)
    }
    const args = [cli, 'check', '--dockerfile', '**/Dockerfile', '--format', 'json']
    const quoted = [node, ...args].map(a => `'${a}'`).join(' ')
    const child = spawnSync('bash', ['-c', `ulimit -n 256 && exec ${quoted}`], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
      maxBuffer: 256 * 1024 * 1024
    })
    status = child.status
    stderr = child.stderr
    report = JSON.parse(child.stdout || '{}')
  }, 120_000)
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('lints every file and reaches the verdict the findings call for, with no open-file error', () => {
    expect(stderr).not.toMatch(/EMFILE|ENFILE|too many open files/i)
    expect(status).toBe(0)
    expect(report.verdict).toBe('warn')
    expect(report.findings.filter(f => f.rule === 'IG200')).toEqual([])
    expect(report.checks.find(c => c.id === 'lint')?.status).toBe('passed')
    expect(report.checks.find(c => c.id === 'pinning')?.status).toBe('passed')
    const dl3018 = report.findings.filter(f => f.rule === 'DL3018')
    expect(dl3018.map(f => f.location?.file)).toEqual(['team43/app4321/Dockerfile'])
  })

  // ShellCheck writes one temporary script per distinct RUN, a few at a time (util/concurrency.ts).
  it('keeps ShellCheck findings too', () => {
    const sc = report.findings.filter(f => f.rule === 'SC2086')
    expect(sc.map(f => f.location?.file)).toEqual(['team98/app9876/Dockerfile'])
  })
})
