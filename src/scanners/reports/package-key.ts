/**
 * Package identity across scanners. Trivy and Grype name ecosystems differently (`alpine` vs
 * `apk`, `jar` vs `java-archive`), so both are mapped to purl types. Names are compared after the
 * ecosystem's own normalization: lower case everywhere, PEP 503 for Python (`Django`, `django`),
 * and the artifactId for Maven (Trivy `org.apache:tomcat` vs Grype `tomcat`). When the two scanners
 * still disagree on a name, the match stays two findings: over-reporting is the safe side for a gate.
 */
const TRIVY_TYPES: Record<string, string> = {
  alpine: 'apk',
  wolfi: 'apk',
  chainguard: 'apk',
  debian: 'deb',
  ubuntu: 'deb',
  redhat: 'rpm',
  centos: 'rpm',
  rocky: 'rpm',
  alma: 'rpm',
  oracle: 'rpm',
  amazon: 'rpm',
  fedora: 'rpm',
  photon: 'rpm',
  suse: 'rpm',
  'opensuse.leap': 'rpm',
  'opensuse.tumbleweed': 'rpm',
  'suse linux enterprise server': 'rpm',
  'suse linux enterprise micro': 'rpm',
  slem: 'rpm',
  'cbl-mariner': 'rpm',
  azurelinux: 'rpm',
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  bun: 'npm',
  'node-pkg': 'npm',
  jar: 'maven',
  pom: 'maven',
  gradle: 'maven',
  sbt: 'maven',
  gomod: 'golang',
  gobinary: 'golang',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  uv: 'pypi',
  'python-pkg': 'pypi',
  gemspec: 'gem',
  bundler: 'gem',
  cargo: 'cargo',
  'rust-binary': 'cargo',
  composer: 'composer',
  'composer-vendor': 'composer',
  nuget: 'nuget',
  'dotnet-core': 'nuget',
  'packages-props': 'nuget',
  conan: 'conan',
  hex: 'hex',
  pub: 'pub',
  swift: 'swift',
  cocoapods: 'cocoapods',
  'conda-pkg': 'conda',
  'conda-environment': 'conda'
}

const GRYPE_TYPES: Record<string, string> = {
  apk: 'apk',
  deb: 'deb',
  rpm: 'rpm',
  npm: 'npm',
  'java-archive': 'maven',
  'jenkins-plugin': 'maven',
  'go-module': 'golang',
  python: 'pypi',
  gem: 'gem',
  'rust-crate': 'cargo',
  'php-composer': 'composer',
  'php-pecl': 'pecl',
  dotnet: 'nuget',
  conan: 'conan',
  hex: 'hex',
  'dart-pub': 'pub',
  swift: 'swift',
  pod: 'cocoapods',
  conda: 'conda',
  'github-action': 'github',
  'github-action-workflow': 'github'
}

/** The purl type when the purl says it, else a mapped scanner type, else the scanner's own word. */
export function packageType(
  scanner: 'trivy' | 'grype',
  scannerType?: string,
  purl?: string
): string | undefined {
  const fromPurl = purl ? /^pkg:([a-z0-9.+-]+)\//i.exec(purl)?.[1]?.toLowerCase() : undefined
  if (fromPurl) return fromPurl
  if (!scannerType) return undefined
  const table = scanner === 'trivy' ? TRIVY_TYPES : GRYPE_TYPES
  return table[scannerType.toLowerCase()] ?? scannerType
}

/** The key a (package, installed version) is grouped under; see the module comment. */
export function packageKey(name: string, version: string, type?: string): string {
  return `${normalizePackageName(name, type)}@${version.trim()}`
}

export function normalizePackageName(name: string, type?: string): string {
  const lower = name.trim().toLowerCase()
  if (type === 'pypi') return lower.replace(/[-_.]+/g, '-')
  if (type === 'maven') return lower.slice(lower.lastIndexOf(':') + 1)
  return lower
}
