/**
 * The repository part of an image reference: `ghcr.io/acme/app:1.2@sha256:…` → `ghcr.io/acme/app`.
 * Tags and digests change every build; the repository names what the finding is about over time.
 */
export function imageRepository(ref: string): string {
  const withoutDigest = ref.trim().split('@')[0] ?? ''
  const slash = withoutDigest.lastIndexOf('/')
  // A colon after the last slash starts the tag; one before it belongs to a registry port.
  const colon = withoutDigest.indexOf(':', slash + 1)
  return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon)
}
