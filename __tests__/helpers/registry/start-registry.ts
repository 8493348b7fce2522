import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { freePort } from './ports.js'
import { startTokenServer, type TokenServer } from './token-server.js'

export type RegistryAuth = 'none' | 'basic' | 'token'

export interface RunningRegistry {
  /** `127.0.0.1:PORT`: use in image references and in `insecureRegistries`. */
  host: string
  auth: RegistryAuth
  /** The account that may push and pull (basic and token); SYNTHETIC credentials. */
  username: string
  password: string
  tokenServer?: TokenServer
  stop(): Promise<void>
}

export const TEST_USER = 'imagegate'
export const TEST_PASSWORD = 'synthetic-Passw0rd-for-tests'

const running = new Set<ChildProcess>()
process.on('exit', () => running.forEach(child => child.kill('SIGKILL')))

/**
 * Starts Debian's `docker-registry` (distribution 2.8) on 127.0.0.1 and a free port, storage in a temp
 * directory; with `basic`, htpasswd auth; with `token`, a local token realm. Resolves once `/v2/`
 * answers. Callers skip with describeWithRegistry() when the binary is absent.
 */
export async function startRegistry(
  options: { auth?: RegistryAuth; anonymousPull?: boolean } = {}
): Promise<RunningRegistry> {
  const auth = options.auth ?? 'none'
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-registry-'))
  const tokenServer =
    auth === 'token'
      ? await startTokenServer({
          dir,
          users: { [TEST_USER]: TEST_PASSWORD },
          anonymousPull: options.anonymousPull
        })
      : undefined
  if (auth === 'basic') {
    const line = execFileSync('htpasswd', ['-Bbn', TEST_USER, TEST_PASSWORD], { encoding: 'utf8' })
    writeFileSync(path.join(dir, 'htpasswd'), line.trim() + '\n')
  }
  let lastLog = ''
  for (let attempt = 0; attempt < 3; attempt++) {
    const host = `127.0.0.1:${await freePort()}`
    writeFileSync(path.join(dir, 'config.yml'), registryConfig(dir, host, auth, tokenServer))
    const logFile = path.join(dir, 'registry.log')
    const log = openSync(logFile, 'w')
    const child = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], {
      stdio: ['ignore', log, log]
    })
    running.add(child)
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
    if (await answers(host, exited)) {
      const stop = async () => {
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise(r => setTimeout(r, 3000).unref())])
        running.delete(child)
        await tokenServer?.stop()
        rmSync(dir, { recursive: true, force: true })
      }
      return { host, auth, username: TEST_USER, password: TEST_PASSWORD, tokenServer, stop }
    }
    child.kill('SIGKILL')
    running.delete(child)
    lastLog = readFileSync(logFile, 'utf8').slice(-2000)
  }
  await tokenServer?.stop()
  throw new Error(`docker-registry did not start:\n${lastLog}`)
}

/** Polls `/v2/` until it answers (200 or 401) or the process exits (a port taken in the meantime). */
async function answers(host: string, exited: Promise<void>): Promise<boolean> {
  let dead = false
  void exited.then(() => (dead = true))
  const deadline = Date.now() + 15_000
  while (!dead && Date.now() < deadline) {
    try {
      const response = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) })
      await response.body?.cancel()
      if (response.status === 200 || response.status === 401) return true
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return false
}

function registryConfig(dir: string, host: string, auth: RegistryAuth, token?: TokenServer): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    '  secret: synthetic-test-secret'
  ]
  if (auth === 'basic') {
    lines.push('auth:', '  htpasswd:', '    realm: imagegate-test', `    path: ${path.join(dir, 'htpasswd')}`)
  }
  if (auth === 'token' && token) {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${token.realm}`,
      `    service: ${token.service}`,
      `    issuer: ${token.issuer}`,
      `    rootcertbundle: ${token.certFile}`
    )
  }
  return lines.join('\n') + '\n'
}
