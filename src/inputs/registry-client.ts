import { loadDockerConfig, RegistryClient } from '../registry/index.js'
import { registerSecret } from '../util/redact.js'
import type { RegistrySettings } from './registry.js'

/**
 * The run's one registry client, from the inputs: explicit credentials first, then the docker
 * config.json `docker login` or docker/login-action wrote. `mask` sees every secret before anything
 * could print it; `note` gets one line per unusable config entry or credential helper.
 */
export function createRegistryClient(
  settings: RegistrySettings,
  mask: (secret: string) => void,
  note: (message: string) => void
): RegistryClient {
  return new RegistryClient({
    credentials: settings.credentials,
    dockerConfig: loadDockerConfig(),
    insecureRegistries: settings.insecureRegistries,
    // Masked in the runner's log, and redacted from any child's output (cosign, scanners) we report.
    mask: secret => {
      mask(secret)
      registerSecret(secret)
    },
    note
  })
}
