import type { ImageReference } from '../image/reference.js'
import { Authenticator } from './auth/authenticator.js'
import type { Credential, DockerConfigCredentials } from './auth/credentials.js'
import { CredentialLookup } from './auth/lookup.js'
import { discardBody } from './body.js'
import { RegistryError } from './errors.js'
import {
  DEFAULT_HTTP,
  exchange,
  type HttpOptions,
  registryBaseUrl,
  type RequestContext,
  statusError
} from './http.js'
import { parseInsecureRegistries } from './insecure.js'
import { remoteErrorText } from './responses.js'
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js'
import { Semaphore } from './semaphore.js'
import { RequestStats } from './stats.js'

export interface RegistryClientOptions {
  /** Credentials by registry host; they win over the docker config. */
  credentials?: Record<string, Credential>
  /** Parsed `~/.docker/config.json` (loadDockerConfig()), when the caller wants it used. */
  dockerConfig?: DockerConfigCredentials
  /** HOST:PORT registries spoken to over plain HTTP; every other registry needs TLS. */
  insecureRegistries?: readonly string[]
  /** Receives every secret before it could be printed (core.setSecret in the action). */
  mask?: (secret: string) => void
  /** Receives notes worth one log line (unusable docker config entries, credential helpers). */
  note?: (message: string) => void
  /** Per request attempt, body included (default 30 s). */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  /** Requests in flight at once, across all images (default 8). */
  concurrency?: number
}

/** Authenticated requests under `/v2/<repository>/`, with the client's shared limits and statistics. */
export class RegistryTransport {
  readonly stats = new RequestStats()
  private readonly http: HttpOptions
  private readonly auth: Authenticator

  constructor(options: RegistryClientOptions) {
    this.http = {
      timeoutMs: options.timeoutMs ?? DEFAULT_HTTP.timeoutMs,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      semaphore: new Semaphore(options.concurrency ?? DEFAULT_HTTP.concurrency),
      insecure: parseInsecureRegistries(options.insecureRegistries ?? []),
      observe: (method, url) => this.stats.record(method, url)
    }
    const credentials = new CredentialLookup({
      explicit: options.credentials,
      dockerConfig: options.dockerConfig,
      mask: options.mask ?? (() => undefined),
      note: options.note ?? (() => undefined)
    })
    this.auth = new Authenticator(this.http, credentials)
  }

  /**
   * A GET/HEAD of `/v2/<repository>/<path>`. `handle` sees every status but 401 (answered by
   * re-authenticating once) and 429/5xx (retried); it runs inside the concurrency slot.
   */
  async request<T>(
    image: ImageReference,
    path: string,
    method: 'GET' | 'HEAD',
    context: RequestContext,
    handle: (response: Response) => Promise<T>,
    accept?: string
  ): Promise<T> {
    const url = `${registryBaseUrl(image.registry, this.http.insecure)}/v2/${image.repository}/${path}`
    const headers: Record<string, string> = accept ? { Accept: accept } : {}
    let authorization = await this.auth.authorization(image.registry, image.repository, context)
    for (let round = 0; ; round++) {
      if (authorization) headers.Authorization = authorization
      const result = await exchange<{ value: T } | { challenge: string | null }>(
        { url, method, headers },
        context,
        this.http,
        async response => {
          if (response.status !== 401) return { value: await handle(response) }
          await discardBody(response)
          return { challenge: response.headers.get('www-authenticate') }
        }
      )
      if ('value' in result) return result.value
      const retry =
        round === 0
          ? await this.auth.retryAuthorization(image.registry, image.repository, result.challenge, context)
          : undefined
      if (retry === undefined) throw this.unauthorized(image, context)
      authorization = retry
    }
  }

  /** The error for an unexpected status, with the registry's own explanation when it gave one. */
  async failure(response: Response, image: ImageReference, context: RequestContext): Promise<RegistryError> {
    return statusError(response.status, image.registry, context, await remoteErrorText(response))
  }

  private unauthorized(image: ImageReference, context: RequestContext): RegistryError {
    const host = image.registry
    const has = this.auth.hasCredential(host)
    return new RegistryError({
      ...context,
      status: 401,
      reason: has
        ? `${host} rejected the credentials (HTTP 401)`
        : `${host} requires authentication (HTTP 401)`,
      fix: has
        ? `check the username and password or token given for ${host}`
        : `log in to ${host} (docker login, or the registry credentials input)`
    })
  }
}
