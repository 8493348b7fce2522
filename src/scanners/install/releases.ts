import committed from './releases.json' with { type: 'json' }
import type { ScannerName } from '../../model/finding.js'

/** One downloadable archive: its file name in the release and the SHA-256 it must have. */
export interface PinnedArchive {
  archive: string
  sha256: string
}

export interface ScannerReleases {
  /** `owner/repo` on GitHub; downloads come from `https://github.com/<repository>/releases/download`. */
  repository: string
  defaultVersion: string
  /** The versions this imagegate release was tested with: `min` inclusive, `below` exclusive. */
  tested: { min: string; below: string; why?: string }
  /** Version (no `v`) → platform key (`linux-x64`, `darwin-arm64`, …) → archive. */
  versions: Record<string, { checksumSource?: string; platforms: Record<string, PinnedArchive> }>
}

/** The shape of `releases.json`. Tests pass their own table so synthetic archives have known digests. */
export interface ReleasesTable {
  scanners: Record<ScannerName, ScannerReleases>
}

/** The committed table; production code reads nothing else for integrity. */
export const committedReleases: ReleasesTable = committed

/** Node's platform and arch as one key, the form `releases.json` uses. */
export function platformKey(platform: NodeJS.Platform, arch: string): string {
  return `${platform}-${arch}`
}

/** Accepts `v0.72.0` as well as `0.72.0`, as people write both. */
export function normalizeVersion(version: string): string {
  return version.trim().replace(/^v/, '')
}

/**
 * The pinned archive for a scanner, version and platform, or an Error whose message says what to do.
 * A missing or malformed entry is refused rather than downloaded unverified.
 */
export function pinnedArchive(
  table: ReleasesTable,
  name: ScannerName,
  version: string,
  platform: string
): PinnedArchive | Error {
  const entry = table.scanners[name]?.versions[version]?.platforms[platform]
  if (!entry || !/^[0-9a-f]{64}$/.test(entry.sha256 ?? '') || !entry.archive) {
    const pinned = Object.keys(table.scanners[name]?.versions ?? {}).join(', ') || 'none'
    return new Error(
      `no pinned checksum for ${name} ${version} on ${platform}; set ${name}-version to a pinned version ` +
        `(${pinned}) or put ${name} on PATH`
    )
  }
  return entry
}

/**
 * Where to download an archive from. `mirror` replaces `https://github.com/<owner>/<repo>/releases/download`
 * and keeps the `v<version>/<archive>` layout, so a mirror is a plain copy of the release assets.
 */
export function downloadUrl(
  releases: ScannerReleases,
  version: string,
  archive: string,
  mirror?: string
): string {
  const base = mirror?.trim()
    ? mirror.trim().replace(/\/+$/, '')
    : `https://github.com/${releases.repository}/releases/download`
  return `${base}/v${version}/${archive}`
}
