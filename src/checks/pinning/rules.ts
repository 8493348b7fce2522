import type { RuleInfo } from '../../model/rule.js'

/** The README's rule reference and `imagegate rules` are generated from this table. */
export const PINNING_RULES: RuleInfo[] = [
  {
    id: 'IG100',
    severity: 'high',
    title: 'FROM has no image',
    description:
      'A `FROM` instruction without an image cannot build, and nothing about its base image can be checked. ' +
      'Name the base image, pinned by tag and digest.'
  },
  {
    id: 'IG101',
    severity: 'high',
    title: 'Image uses the `latest` tag',
    description:
      'An image reference or `FROM` uses the tag `latest` without a digest (policy `images.tags.forbidLatest`). ' +
      '`latest` moves whenever upstream pushes, so builds are not reproducible and a reviewed image can be ' +
      'silently replaced. Pin a version tag and a digest, e.g. `alpine:3.20@sha256:…`. A reference that ' +
      'carries a digest is pinned by it and is not reported.'
  },
  {
    id: 'IG102',
    severity: 'high',
    title: 'Image has no tag',
    description:
      'An image reference or `FROM` has neither a tag nor a digest (policy `images.tags.forbidUntagged`), so ' +
      'docker pulls `latest`. Pin a version tag and a digest. A digest-only reference (`alpine@sha256:…`) ' +
      'is pinned and is not reported.'
  },
  {
    id: 'IG103',
    severity: 'medium',
    title: 'Image has no digest',
    description:
      'An image reference or `FROM` has no `@sha256:…` digest (policy `images.tags.requireDigest`). Tags can ' +
      'be moved to different content; a digest cannot. Add the digest shown by ' +
      '`docker buildx imagetools inspect <image>`, and let a bot such as Renovate or Dependabot update it.'
  },
  {
    id: 'IG104',
    severity: 'high',
    title: 'Registry not allowed',
    description:
      "The image's `registry/repository` matches none of the patterns in `images.registries.allow` (checked " +
      'only when the list is non-empty). Patterns are normalized like image names, so `docker.io/library/*` ' +
      'covers `alpine`; `*` stays within one path segment and `**` crosses segments. Use an image from an ' +
      'allowed registry, or add a pattern to the policy.'
  },
  {
    id: 'IG105',
    severity: 'medium',
    title: 'FROM image cannot be resolved',
    description:
      'A `FROM` uses a build argument whose value is not in the Dockerfile (an `ARG` without default, one not ' +
      'declared before the first `FROM`, or a platform variable such as `$TARGETARCH`), so its pinning cannot ' +
      'be checked. Give the `ARG` a default value before the first `FROM`.'
  },
  {
    id: 'IG106',
    severity: 'high',
    title: 'Invalid image reference in a Dockerfile',
    description:
      'A `FROM` (after `ARG` substitution) is not a valid image reference, e.g. it has uppercase letters or ' +
      'a malformed digest. The build would fail and the image cannot be checked; fix the reference.'
  },
  {
    id: 'IG107',
    severity: 'high',
    title: 'Malformed FROM instruction',
    description:
      'A `FROM` has extra arguments or an invalid stage name, or the Dockerfile could not be parsed at all or ' +
      'is over the size budget of the lint rule IG211 (then none of its `FROM` lines were checked). ' +
      'The form is `FROM [--platform=…] image [AS name]`.'
  }
]

export function pinningRule(id: string): RuleInfo {
  const rule = PINNING_RULES.find(r => r.id === id)
  if (rule === undefined) throw new Error(`unknown pinning rule ${id}`)
  return rule
}
