import type { RuleInfo } from '../../model/rule.js'

export type ImageConfigRuleId = 'IG401' | 'IG402' | 'IG403' | 'IG404' | 'IG405' | 'IG406' | 'IG407' | 'IG408'

/** The README's rule reference and `imagegate rules` are generated from this table. */
export const IMAGE_CONFIG_RULES: Array<RuleInfo & { id: ImageConfigRuleId }> = [
  {
    id: 'IG401',
    severity: 'medium',
    title: 'Image runs as root',
    description:
      "The image's configuration has no `USER`, or names uid 0 or `root` (`0`, `root`, `0:0`, `root:x`), so " +
      'its process runs as root unless the orchestrator overrides it; an escape from the process is an ' +
      'escape as root. Add a non-root user at the end of the Dockerfile, e.g. `USER 10001` (a numeric uid, ' +
      'so Kubernetes `runAsNonRoot` can verify it). A user name other than `root` is not reported, though ' +
      "the image's `/etc/passwd` could still map it to uid 0."
  },
  {
    id: 'IG402',
    severity: 'high',
    title: 'Secret in the image environment',
    description:
      'An `ENV` variable in the image configuration is named like a credential (`*_TOKEN`, `*_PASSWORD`, ' +
      '`*_SECRET`, `*_API_KEY`…) and has a value, or its value looks like a real credential (AWS key id, ' +
      'GitHub, GitLab or Slack token, PEM private key): the same patterns as IG201 and IG202 in the ' +
      'Dockerfile. Anyone who can pull the image can read it. Revoke it, pass it at run time through the ' +
      'orchestrator, and at build time with `RUN --mount=type=secret`. Reports name the variable, never the value.'
  },
  {
    id: 'IG403',
    severity: 'high',
    title: 'Secret in an image label',
    description:
      'A label of the image is named like a credential and has a value, or its value looks like a real ' +
      'credential. Labels are readable by anyone who can pull (or merely inspect) the image. Revoke the ' +
      'secret and remove the `LABEL` (or the `--label` of the build). Reports name the label, never the value.'
  },
  {
    id: 'IG404',
    severity: 'high',
    title: 'Secret in the image history',
    description:
      "A step of the image's history (`created_by`) sets a secret-named variable or contains a credential. " +
      'BuildKit records the build arguments a `RUN` uses (`RUN |1 NPM_TOKEN=… /bin/sh -c …`), so an `ARG` ' +
      'token stays in the image even when no `ENV` keeps it. Revoke it and pass it with ' +
      '`RUN --mount=type=secret,id=…` instead of a build argument. A secret already reported in the ' +
      'environment (IG402) is not reported again. Reports name the step and variable, never the value.'
  },
  {
    id: 'IG405',
    severity: 'low',
    title: 'Privileged port exposed',
    description:
      'The image exposes a port below 1024. Binding it needs root or `CAP_NET_BIND_SERVICE`, which a ' +
      'non-root container does not have by default. Listen on a port from 1024 up (e.g. 8080 instead of ' +
      '80) and map it in the orchestrator, or list the port in `imageConfig.allowedPorts`.'
  },
  {
    id: 'IG406',
    severity: 'info',
    title: 'No HEALTHCHECK',
    description:
      'The image has no `HEALTHCHECK` (or `HEALTHCHECK NONE`), so Docker and Compose cannot tell a hung ' +
      "container from a healthy one. Add a `HEALTHCHECK CMD …`, or rely on the orchestrator's probes (Kubernetes " +
      'ignores `HEALTHCHECK`). Images built in OCI format do not store it at all.'
  },
  {
    id: 'IG407',
    severity: 'medium',
    title: 'Image older than the policy allows',
    description:
      "The image's `created` date is more than `imageConfig.maxAgeDays` days ago, so it misses every fix " +
      'published since. Rebuild it on an updated base image. Images without a date, or with the ' +
      'reproducible-build date 1970-01-01, are noted and not reported.'
  },
  {
    id: 'IG408',
    severity: 'low',
    title: 'Required label missing',
    description:
      'The image lacks a label `imageConfig.requireLabels` asks for (by default ' +
      '`org.opencontainers.image.source` and `org.opencontainers.image.revision`), so nobody can tell ' +
      'which repository and commit it was built from. `docker/metadata-action` writes both; or build with ' +
      '`--label org.opencontainers.image.source=… --label org.opencontainers.image.revision=$GITHUB_SHA`.'
  }
]

export function imageConfigRule(id: ImageConfigRuleId): RuleInfo {
  const rule = IMAGE_CONFIG_RULES.find(r => r.id === id)
  if (rule === undefined) throw new Error(`unknown image config rule ${id}`)
  return rule
}
