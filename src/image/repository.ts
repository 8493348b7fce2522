import { describeRegistryPath, tryParseImageReference } from './reference.js'

/**
 * The repository part of an image reference: `ghcr.io/acme/app:1.2@sha256:…` → `ghcr.io/acme/app`,
 * normalized as docker does (`alpine` → `docker.io/library/alpine`). Tags and digests change every
 * build; the repository names what a finding is about over time. Unparseable text is kept as is.
 */
export function imageRepository(ref: string): string {
  const parsed = tryParseImageReference(ref.trim())
  return parsed.ok ? describeRegistryPath(parsed.reference) : ref.trim()
}
