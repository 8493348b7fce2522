import { mkdtemp, rm } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/**
 * Everything imagegate leaves behind while it runs: the process groups of running children (each child
 * is started detached, in its own group) and temporary folders. When imagegate is stopped (SIGTERM from
 * a cancelled job, Ctrl-C), children are stopped and folders removed before it exits, so no ShellCheck
 * or scanner keeps running (or growing) after it.
 */
const groups = new Set<number>()
const folders = new Set<string>()

export function trackProcessGroup(pid: number): () => void {
  groups.add(pid)
  return () => groups.delete(pid)
}

/** A new temporary folder, removed on exit by a signal if the caller did not remove it first. */
export async function makeTempDir(prefix: string, parent = os.tmpdir()): Promise<string> {
  const folder = await mkdtemp(path.join(parent, prefix))
  folders.add(folder)
  return folder
}

export async function removeTempDir(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true })
  folders.delete(folder)
}

/** Exit code after a stop signal: a run that did not finish is a runtime error (see the README). */
export const STOPPED_EXIT_CODE = 2
const KILL_GRACE_MS = 2000
const POLL_MS = 50

function signalGroups(signal: NodeJS.Signals): void {
  for (const pid of groups) {
    try {
      process.kill(process.platform === 'win32' ? pid : -pid, signal)
    } catch {
      groups.delete(pid) // already gone
    }
  }
}

function groupsAlive(): boolean {
  for (const pid of groups) {
    try {
      process.kill(process.platform === 'win32' ? pid : -pid, 0)
    } catch {
      groups.delete(pid)
    }
  }
  return groups.size > 0
}

/**
 * Stops every child (SIGTERM to its group, SIGKILL after a 2 s grace) and removes the temporary
 * folders, children first so none writes into a removed folder. Resolves when done.
 */
export async function stopChildren(graceMs = KILL_GRACE_MS): Promise<void> {
  signalGroups('SIGTERM')
  const deadline = Date.now() + graceMs
  while (groupsAlive() && Date.now() < deadline) await new Promise(r => setTimeout(r, POLL_MS))
  signalGroups('SIGKILL')
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  folders.clear()
}

/**
 * On SIGTERM or SIGINT: say so, stop children, remove folders, exit with STOPPED_EXIT_CODE. A second
 * signal while stopping kills the children at once.
 */
export function exitWithChildrenOnSignals(say: (message: string) => void): void {
  let stopping = false
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      signalGroups('SIGKILL')
      return
    }
    stopping = true
    say(
      `imagegate was stopped by ${signal}; stopping the programs it started and removing its temporary folders`
    )
    void stopChildren().finally(() => process.exit(STOPPED_EXIT_CODE))
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
