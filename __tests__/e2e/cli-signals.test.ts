// The CLI bundle stopped while ShellCheck runs (a cancelled job, Ctrl-C): the programs it started die
// with it, its temporary folders go, and it exits 2. ShellCheck is a SYNTHETIC stand-in that sleeps.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'
import { groupAlive, until } from '../helpers/process-group.js'
import { stubShellcheck } from '../helpers/stub-shellcheck.js'

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')

describe.each(nodeBinaries())('dist/cli/index.js under $label', ({ path: node }) => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s stops ShellCheck’s process group, removes its temporary folder and exits 2',
    async signal => {
      const stub = stubShellcheck()
      const work = mkdtempSync(path.join(tmpdir(), 'imagegate-signal-'))
      const temp = mkdtempSync(path.join(tmpdir(), 'imagegate-signal-tmp-'))
      writeFileSync(path.join(work, 'Dockerfile'), 'FROM debian:12\nUSER 10001\nRUN echo HANG_ME\n')
      const child = spawn(node, [cli, 'check', '--dockerfile', 'Dockerfile'], {
        cwd: work,
        env: { PATH: `${stub.dir}${path.delimiter}${process.env.PATH}`, TMPDIR: temp, NO_COLOR: '1' }
      })
      let stderr = ''
      child.stderr.on('data', chunk => (stderr += String(chunk)))
      const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))

      const pidFile = path.join(stub.dir, 'sleeping.pid')
      await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '')
      const pgid = Number(readFileSync(pidFile, 'utf8'))
      expect(groupAlive(pgid)).toBe(true)
      expect(readdirSync(temp).some(name => name.startsWith('imagegate-shellcheck-'))).toBe(true)

      child.kill(signal)
      expect(await exited).toBe(2)
      expect(stderr).toContain(`imagegate was stopped by ${signal}`)
      await until(() => !groupAlive(pgid), 3000)
      // Node 24 keeps its compile cache there too; imagegate's own folders must be gone.
      expect(readdirSync(temp).filter(name => name.startsWith('imagegate-'))).toEqual([])
    },
    30_000
  )
})
