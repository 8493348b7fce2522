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

  it('gives the program the allow-listed environment: no token, no action inputs, no runner tokens', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      'INPUT_GITHUB-TOKEN': 'ghs_input_secret',
      GITHUB_TOKEN: 'ghs_env_secret',
      ACTIONS_RUNTIME_TOKEN: 'runtime_secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc_secret',
      SOME_UNRELATED: 'dropped',
      TRIVY_DB_REPOSITORY: 'mirror.example/trivy-db',
      HTTPS_PROXY: 'http://proxy.example:3128'
    })
    try {
      const result = await runProcess('sh', ['-c', 'env'], { env: { GRYPE_DB_CACHE_DIR: '/cache' } })
      const names = result.stdout.split('\n').map(line => line.split('=')[0])
      for (const name of [
        'INPUT_GITHUB-TOKEN',
        'GITHUB_TOKEN',
        'ACTIONS_RUNTIME_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'SOME_UNRELATED'
      ])
        expect(names).not.toContain(name)
      expect(result.stdout).not.toMatch(/secret/)
      expect(names).toEqual(
        expect.arrayContaining(['PATH', 'TRIVY_DB_REPOSITORY', 'HTTPS_PROXY', 'GRYPE_DB_CACHE_DIR'])
      )
    } finally {
      process.env = saved
    }
  })

  it('cuts stderr to its last 4 KB and masks secrets in it', async () => {
    const result = await runProcess('sh', [
      '-c',
      'head -c 1000000 /dev/zero | tr "\\0" y >&2; echo >&2; echo "auth failed for ghp_0123456789abcdefghijABCDEFGHIJ" >&2; exit 1'
    ])
    const tail = result.stderrTail.join('\n')
    expect(tail.length).toBeLessThanOrEqual(4096)
    expect(tail).not.toContain('ghp_0123456789')
    expect(tail).toContain('auth failed for ***')
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
