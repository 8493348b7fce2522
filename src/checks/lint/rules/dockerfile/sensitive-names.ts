import { keywordOf, unwrapOnbuild, violationAt } from '../../ast-helpers.js'
import type { LintContext, LintRule } from '../../types.js'
import { propertiesOf } from './instructions.js'

/** hadolint's list of names known to hold credentials. */
const KNOWN_SENSITIVE_NAMES = new Set([
  'ACCESS_TOKEN',
  'APPLICATION_KEY',
  'APP_SECRET',
  'AUTH_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY',
  'BITTREX_API_SECRET',
  'CF_PASSWORD',
  'CF_USERNAME',
  'CIRCLE_TOKEN',
  'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER',
  'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL',
  'DOCKER_PASSWORD',
  'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN',
  'FACEBOOK_APP_ID',
  'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN',
  'FIREBASE_TOKEN',
  'FOSSA_API_KEY',
  'GH_ENTERPRISE_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'GITHUB_TOKEN',
  'HEROKU_API_KEY',
  'HEROKU_API_USER',
  'NPM_AUTH_TOKEN',
  'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID',
  'OKTA_CLIENT_ORGURL',
  'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID',
  'OKTA_OAUTH2_CLIENTSECRET',
  'OPENAI_API_KEY',
  'OS_PASSWORD',
  'OS_USERNAME',
  'POSTGRES_PASSWORD',
  'SLACK_TOKEN',
  'STRIPE_API_KEY',
  'STRIPE_DEVICE_NAME',
  'TRAVIS_OS_NAME',
  'TRAVIS_SECURE_ENV_VARS',
  'TRAVIS_SUDO',
  'VAULT_CLIENT_KEY',
  'VAULT_TOKEN'
])

const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username']

/** hadolint DL3064's test: a known credential name, or a name containing a suspicious word. */
export function isSensitiveName(name: string): boolean {
  const lower = name.toLowerCase()
  return KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some(s => lower.includes(s))
}

/** Every ENV and ARG variable (`ONBUILD ENV` too, as hadolint's DL3064) with its instruction and name range. */
export function envAndArgVariables(context: LintContext) {
  return context.ast.getInstructions().flatMap(wrapper => {
    const instruction = unwrapOnbuild(wrapper)
    const keyword = keywordOf(instruction)
    if (keyword !== 'ENV' && keyword !== 'ARG') return []
    return propertiesOf(instruction).map(property => ({
      instruction,
      keyword,
      name: property.getName(),
      nameRange: property.getNameRange(),
      value: property.getValue()
    }))
  })
}

export const DL3064: LintRule = {
  id: 'DL3064',
  level: 'warning',
  title: 'Potentially sensitive data should not be used in the ARG or ENV commands',
  description:
    '`ARG` and `ENV` values are stored in the image history and metadata, readable by anyone who pulls it. ' +
    'Names such as `GITHUB_TOKEN` or containing `password`, `secret`, `token`, `api_key`… are reported; ' +
    'pass secrets with `RUN --mount=type=secret` instead.',
  check: context => {
    const sensitive = envAndArgVariables(context).filter(v => isSensitiveName(v.name))
    // One finding per instruction, as hadolint reports it.
    const first = sensitive.filter((v, i) => sensitive.findIndex(o => o.instruction === v.instruction) === i)
    return first.map(v => violationAt(v.nameRange, `Potentially sensitive data in ${v.keyword} ${v.name}`))
  }
}
