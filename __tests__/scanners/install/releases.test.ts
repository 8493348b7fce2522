import { describe, expect, test } from '@jest/globals'
import {
  committedReleases,
  downloadUrl,
  normalizeVersion,
  pinnedArchive,
  platformKey
} from '../../../src/scanners/install/releases.js'
import { inTestedRange } from '../../../src/scanners/install/semver.js'

const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64']

/** The upstream archive names (goreleaser name templates of each project). */
const EXPECTED_ARCHIVE: Record<'trivy' | 'grype', (version: string, platform: string) => string> = {
  trivy: (v, p) =>
    `trivy_${v}_${{ 'linux-x64': 'Linux-64bit', 'linux-arm64': 'Linux-ARM64', 'darwin-x64': 'macOS-64bit', 'darwin-arm64': 'macOS-ARM64' }[p]}.tar.gz`,
  grype: (v, p) =>
    `grype_${v}_${{ 'linux-x64': 'linux_amd64', 'linux-arm64': 'linux_arm64', 'darwin-x64': 'darwin_amd64', 'darwin-arm64': 'darwin_arm64' }[p]}.tar.gz`
}

describe('the committed releases.json', () => {
  for (const name of ['trivy', 'grype'] as const) {
    const releases = committedReleases.scanners[name]

    test(`${name}: the default version is pinned for every supported platform with a real-looking digest`, () => {
      for (const platform of PLATFORMS) {
        const archive = pinnedArchive(committedReleases, name, releases.defaultVersion, platform)
        expect(archive).not.toBeInstanceOf(Error)
        if (archive instanceof Error) continue
        expect(archive.sha256).toMatch(/^[0-9a-f]{64}$/)
        expect(archive.archive).toBe(EXPECTED_ARCHIVE[name](releases.defaultVersion, platform))
      }
    })

    test(`${name}: every pinned version is inside its own tested range and names its checksum source`, () => {
      for (const [version, entry] of Object.entries(releases.versions)) {
        expect(inTestedRange(version, releases.tested)).toBe(true)
        expect(entry.checksumSource).toMatch(/checksums\.txt/)
      }
    })
  }

  test('no two archives share a digest (a copy-paste slip would)', () => {
    const digests = Object.values(committedReleases.scanners).flatMap(scanner =>
      Object.values(scanner.versions).flatMap(version => Object.values(version.platforms).map(a => a.sha256))
    )
    expect(new Set(digests).size).toBe(digests.length)
  })
})

describe('release lookups', () => {
  test('a digest that is not 64 hex characters counts as missing', () => {
    const table = structuredClone(committedReleases)
    table.scanners.trivy.versions['0.72.0'].platforms['linux-x64'].sha256 = 'TODO'
    expect(pinnedArchive(table, 'trivy', '0.72.0', 'linux-x64')).toBeInstanceOf(Error)
  })

  test('download addresses: GitHub by default, the mirror layout otherwise', () => {
    const trivy = committedReleases.scanners.trivy
    expect(downloadUrl(trivy, '0.72.0', 'trivy_0.72.0_Linux-64bit.tar.gz')).toBe(
      'https://github.com/aquasecurity/trivy/releases/download/v0.72.0/trivy_0.72.0_Linux-64bit.tar.gz'
    )
    expect(downloadUrl(trivy, '0.72.0', 'a.tar.gz', ' https://mirror.example/scanners// ')).toBe(
      'https://mirror.example/scanners/v0.72.0/a.tar.gz'
    )
  })

  test('versions and platforms are spelled the way releases.json keys them', () => {
    expect(normalizeVersion(' v0.72.0 ')).toBe('0.72.0')
    expect(platformKey('darwin', 'arm64')).toBe('darwin-arm64')
  })
})
