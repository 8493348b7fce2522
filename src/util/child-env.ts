/**
 * The environment every program imagegate runs (scanners, ShellCheck) gets: an allow-list, so the
 * GitHub token, action inputs (`INPUT_*`) and the runner's own tokens (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, …) never reach a program that has no use for them.
 */

/** Exact names, each with the reason a child needs it. */
const ALLOWED_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['PATH', 'finding the program and the tools it calls'],
  ['HOME', 'scanner caches and ~/.docker/config.json registry credentials'],
  ['USER', 'tools that look up the user'],
  ['LOGNAME', 'tools that look up the user'],
  ['TMPDIR', 'where scanners unpack image layers'],
  ['TMP', 'the temporary folder on some systems'],
  ['TEMP', 'the temporary folder on some systems'],
  ['LANG', 'the locale ShellCheck and scanners decode text with'],
  ['TZ', 'timestamps in scanner output'],
  ['HTTP_PROXY', 'scanners download databases and pull images through the runner proxy'],
  ['HTTPS_PROXY', 'as HTTP_PROXY'],
  ['NO_PROXY', 'as HTTP_PROXY'],
  ['ALL_PROXY', 'as HTTP_PROXY'],
  ['http_proxy', 'as HTTP_PROXY'],
  ['https_proxy', 'as HTTP_PROXY'],
  ['no_proxy', 'as HTTP_PROXY'],
  ['all_proxy', 'as HTTP_PROXY'],
  ['SSL_CERT_FILE', 'a company CA bundle for registry and database downloads'],
  ['SSL_CERT_DIR', 'as SSL_CERT_FILE'],
  ['DOCKER_CONFIG', 'registry credentials for pulling the image'],
  ['DOCKER_HOST', 'scanning an image from the Docker daemon'],
  ['DOCKER_CERT_PATH', 'as DOCKER_HOST'],
  ['DOCKER_TLS_VERIFY', 'as DOCKER_HOST'],
  ['CONTAINERD_ADDRESS', 'scanning an image from containerd'],
  ['CONTAINERD_NAMESPACE', 'as CONTAINERD_ADDRESS'],
  ['REGISTRY_AUTH_FILE', 'podman-style registry credentials'],
  ['GOOGLE_APPLICATION_CREDENTIALS', 'pulling from GCR / Artifact Registry'],
  ['XDG_CACHE_HOME', 'default scanner database folders'],
  ['XDG_CONFIG_HOME', 'default scanner configuration folders'],
  ['XDG_DATA_HOME', 'default scanner data folders']
]

/** Prefixes, each with the reason. */
const ALLOWED_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['LC_', 'the locale'],
  ['TRIVY_', "Trivy's own settings, registry credentials (TRIVY_USERNAME/PASSWORD) and database mirrors"],
  ['GRYPE_', "Grype's own settings, registry credentials (GRYPE_REGISTRY_AUTH_*) and database URL"],
  ['AWS_', 'pulling from Amazon ECR'],
  ['AZURE_', 'pulling from Azure Container Registry']
]

/** Never passed, even when named in IMAGEGATE_CHILD_ENV. */
const DENIED = /^(?:INPUT_|ACTIONS_)|^GITHUB_TOKEN$|^GH_TOKEN$/

/**
 * A user whose scanner needs another variable names it here, comma-separated (e.g. a custom CA
 * variable); tests pass their stand-in scanners' settings the same way.
 */
export const EXTRA_NAMES_VARIABLE = 'IMAGEGATE_CHILD_ENV'

const allowedNames = new Set(ALLOWED_NAMES.map(([name]) => name))

/** The variables of `env` a child may see, plus `extra` (what imagegate itself sets for the program). */
export function childEnvironment(
  env: NodeJS.ProcessEnv,
  extra: Record<string, string> = {}
): NodeJS.ProcessEnv {
  const named = new Set(
    (env[EXTRA_NAMES_VARIABLE] ?? '')
      .split(',')
      .map(name => name.trim())
      .filter(Boolean)
  )
  const kept: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || DENIED.test(name)) continue
    if (allowedNames.has(name) || named.has(name) || ALLOWED_PREFIXES.some(([p]) => name.startsWith(p))) {
      kept[name] = value
    }
  }
  return { ...kept, ...withoutDenied(extra) }
}

/** `env` without the names that are never passed (tokens, action inputs). */
export function withoutDenied(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !DENIED.test(name)))
}
