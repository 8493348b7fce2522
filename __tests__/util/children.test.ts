import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { makeTempDir, stopChildren } from '../../src/util/children.js'
import { runProcess } from '../../src/util/exec.js'
import { groupAlive, until } from '../helpers/process-group.js'

describe('stopChildren', () => {
  it('stops the process group of every running child and removes the temporary folders', async () => {
    const folder = await makeTempDir('imagegate-children-test-')
    const pidFile = path.join(folder, 'pid')
    // A child that ignores SIGTERM and starts a grandchild: only SIGKILL to the group ends both.
    const running = runProcess('sh', ['-c', `trap '' TERM; echo $$ > ${pidFile}; sleep 60 & wait`])
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '')
    const pgid = Number(readFileSync(pidFile, 'utf8'))
    expect(groupAlive(pgid)).toBe(true)

    await stopChildren(300)
    const result = await running
    expect(result.exitCode).toBeNull()
    expect(result.signal).toBe('SIGKILL')
    // The grandchild is reaped by init a moment after it dies.
    await until(() => !groupAlive(pgid), 3000)
    expect(groupAlive(pgid)).toBe(false)
    expect(existsSync(folder)).toBe(false)
  })
})
