/** What `imagegate <command> --help` prints; `imagegate --help` prints every synopsis. */
export type HelpTopic =
  'check' | 'aggregate' | 'policy' | 'policy validate' | 'policy explain' | 'policy schema' | 'rules'

const EXIT_CODES = 'Exit codes: 0 pass or warn, 1 policy failure, 2 configuration or runtime error.'

const SYNOPSIS: Record<HelpTopic, string> = {
  check: `  imagegate check [--policy FILE] [--dockerfile PATH]... [--image REF]...
                  [--compare-to REF]... [--base-ref BRANCH]
                  [--report-json FILE] [--sarif FILE] [--sarif-max-results N]
                  [--format text|json|markdown] [--working-directory DIR]
                  [--trivy-version V] [--grype-version V] [--scanner-mirror URL]
                  [--insecure-registry HOST:PORT]... [--refresh-trusted-root]`,
  aggregate:
    '  imagegate aggregate [--report-json FILE] [--sarif FILE] [--format text|json|markdown] REPORT...',
  policy: `  imagegate policy validate FILE
  imagegate policy explain [FILE]
  imagegate policy schema`,
  'policy validate': '  imagegate policy validate FILE',
  'policy explain': '  imagegate policy explain [FILE]',
  'policy schema': '  imagegate policy schema',
  rules: '  imagegate rules [--format text|json]'
}

const DETAILS: Record<HelpTopic, string> = {
  check: `Runs the gate: lint and pin-check Dockerfiles, scan and check images, one verdict.

Options:
  --policy FILE             policy file (default: .github/imagegate.yml or .yaml, else the built-in one)
  --dockerfile PATH         a Dockerfile or glob (repeatable); links out of the working directory are skipped
  --image REF               an image reference to check (repeatable)
  --compare-to REF          base image to compare with: one per --image, or one template for all;
                            {base_ref} is --base-ref as a tag, {repository} each image's repository
  --base-ref BRANCH         the branch {base_ref} stands for (required when --compare-to uses it)
  --report-json FILE        write the JSON report; relative paths stay inside the working directory
  --sarif FILE              write the SARIF 2.1.0 log; same rules as --report-json
  --sarif-max-results N     most results in the SARIF log (1 to 25,000)
  --format FORMAT           what stdout gets: text (default), json or markdown
  --working-directory DIR   folder the other paths are relative to (default: .)
  --trivy-version V, --grype-version V, --scanner-mirror URL
                            which scanner to install when none is on PATH, and from where
  --insecure-registry HOST:PORT
                            a registry spoken to over plain HTTP (repeatable); others need TLS
  --refresh-trusted-root    fetch the current Sigstore trusted root over TUF (default: the bundled one)
  -h, --help                this help

Registry credentials come from $DOCKER_CONFIG/config.json or ~/.docker/config.json (docker login),
or IMAGEGATE_REGISTRY_USERNAME and IMAGEGATE_REGISTRY_PASSWORD for the host IMAGEGATE_REGISTRY
(default: the images' registry).
Reports are never written through a symbolic link or over a file the run reads.
${EXIT_CODES}`,
  aggregate: `Merges the JSON reports of several runs (matrix legs, monorepo folders) into one verdict.
REPORT is a path or a glob. A missing or malformed report, or a glob that matches none, fails the
verdict closed (exit 2) and names the file and JSON path; the readable reports are still merged.

Options:
  --report-json FILE        write the merged JSON report (never over a report it reads)
  --sarif FILE              write the merged SARIF 2.1.0 log
  --format FORMAT           what stdout gets: text (default), json or markdown
  -h, --help                this help

${EXIT_CODES}`,
  policy:
    'Validates a policy file, explains where each value of the effective policy comes from, or prints the JSON schema.',
  'policy validate':
    'Checks FILE as `check` would and names FILE:LINE:COL of every problem.\n' +
    'Exit codes: 0 valid, 2 invalid or unreadable.',
  'policy explain':
    'Prints the effective policy after `extends` is merged, each value with the FILE:LINE that sets it\n' +
    '(or `default`) and the lock that holds it. FILE defaults to .github/imagegate.yml or .yaml.\n' +
    'Bases in GitHub repositories are read with IMAGEGATE_POLICY_TOKEN, else GITHUB_TOKEN\n' +
    '(GITHUB_API_URL for GHES). Exit codes: 0 valid, 2 invalid, unreadable or a base that cannot be read.',
  'policy schema': 'Prints the JSON schema of the policy file (for editors).',
  rules: 'Lists every rule: id, severity, title and documentation link; --format json for tools.'
}

export const USAGE = `Usage:
${[SYNOPSIS.check, SYNOPSIS.aggregate, SYNOPSIS.policy, SYNOPSIS.rules].join('\n')}
  imagegate --version | --help
  imagegate COMMAND --help

${EXIT_CODES}`

export function usageOf(topic: HelpTopic): string {
  return `Usage:\n${SYNOPSIS[topic]}\n\n${DETAILS[topic]}`
}

/** `-h`/`--help` anywhere before `--` asks for help, whatever else is on the line. */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end < 0 ? args : args.slice(0, end)).some(arg => arg === '--help' || arg === '-h')
}
