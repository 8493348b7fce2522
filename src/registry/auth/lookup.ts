import { type Credential, type DockerConfigCredentials, normalizeAuthHost } from './credentials.js'

export interface CredentialLookupOptions {
  /** Explicit credentials by registry host (`ghcr.io`, `localhost:5000`); they win over docker config. */
  explicit?: Record<string, Credential>
  dockerConfig?: DockerConfigCredentials
  /** Called with every secret before it could be logged (core.setSecret in the action). */
  mask: (secret: string) => void
  /** Said once each: config problems and hosts whose credential helper we cannot call. */
  note: (message: string) => void
}

/** Finds the credential for a registry host, masking secrets the first time they are handed out. */
export class CredentialLookup {
  private readonly explicit = new Map<string, Credential>()
  private readonly masked = new Set<string>()
  private readonly noted = new Set<string>()

  constructor(private readonly options: CredentialLookupOptions) {
    for (const [host, credential] of Object.entries(options.explicit ?? {})) {
      this.explicit.set(normalizeAuthHost(host), credential)
    }
    // Mask everything up front: a secret must be masked before anything could print it.
    for (const credential of [...this.explicit.values(), ...(options.dockerConfig?.auths.values() ?? [])]) {
      this.maskCredential(credential)
    }
    for (const problem of options.dockerConfig?.problems ?? []) options.note(problem)
  }

  forHost(registry: string): Credential | undefined {
    const host = normalizeAuthHost(registry)
    const found = this.explicit.get(host) ?? this.options.dockerConfig?.auths.get(host)
    if (found) return found
    const config = this.options.dockerConfig
    const helper = config?.credHelpers.get(host) ?? config?.credsStore
    if (config && helper && !this.noted.has(host)) {
      this.noted.add(host)
      this.options.note(
        `${config.file} delegates credentials for ${host} to the helper "docker-credential-${helper}", which imagegate cannot call; using anonymous access (pass credentials for ${host} explicitly if the image is private)`
      )
    }
    return undefined
  }

  /** Masks a secret the registry gave us (a bearer token). */
  maskSecret(secret: string): void {
    if (secret === '' || this.masked.has(secret)) return
    this.masked.add(secret)
    this.options.mask(secret)
  }

  private maskCredential(credential: Credential): void {
    this.maskSecret(credential.password)
    this.maskSecret(basicValue(credential))
  }
}

/** The value of a Basic Authorization header (without the scheme), itself a secret. */
export function basicValue(credential: Credential): string {
  return Buffer.from(`${credential.username}:${credential.password}`).toString('base64')
}
