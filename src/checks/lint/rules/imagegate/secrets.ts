import { dropQuotes, keywordOf, unwrapOnbuild, violationAt } from '../../ast-helpers.js'
import type { LintRule } from '../../types.js'
import { propertiesOf } from '../dockerfile/instructions.js'
import { envAndArgVariables } from '../dockerfile/sensitive-names.js'
import { credentialKind, isSecretName, isVariableReference } from '../../../../util/secrets.js'

/** A value written into the Dockerfile, not taken from a build argument or left empty. */
function isLiteralValue(value: string | null): value is string {
  if (value === null) return false
  const unquoted = dropQuotes(value).trim()
  return unquoted !== '' && !isVariableReference(unquoted)
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
