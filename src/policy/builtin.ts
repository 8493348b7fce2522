// GENERATED from policies/default.yml by src/policy/generate-builtin.ts (`npm run generate`); do not edit.
// Embedded so the bundled action needs no policy file on disk.
export const BUILTIN_POLICY_LABEL = 'built-in default'

export const BUILTIN_POLICY_TEXT = `# yaml-language-server: $schema=https://raw.githubusercontent.com/imagegate/imagegate/v1/policies/schema.json
# imagegate built-in default policy: used when a repository has no .github/imagegate.yml.
# Copy it to .github/imagegate.yml to start your own; every key is optional except 'version'.
version: 1

# enforce: policy violations fail the run. Use 'warn' to report without failing while adopting.
mode: enforce

dockerfile:
  # Only lint errors fail; warnings and style findings are reported as annotations.
  failOn: error
  # Per-rule overrides, e.g. 'DL3008: warning' or 'DL3059: off'.
  rules: {}
  # ShellCheck on every RUN when shellcheck is installed (it is on GitHub's Ubuntu runners).
  shellcheck: true
  # A RUN script ShellCheck cannot finish (times out, crashes) fails the run; false makes it a warning.
  shellcheckRequired: true
  # Set true to also honour an existing .hadolint.yaml (ignored rules, overrides, trustedRegistries).
  hadolintConfig: false
  # Registries FROM may use (DL3026); empty allows any.
  trustedRegistries: []

vulnerabilities:
  # Two scanners catch more than one; findings both report are merged and count once.
  scanners: [trivy, grype]
  # Start strict only where it matters: critical vulnerabilities fail, the rest is reported.
  failOn: critical
  # With compare-to set, 'new' fails only on findings the base image does not have.
  gateOn: all
  # A vulnerability with no fixed version is not actionable, so it is reported but cannot fail.
  onlyFixed: true
  # When Trivy and Grype rate a vulnerability differently, gate on the higher rating.
  severitySource: highest
  # Per image, how many of a severity may be present before they fail, e.g. '{ high: 10 }'.
  maxCount: {}
  # Also fail on CISA known-exploited vulnerabilities (where the report says so); strict.yml does.
  failOnKnownExploited: false
  # Keys, tokens and passwords Trivy finds inside the image fail from high up.
  secretsFailOn: high
  # Set true to also apply .trivyignore, .trivyignore.yaml and .grype.yaml (expiry honoured).
  ignoreFiles: false
  # Each scanner gets this long per image before it is stopped and the check fails closed.
  timeoutSeconds: 600

images:
  # 'latest' and untagged references change under you: report them at high severity.
  failOn: high
  tags:
    forbidLatest: true
    forbidUntagged: true
    # Digest pinning is best practice but a big first step; strict.yml turns it on.
    requireDigest: false
  registries:
    # Any registry is allowed until you list the ones you trust.
    allow: []

signatures:
  # Most images are not signed yet; strict.yml requires signatures.
  required: false

imageConfig:
  # Read each image's configuration (user, environment, labels, history, ports) and apply IG401-IG408.
  enabled: true
  # An image whose configuration cannot be read is a note here; strict.yml fails the run on it.
  required: false
  # Secrets in the environment, labels or history fail; root, ports and labels are reported.
  failOn: high
  # Per-rule severities, e.g. 'IG401: high' or 'IG406: off'.
  rules: {}
  # Set e.g. 'maxAgeDays: 90' to report images built longer ago than that (strict.yml does).
  # Privileged ports (below 1024) an image may expose, e.g. [80, 443].
  allowedPorts: []
  # Labels that tie an image to its repository and commit (docker/metadata-action writes both).
  requireLabels: [org.opencontainers.image.source, org.opencontainers.image.revision]

# Accepted findings, each with a reason and an expiry date (see policies/examples/exceptions.yml).
exceptions: []

report:
  # Keep one pull request comment up to date on every run, passing or failing.
  comment: always
`
