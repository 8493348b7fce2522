import { normalizePackageName } from '../reports/package-key.js'

/** A package URL split into its parts (purl-spec), segments percent-decoded. */
export interface PackageUrl {
  type: string
  namespace?: string
  name: string
  version?: string
  /** Qualifiers and subpath are kept only so a rule can refuse to match what it cannot check. */
  qualifiers?: string
  subpath?: string
}

/** Parses `pkg:type/namespace/name@version?qualifiers#subpath`; returns an error message when malformed. */
export function parsePurl(text: string): PackageUrl | { error: string } {
  const bad = (why: string) => ({ error: `not a package URL (${why}): ${JSON.stringify(text)}` })
  if (!/^pkg:/i.test(text)) return bad('it must start with `pkg:`')
  let rest = text.slice(4).replace(/^\/+/, '')
  let subpath: string | undefined
  let qualifiers: string | undefined
  const hash = rest.indexOf('#')
  if (hash >= 0) [rest, subpath] = [rest.slice(0, hash), rest.slice(hash + 1)]
  const query = rest.indexOf('?')
  if (query >= 0) [rest, qualifiers] = [rest.slice(0, query), rest.slice(query + 1)]
  let version: string | undefined
  // Only an `@` after the last `/` starts the version: `pkg:npm/@scope/name` has none.
  const at = rest.lastIndexOf('@')
  if (at > rest.lastIndexOf('/')) [rest, version] = [rest.slice(0, at), rest.slice(at + 1)]
  const segments = rest.split('/').filter(s => s !== '')
  if (segments.length < 2) return bad('it needs a type and a name, e.g. `pkg:npm/lodash`')
  let decoded: string[]
  try {
    decoded = segments.map(decodeURIComponent)
    if (version !== undefined) version = decodeURIComponent(version)
  } catch {
    return bad('a percent-escape is broken')
  }
  const [type, ...path] = decoded
  const name = path.pop() as string
  return {
    type: type.toLowerCase(),
    ...(path.length > 0 ? { namespace: path.join('/') } : {}),
    name,
    ...(version ? { version } : {}),
    ...(qualifiers ? { qualifiers } : {}),
    ...(subpath ? { subpath } : {})
  }
}

const OS_TYPES = new Set(['deb', 'rpm', 'apk', 'alpm'])

/**
 * Whether a purl from a rule names this package. Findings carry no purl, so the purl's parts are
 * compared with the package's type, name and version, the way Trivy derives names from purls:
 * OS packages by name alone (the namespace is the distro, and an image has one), others as
 * `namespace/name`. Names then compare as the merge identifies packages (reports/package-key.ts):
 * case-insensitively, PyPI names by PEP 503, Maven by artifactId. No version means any version.
 */
export function purlMatchesPackage(
  purl: PackageUrl,
  pkg: { name: string; version?: string; type?: string }
): boolean {
  if (purl.qualifiers !== undefined || purl.subpath !== undefined) return false
  // Merged findings already name their ecosystem by purl type (reports/package-key.ts).
  if (purl.type !== pkg.type) return false
  if (purl.version !== undefined && purl.version !== pkg.version) return false
  const separator = purl.type === 'maven' ? ':' : '/'
  const expected =
    OS_TYPES.has(purl.type) || purl.namespace === undefined
      ? purl.name
      : `${purl.namespace}${separator}${purl.name}`
  return normalizePackageName(expected, purl.type) === normalizePackageName(pkg.name, purl.type)
}
