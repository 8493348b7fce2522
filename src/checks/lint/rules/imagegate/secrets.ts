import { dropQuotes, keywordOf, unwrapOnbuild, violationAt } from '../../ast-helpers.js'
import type { LintRule } from '../../types.js'
import { propertiesOf } from '../dockerfile/instructions.js'
import { envAndArgVariables } from '../dockerfile/sensitive-names.js'

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

export function credentialKind(value: string): string | undefined {
  return CREDENTIAL_VALUES.find(c => c.pattern.test(value))?.kind
}

/** A value written into the Dockerfile, not taken from a build argument or left empty. */
function isLiteralValue(value: string | null): value is string {
  if (value === null) return false
  const unquoted = dropQuotes(value).trim()
  return unquoted !== '' && !/^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?[-+=?][^}]*)?\}?$/.test(unquoted)
}

export const IG201: LintRule = {
  id: 'IG201',
  level: 'error',
  title: 'Secret-named ENV or ARG has a value in the Dockerfile',
  description:
    'An `ENV` or `ARG` named like a credential (`*_TOKEN`, `*_PASSWORD`, `*_SECRET`, `*_API_KEY`, ' +
    '`*_PRIVATE_KEY`…) is given a literal value. The value is stored in the image config and history, so ' +
    'everyone who can pull the image can read it. Pass it at build time with `RUN --mount=type=secret`, ' +
    'and at run time through the orchestrator. A value that only references another variable is not reported.',
  check: context =>
    envAndArgVariables(context)
      .filter(v => isSecretName(v.name) && isLiteralValue(v.value))
      .map(v => violationAt(v.nameRange, `${v.keyword} ${v.name} sets a secret in the Dockerfile`))
}

export const IG202: LintRule = {
  id: 'IG202',
  level: 'error',
  title: 'Credential in ENV, ARG or LABEL value',
  description:
    'An `ENV`, `ARG` or `LABEL` value looks like a real credential: an AWS access key id (`AKIA…`), a GitHub ' +
    'token (`ghp_…`, `github_pat_…`), a GitLab or Slack token, or a PEM private key. Revoke it, then pass ' +
    'secrets with `RUN --mount=type=secret` instead.',
  check: context =>
    context.ast.getInstructions().flatMap(wrapper => {
      const instruction = unwrapOnbuild(wrapper)
      if (!['ENV', 'ARG', 'LABEL'].includes(keywordOf(instruction))) return []
      return propertiesOf(instruction).flatMap(property => {
        const kind = credentialKind(property.getValue() ?? '')
        // The message names the variable, never the value: reports must not spread the secret further.
        return kind
          ? [violationAt(property.getNameRange(), `${property.getName()} holds what looks like ${kind}`)]
          : []
      })
    })
}

export const SECRET_RULES: LintRule[] = [IG201, IG202]
