import { execFileSync } from 'node:child_process'
import { createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { sendJson, startHttpServer, type TestServer } from './http-server.js'

export interface TokenServer {
  /** The realm URL the registry sends clients to. */
  realm: string
  host: string
  service: string
  issuer: string
  /** PEM bundle the registry trusts (`auth.token.rootcertbundle`). */
  certFile: string
  /** Token requests received (scope strings and whether credentials came), for assertions. */
  issued: Array<{ user?: string; scopes: string[] }>
  stop(): Promise<void>
}

/**
 * A bearer-token realm (distribution's token auth spec) for the test registry: checks Basic
 * credentials against `users`, grants what each scope asks for, and signs an ES256 JWT whose `x5c`
 * header carries a self-signed certificate the registry trusts. SYNTHETIC keys, made per run by openssl.
 */
export async function startTokenServer(options: {
  dir: string
  users: Record<string, string>
  service?: string
  /** Grant `pull` to requests without credentials (public repositories); default false. */
  anonymousPull?: boolean
}): Promise<TokenServer> {
  const service = options.service ?? 'imagegate-test-registry'
  const issuer = 'imagegate-test-token-issuer'
  const keyFile = path.join(options.dir, 'token.key')
  const certFile = path.join(options.dir, 'token.crt')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=imagegate test token signer'
    ],
    { stdio: 'ignore' }
  )
  const key = createPrivateKey(readFileSync(keyFile))
  const x5c = new X509Certificate(readFileSync(certFile)).raw.toString('base64')
  const issued: TokenServer['issued'] = []

  const server: TestServer = await startHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token')
    const user = basicUser(req.headers.authorization, options.users)
    if (user === null || (user === undefined && !options.anonymousPull)) {
      return sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] })
    }
    const scopes = url.searchParams.getAll('scope')
    issued.push({ user, scopes })
    const access = scopes.flatMap(scope => {
      const [type, name, actions] = splitScope(scope)
      if (!type || !name) return []
      const granted = (actions ?? '').split(',').filter(a => user !== undefined || a === 'pull')
      return [{ type, name, actions: granted }]
    })
    const now = Math.floor(Date.now() / 1000)
    const claims = {
      iss: issuer,
      sub: user ?? '',
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access
    }
    const token = jwt({ typ: 'JWT', alg: 'ES256', x5c: [x5c] }, claims, key)
    sendJson(res, 200, { token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() })
  })
  return {
    realm: `${server.url}/token`,
    host: server.host,
    service,
    issuer,
    certFile,
    issued,
    stop: server.stop
  }
}

function jwt(header: object, claims: object, key: ReturnType<typeof createPrivateKey>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${encode(header)}.${encode(claims)}`
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
  return `${input}.${signature.toString('base64url')}`
}

/** `repository:name:pull,push`; names may contain `:` only in a port, which scopes do not carry. */
function splitScope(scope: string): [string?, string?, string?] {
  const first = scope.indexOf(':')
  const last = scope.lastIndexOf(':')
  if (first === -1 || last === first) return []
  return [scope.slice(0, first), scope.slice(first + 1, last), scope.slice(last + 1)]
}

/** The user for valid Basic credentials, undefined when none were sent, null when they are wrong. */
function basicUser(header: string | undefined, users: Record<string, string>): string | undefined | null {
  if (!header) return undefined
  if (!header.startsWith('Basic ')) return null
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const user = decoded.slice(0, colon)
  return colon > 0 && users[user] === decoded.slice(colon + 1) ? user : null
}
