import { packageType } from '../reports/package-key.js'

/**
 * Merged findings name ecosystems by purl type (`deb`, `maven`, `pypi`; see reports/package-key.ts),
 * so a Grype rule's `package.type` is translated the same way before comparing. Grype's
 * `java-archive` and `jenkins-plugin` both become `maven`; a name Grype does not use (`debian`)
 * stays itself and matches nothing, as in Grype.
 */
export function grypeTypeMatches(ruleType: string, findingType: string): boolean {
  return packageType('grype', ruleType) === findingType
}

/** Grype's `package.language`, which follows from the ecosystem; OS packages have none. */
const LANGUAGE_OF: Record<string, string> = {
  pypi: 'python',
  maven: 'java',
  npm: 'javascript',
  golang: 'go',
  gem: 'ruby',
  cargo: 'rust',
  nuget: 'dotnet',
  composer: 'php',
  pecl: 'php',
  pub: 'dart',
  swift: 'swift',
  cocoapods: 'swift',
  conan: 'c++'
}

export function packageLanguage(findingType: string): string | undefined {
  return LANGUAGE_OF[findingType]
}
