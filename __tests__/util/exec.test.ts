import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runProcess } from '../../src/util/exec.js'

describe('runProcess', () => {
  it('keeps only the last 20 stderr lines and reports the exit code', async () => {
    const result = await runProcess('sh', [
      '-c',
      'for i in $(seq 1 100); do echo "line $i" >&2; done; exit 4'
    ])
    expect(result.exitCode).toBe(4)
    expect(result.stderrTail).toHaveLength(20)
    expect(result.stderrTail[19]).toBe('line 100')
    expect(result.timedOut).toBe(false)
  })

  it('stops the whole process group on timeout, children included', async () => {
    const result = await runProcess('sh', ['-c', 'sleep 30 & sleep 30; echo never'], { timeoutMs: 300 })
    expect(result).toMatchObject({ timedOut: true, exitCode: null, stdout: '' })
    expect(result.durationMs).toBeLessThan(10_000)
  })

  it('never passes action inputs (the GitHub token among them) to the program', async () => {
    const env = { ...process.env, 'INPUT_GITHUB-TOKEN': 'ghs_secret', KEEP_ME: 'yes' }
    const result = await runProcess('sh', ['-c', 'env'], { env })
    expect(result.stdout).toContain('KEEP_ME=yes')
    expect(result.stdout).not.toContain('ghs_secret')
  })

  it('writes stdout straight into stdoutFile, all of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-exec-'))
    try {
      const file = path.join(dir, 'out.json')
      // 2 MB: far more than one pipe buffer.
      const result = await runProcess('sh', ['-c', 'head -c 2000000 /dev/zero | tr "\\0" x; echo done >&2'], {
        stdoutFile: file
      })
      expect(result).toMatchObject({ exitCode: 0, stdout: '', stderrTail: ['done'] })
      const written = readFileSync(file, 'utf8')
      expect(written).toHaveLength(2_000_000)
      expect(written).toMatch(/^x+$/)
      const unwritable = await runProcess('sh', ['-c', 'echo hi'], {
        stdoutFile: path.join(dir, 'no', 'such')
      })
      expect(unwritable.exitCode).toBeNull()
      expect(unwritable.spawnError).toMatch(/^cannot write its output: ENOENT/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reports a program that cannot start instead of throwing', async () => {
    const result = await runProcess('/nonexistent/program', [])
    expect(result.exitCode).toBeNull()
    expect(result.spawnError).toMatch(/ENOENT/)
  })
})
