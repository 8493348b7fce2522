/**
 * Secret redaction for text from other programs (scanner and ShellCheck stderr) before it reaches a
 * report or a log. Known values are masked wherever they appear; common token shapes are masked even
 * when imagegate was never told about them.
 */

const MASK = '***'
/** Shorter values would mask ordinary words. */
const MIN_SECRET_LENGTH = 6

const knownSecrets = new Set<string>()

/** Registers a value that must never be printed (the GitHub token, a registry password). */
export function registerSecret(value: string | undefined): void {
  if (value !== undefined && value.length >= MIN_SECRET_LENGTH) knownSecrets.add(value)
}

/** Variables whose values are credentials, e.g. TRIVY_PASSWORD, GRYPE_REGISTRY_AUTH_TOKEN. */
const SECRET_VARIABLE = /TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIAL|_KEY$|_AUTH/i

const TOKEN_SHAPES: RegExp[] = [
  // GitHub tokens: classic and app (ghp_, gho_, ghu_, ghs_, ghr_), fine-grained (github_pat_).
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  // JSON Web Tokens (Actions OIDC tokens, registry bearer tokens).
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g,
  // AWS access key ids.
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g
]
// `Authorization: Bearer x`, `Basic x`; the scheme stays so the message still reads.
const AUTH_HEADER = /\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi
// `https://user:password@host`: the user stays, the password goes.
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s/@]+@/gi
// `password=x`, `"token": "x"`.
const ASSIGNMENT = /\b((?:password|passwd|secret|token|api[_-]?key)["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi

/** `text` with every known secret and token-shaped string masked. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text
  for (const secret of secretValues(env)) out = out.split(secret).join(MASK)
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, MASK)
  return out
    .replace(AUTH_HEADER, `$1 ${MASK}`)
    .replace(URL_PASSWORD, `$1:${MASK}@`)
    .replace(ASSIGNMENT, `$1${MASK}`)
}

/** Registered values and the values of credential-named variables, longest first (a prefix never wins). */
function secretValues(env: NodeJS.ProcessEnv): string[] {
  const values = new Set(knownSecrets)
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH && SECRET_VARIABLE.test(name))
      values.add(value)
  }
  return [...values].sort((a, b) => b.length - a.length)
}

/**
 * The end of a long text, at most `max` characters, starting at a line (or word) boundary so no
 * secret is cut in half and left unrecognisable; `[…]` marks the cut.
 */
export function tailOf(text: string, max: number): string {
  if (text.length <= max) return text
  const window = text.slice(-max)
  const lineStart = window.indexOf('\n')
  if (lineStart !== -1) return `[…]${window.slice(lineStart)}`
  const wordStart = window.search(/\s/)
  return wordStart === -1 ? '[…]' : `[…]${window.slice(wordStart)}`
}
