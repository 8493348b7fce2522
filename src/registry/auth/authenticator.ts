import { discardBody, Limits, readCapped } from '../body.js'
import { RegistryError } from '../errors.js'
import { exchange, type HttpOptions, registryBaseUrl, type RequestContext, statusError } from '../http.js'
import { parseJsonObject } from '../manifest.js'
import { type Challenge, parseChallenges, usableChallenge } from './challenge.js'
import { basicValue, type CredentialLookup } from './lookup.js'

interface Token {
  value: string
  expiresAt: number
}

/** Tokens are reused until shortly before they expire (distribution's default lifetime is 60 s). */
const EXPIRY_MARGIN_MS = 5_000
const DEFAULT_TOKEN_SECONDS = 60

/**
 * Answers a registry's authentication: one `/v2/` probe per host learns its challenge, then each
 * repository scope gets a bearer token (fetched once, shared by concurrent requests, cached until it
 * expires) or Basic credentials. So a manifest request is sent once, already authorized.
 */
export class Authenticator {
  private readonly challenges = new Map<string, Promise<Challenge | undefined>>()
  private readonly tokens = new Map<string, Promise<Token>>()

  constructor(
    private readonly http: HttpOptions,
    private readonly credentials: CredentialLookup
  ) {}

  /** The Authorization header for a repository on a registry, or undefined for anonymous access. */
  async authorization(
    registry: string,
    repository: string,
    context: RequestContext
  ): Promise<string | undefined> {
    const challenge = await this.challengeFor(registry, context)
    return challenge ? this.answer(registry, repository, challenge, context) : undefined
  }

  /** After a 401 despite our header: forget the token and answer the challenge the registry just sent. */
  async retryAuthorization(
    registry: string,
    repository: string,
    header: string | null,
    context: RequestContext
  ): Promise<string | undefined> {
    const challenge = usableChallenge(parseChallenges(header ?? ''))
    if (!challenge) return undefined
    // The host's challenge is kept without the scope: that one is for this repository only.
    const { scope, ...hostParams } = challenge.params
    this.challenges.set(registry, Promise.resolve({ scheme: challenge.scheme, params: hostParams }))
    const wanted = scope?.startsWith(`repository:${repository}:`) ? scope : pullScope(repository)
    this.tokens.delete(tokenKey(registry, challenge, wanted))
    return this.answer(registry, repository, challenge, context, wanted)
  }

  hasCredential(registry: string): boolean {
    return this.credentials.forHost(registry) !== undefined
  }

  private challengeFor(registry: string, context: RequestContext): Promise<Challenge | undefined> {
    let probe = this.challenges.get(registry)
    if (!probe) {
      probe = this.probe(registry, context)
      this.challenges.set(registry, probe)
    }
    // One probe per registry, shared; when it failed, each asker is told in the words of its own image.
    return probe.catch(error => {
      throw error instanceof RegistryError && error.image !== context.image
        ? new RegistryError({
            image: context.image,
            operation: context.operation,
            status: error.status,
            reason: error.reason,
            fix: error.fix,
            kind: error.kind
          })
        : error
    })
  }

  private probe(registry: string, context: RequestContext): Promise<Challenge | undefined> {
    const url = `${registryBaseUrl(registry, this.http.insecure)}/v2/`
    return exchange({ url, method: 'GET', headers: {} }, context, this.http, async response => {
      await discardBody(response)
      if (response.status !== 401) return undefined
      return usableChallenge(parseChallenges(response.headers.get('www-authenticate') ?? ''))
    })
  }

  private async answer(
    registry: string,
    repository: string,
    challenge: Challenge,
    context: RequestContext,
    scope = pullScope(repository)
  ): Promise<string | undefined> {
    const credential = this.credentials.forHost(registry)
    if (challenge.scheme === 'basic') return credential ? `Basic ${basicValue(credential)}` : undefined
    const key = tokenKey(registry, challenge, scope)
    const cached = this.tokens.get(key)
    if (cached) {
      const token = await cached
      if (token.expiresAt > Date.now()) return `Bearer ${token.value}`
    }
    const pending = this.fetchToken(registry, challenge, scope, context)
    this.tokens.set(key, pending)
    pending.catch(() => this.tokens.delete(key))
    return `Bearer ${(await pending).value}`
  }

  private async fetchToken(
    registry: string,
    challenge: Challenge,
    scope: string,
    context: RequestContext
  ): Promise<Token> {
    const realm = this.realmUrl(registry, challenge.params.realm, context)
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service)
    realm.searchParams.set('scope', scope)
    const credential = this.credentials.forHost(registry)
    const headers: Record<string, string> = credential
      ? { Authorization: `Basic ${basicValue(credential)}` }
      : {}
    const authContext: RequestContext = { ...context, operation: 'authenticate' }
    return exchange({ url: realm.href, method: 'GET', headers }, authContext, this.http, async response => {
      if (response.status !== 200) {
        await discardBody(response)
        if (response.status !== 401) throw statusError(response.status, realm.host, authContext)
        throw new RegistryError({
          ...authContext,
          status: 401,
          reason: credential
            ? `the token service at ${realm.host} rejected the credentials for ${registry} (HTTP 401)`
            : `the token service at ${realm.host} requires credentials for ${registry} (HTTP 401)`,
          fix: `check the registry credentials for ${registry}`
        })
      }
      const json = parseJsonObject(await readCapped(response, Limits.token), 'token response')
      const value = typeof json.token === 'string' ? json.token : json.access_token
      if (typeof value !== 'string' || value === '') {
        throw new RegistryError({
          ...authContext,
          reason: `the token service at ${realm.host} returned no token`
        })
      }
      this.credentials.maskSecret(value)
      const seconds =
        typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : DEFAULT_TOKEN_SECONDS
      return { value, expiresAt: Date.now() + seconds * 1000 - EXPIRY_MARGIN_MS }
    })
  }

  /** The realm must be https, unless its host is the insecure registry itself or listed as insecure. */
  private realmUrl(registry: string, realm: string | undefined, context: RequestContext): URL {
    let url: URL
    try {
      url = new URL(realm ?? '')
    } catch {
      throw new RegistryError({ ...context, reason: `${registry} sent an invalid token realm` })
    }
    const insecureOk =
      this.http.insecure.has(url.host) ||
      (this.http.insecure.has(registry) && url.hostname === new URL(`http://${registry}`).hostname)
    if (url.protocol === 'https:' || (url.protocol === 'http:' && insecureOk)) return url
    throw new RegistryError({
      ...context,
      reason: `${registry} asks for a token from ${url.protocol}//${url.host}, which is not HTTPS`,
      fix: `list ${url.host} as an insecure registry if plain HTTP is intended`
    })
  }
}

function pullScope(repository: string): string {
  return `repository:${repository}:pull`
}

function tokenKey(registry: string, challenge: Challenge, scope: string): string {
  return [registry, challenge.params.realm, challenge.params.service, scope].join('\u0000')
}
