/**
 * Package types in Grype's vocabulary (syft's `pkg.Type`). Merged findings may carry Trivy's
 * vocabulary instead, so Trivy's names are translated before comparing; a name already in Grype's
 * vocabulary is compared as it is, so a rule never matches a type Grype would keep apart.
 */
const TRIVY_TO_GRYPE: Record<string, string> = {
  alpine: 'apk',
  wolfi: 'apk',
  chainguard: 'apk',
  minimos: 'apk',
  debian: 'deb',
  ubuntu: 'deb',
  echo: 'deb',
  redhat: 'rpm',
  centos: 'rpm',
  rocky: 'rpm',
  alma: 'rpm',
  amazon: 'rpm',
  fedora: 'rpm',
  oracle: 'rpm',
  opensuse: 'rpm',
  'opensuse.leap': 'rpm',
  'opensuse.tumbleweed': 'rpm',
  sles: 'rpm',
  photon: 'rpm',
  azurelinux: 'rpm',
  'cbl-mariner': 'rpm',
  jar: 'java-archive',
  pom: 'java-archive',
  gradle: 'java-archive',
  sbt: 'java-archive',
  'node-pkg': 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  bun: 'npm',
  gobinary: 'go-module',
  gomod: 'go-module',
  'python-pkg': 'python',
  pip: 'python',
  pipenv: 'python',
  poetry: 'python',
  uv: 'python',
  gemspec: 'gem',
  bundler: 'gem',
  cargo: 'rust-crate',
  rustbinary: 'rust-crate',
  composer: 'php-composer',
  'composer-vendor': 'php-composer',
  'dotnet-core': 'dotnet',
  nuget: 'dotnet',
  'packages-props': 'dotnet',
  pub: 'dart-pub'
}

/** Grype's `package.language` follows from the type; types without a language (OS packages) have none. */
const LANGUAGE_OF: Record<string, string> = {
  python: 'python',
  'java-archive': 'java',
  'jenkins-plugin': 'java',
  npm: 'javascript',
  'go-module': 'go',
  gem: 'ruby',
  'rust-crate': 'rust',
  dotnet: 'dotnet',
  'php-composer': 'php',
  'php-pecl': 'php',
  'dart-pub': 'dart',
  'R-package': 'R',
  'lua-rocks': 'lua',
  swift: 'swift',
  cocoapods: 'swift',
  hackage: 'haskell',
  'erlang-otp': 'erlang',
  opam: 'ocaml'
}

/** Purl types (purl-spec) and the Grype package types they name. */
const PURL_TO_GRYPE: Record<string, readonly string[]> = {
  apk: ['apk'],
  deb: ['deb'],
  rpm: ['rpm'],
  alpm: ['alpm'],
  maven: ['java-archive', 'jenkins-plugin'],
  npm: ['npm'],
  golang: ['go-module'],
  pypi: ['python'],
  gem: ['gem'],
  cargo: ['rust-crate'],
  composer: ['php-composer'],
  nuget: ['dotnet'],
  pub: ['dart-pub'],
  hex: ['hex'],
  swift: ['swift'],
  cocoapods: ['cocoapods'],
  hackage: ['hackage'],
  conan: ['conan']
}

export function grypePackageType(type: string): string {
  return TRIVY_TO_GRYPE[type] ?? type
}

export function packageLanguage(type: string): string | undefined {
  return LANGUAGE_OF[grypePackageType(type)]
}

export function purlTypeCovers(purlType: string, packageType: string): boolean {
  return PURL_TO_GRYPE[purlType]?.includes(grypePackageType(packageType)) ?? false
}
