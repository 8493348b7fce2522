/**
 * What a secret looks like, shared by the Dockerfile rules (IG201, IG202) and the image config check
 * (IG402–IG404), so a credential is recognized the same way in the source and in the built image.
 * Callers report a variable's name and the kind of credential, never the value.
 */

/** Names that say "this is a credential": `*_TOKEN`, `*_PASSWORD`, `*_SECRET`, `*_API_KEY`, `*_PRIVATE_KEY`. */
const SECRET_NAME =
  /(?:^|_)(?:TOKEN|PASSWORD|PASSWD|PASS|SECRET|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)$/i

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name)
}

/** Values with the shape of a real credential, whatever the variable is called. */
const CREDENTIAL_VALUES: Array<{ kind: string; pattern: RegExp }> = [
  { kind: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { kind: 'a private key', pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/ },
  { kind: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { kind: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ }
]

/** The kind of credential `value` contains (`a GitHub token`), or undefined. */
export function credentialKind(value: string): string | undefined {
  return CREDENTIAL_VALUES.find(c => c.pattern.test(value))?.kind
}

/** A value that only refers to another variable (`$TOKEN`, `${TOKEN:-x}`) holds no secret itself. */
export function isVariableReference(value: string): boolean {
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?[-+=?][^}]*)?\}?$/.test(value)
}

export interface SecretAssignment {
  name: string
  /** Why it is a secret: `a GitHub token`, or `a secret value` (a secret name with a value). */
  kind: string
}

const ASSIGNMENT = /(^|[\s|;&])([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s"';&|]*)/g

/**
 * The `NAME=value` assignments in a command line (an image history's `ENV A=b`, or BuildKit's
 * `RUN |1 NPM_TOKEN=… /bin/sh -c …`, which records the build arguments a step used) that hold a
 * secret, and the text with every assignment cut out, for a caller to search for loose credentials.
 */
export function scanCommand(text: string): { assignments: SecretAssignment[]; rest: string } {
  const assignments: SecretAssignment[] = []
  const rest = text.replace(ASSIGNMENT, (_match, before: string, name: string, raw: string) => {
    const kind = secretValueKind(name, raw.replace(/^(["'])(.*)\1$/s, '$2').trim())
    if (kind) assignments.push({ name, kind })
    return before
  })
  return { assignments, rest }
}

/** Why `name=value` holds a secret, or undefined: a credential-shaped value, or a secret name with a value. */
export function secretValueKind(name: string, value: string): string | undefined {
  const credential = credentialKind(value)
  if (credential) return credential
  if (isSecretName(name) && value !== '' && !isVariableReference(value)) return 'a secret value'
  return undefined
}
