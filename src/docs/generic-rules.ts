import type { Finding } from '../model/finding.js'
import type { RuleInfo } from '../model/rule.js'

/**
 * Rules whose ids come from other tools, documented once per kind: ShellCheck's `SC…` codes, the
 * vulnerability ids of Trivy and Grype (CVE, GHSA, distribution advisories) and Trivy's secret rules.
 */
export const SHELLCHECK_RULE: RuleInfo = {
  id: 'SC',
  severity: 'low',
  title: 'ShellCheck finding in a RUN script',
  description:
    'ShellCheck found a problem in the shell script of a `RUN` instruction: quoting that splits words, a ' +
    'command that fails silently, a construct the shell does not support. Such scripts build images that ' +
    'differ from what the author meant, or break on the next base image update. The finding names the ' +
    "ShellCheck code; its page explains the problem and the fix. The level is ShellCheck's unless " +
    '`dockerfile.rules` sets one.',
  example: {
    language: 'dockerfile',
    flagged: 'FROM debian:12\nRUN cp $SRC /opt/app',
    fixed: 'FROM debian:12\nRUN cp "$SRC" /opt/app'
  }
}

export const VULNERABILITY_RULE: RuleInfo = {
  id: 'CVE',
  severity: 'high',
  title: 'Known vulnerability in a package of the image',
  description:
    'Trivy or Grype found a package in the image with a published vulnerability (a CVE, a GitHub advisory ' +
    'or a distribution advisory). Code with known vulnerabilities is what attackers scan for. The finding ' +
    'names the package, the installed version and the fixed version when one exists: rebuild on a patched ' +
    'base image or upgrade the package. If no fix exists and the risk is accepted, add a policy exception ' +
    'with a reason and an expiry date.',
  example: {
    language: 'dockerfile',
    flagged: 'FROM node:18.0.0\n# openssl 3.0.2 in the image: CVE-2022-3602',
    fixed: 'FROM node:18.20.4\n# openssl 3.0.13 in the image: fixed'
  }
}

export const SECRET_RULE: RuleInfo = {
  id: 'secret',
  severity: 'high',
  title: 'Secret found inside the image',
  description:
    'Trivy found what looks like a credential (a private key, a cloud access key, a token) in a file of the ' +
    'image. Anyone who can pull the image can read it. Remove the file from every layer (a later `RUN rm` ' +
    'does not remove it from the layer that added it), pass build secrets with `RUN --mount=type=secret`, ' +
    'and rotate the credential.',
  example: {
    language: 'dockerfile',
    flagged: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@example.com:acme/app.git',
    fixed: 'FROM alpine:3.20\nRUN --mount=type=ssh git clone git@example.com:acme/app.git'
  }
}

/** The generic entry for a finding whose rule id belongs to another tool, if it is one. */
export function genericRuleFor(
  finding: Pick<Finding, 'rule' | 'check' | 'vulnerability'>
): RuleInfo | undefined {
  if (finding.check === 'lint' && /^SC\d+$/.test(finding.rule)) return SHELLCHECK_RULE
  if (finding.vulnerability?.kind === 'secret') return SECRET_RULE
  if (finding.check === 'vulnerabilities') return VULNERABILITY_RULE
  return undefined
}
