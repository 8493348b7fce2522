import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '../../src/errors.js'
import { parseImageConfig } from '../../src/registry/config.js'
import { digestTag, isDigest } from '../../src/registry/digest.js'
import { describeStatus, RegistryError } from '../../src/registry/errors.js'
import { type ImageIndex, parseManifest } from '../../src/registry/manifest.js'
import { isSigstoreBundleType } from '../../src/registry/media-types.js'
import { formatPlatform, parsePlatform, selectPlatform } from '../../src/registry/platform.js'

// SYNTHETIC documents.
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value))
const descriptor = (n: number, platform?: object) => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${String(n).repeat(64)}`,
  size: 100,
  platform
})

describe('manifests', () => {
  it('takes the media type from the document, else the Content-Type, else the shape', () => {
    const index = { schemaVersion: 2, manifests: [descriptor(1)] }
    expect(parseManifest(bytes(index)).mediaType).toBe('application/vnd.oci.image.index.v1+json')
    const list = parseManifest(
      bytes(index),
      'application/vnd.docker.distribution.manifest.list.v2+json; charset=utf-8'
    )
    expect(list).toMatchObject({
      kind: 'index',
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json'
    })
    const docker = {
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: descriptor(2),
      layers: [descriptor(3)]
    }
    expect(parseManifest(bytes(docker), 'text/plain')).toMatchObject({
      kind: 'manifest',
      layers: [{ size: 100 }]
    })
  })

  it('refuses unknown media types and keeps subject, artifactType and annotations', () => {
    expect(() =>
      parseManifest(bytes({ schemaVersion: 2, mediaType: 'application/x-unknown', layers: [] }))
    ).toThrow(/unsupported manifest media type "application\/x-unknown"/)
    const referrer = parseManifest(
      bytes({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        config: descriptor(1),
        layers: [],
        subject: descriptor(2),
        annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' }
      })
    )
    expect(referrer).toMatchObject({
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      subject: { size: 100 }
    })
  })
})

describe('platforms', () => {
  const index: ImageIndex = {
    kind: 'index',
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      descriptor(1, { os: 'linux', architecture: 'amd64' }),
      descriptor(2, { os: 'linux', architecture: 'arm64', variant: 'v8' }),
      descriptor(3, { os: 'linux', architecture: 'arm', variant: 'v6' }),
      descriptor(4, { os: 'unknown', architecture: 'unknown' })
    ] as ImageIndex['manifests']
  }

  it('parses os/arch[/variant] and refuses anything else with a configuration error', () => {
    expect(parsePlatform('linux/arm/v7')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' })
    expect(parsePlatform(' Linux/AMD64 ')).toEqual({ os: 'linux', architecture: 'amd64', variant: undefined })
    expect(() => parsePlatform('amd64')).toThrow(ConfigError)
    expect(() => parsePlatform('linux/amd64/v2/x')).toThrow(/write os\/architecture\[\/variant\]/)
    expect(formatPlatform({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('linux/arm64/v8')
  })

  it('matches with default variants (arm64 is v8, arm is v7)', () => {
    expect(selectPlatform(index, { os: 'linux', architecture: 'amd64' })?.digest).toBe(descriptor(1).digest)
    expect(selectPlatform(index, { os: 'linux', architecture: 'arm64' })?.digest).toBe(descriptor(2).digest)
    expect(selectPlatform(index, { os: 'linux', architecture: 'arm' })).toBeUndefined()
    expect(selectPlatform(index, { os: 'linux', architecture: 'arm', variant: 'v6' })?.digest).toBe(
      descriptor(3).digest
    )
  })
})

describe('image config', () => {
  it('reads the fields checks need, with Docker HEALTHCHECK and history', () => {
    const config = parseImageConfig(
      bytes({
        created: '2026-01-02T03:04:05Z',
        config: {
          User: '0',
          Env: ['A=1'],
          ExposedPorts: { '22/tcp': {} },
          Labels: null,
          Healthcheck: { Test: ['CMD', 'true'] }
        },
        history: [{ created_by: '/bin/sh -c #(nop) ENV A=1', empty_layer: true }]
      })
    )
    expect(config.config).toMatchObject({
      User: '0',
      ExposedPorts: ['22/tcp'],
      Labels: {},
      Healthcheck: { Test: ['CMD', 'true'] }
    })
    expect(config.history[0]).toEqual({ created_by: '/bin/sh -c #(nop) ENV A=1', empty_layer: true })
    expect(parseImageConfig(bytes({})).config).toEqual({ Env: [], ExposedPorts: [], Labels: {} })
    expect(() => parseImageConfig(bytes({ history: [{ empty_layer: 'yes' }] }))).toThrow(
      /history\[0\]\.empty_layer is not a boolean/
    )
  })
})

describe('digests, media types and errors', () => {
  it('validates digests and builds the signature and fallback tags', () => {
    expect(isDigest(`sha256:${'a'.repeat(64)}`)).toBe(true)
    expect(isDigest(`sha256:${'a'.repeat(63)}`)).toBe(false)
    expect(isDigest(`sha512:${'a'.repeat(128)}`)).toBe(true)
    expect(isDigest('md5:abc')).toBe(false)
    expect(digestTag(`sha256:${'a'.repeat(64)}`, '.sig')).toBe(`sha256-${'a'.repeat(64)}.sig`)
  })

  it('knows the bundle media types, v0.1 to v0.3', () => {
    expect(isSigstoreBundleType('application/vnd.dev.sigstore.bundle.v0.3+json')).toBe(true)
    expect(isSigstoreBundleType('application/vnd.dev.sigstore.bundle+json;version=0.1')).toBe(true)
    expect(isSigstoreBundleType('application/vnd.oci.empty.v1+json')).toBe(false)
    expect(isSigstoreBundleType(undefined)).toBe(false)
  })

  it('explains each status with a fix, and a RegistryError has no stack beyond its message', () => {
    expect(describeStatus(403, 'ghcr.io', undefined)).toEqual({
      reason: 'access denied by ghcr.io (HTTP 403)',
      fix: 'the credentials are valid but lack pull access to this repository'
    })
    expect(describeStatus(500, 'r.example', 'INTERNAL: boom').reason).toBe(
      'r.example failed with HTTP 500 (registry said: INTERNAL: boom)'
    )
    expect(describeStatus(418, 'r.example', undefined)).toEqual({ reason: 'r.example answered HTTP 418' })
    const error = new RegistryError({
      image: 'app:1',
      operation: 'fetch manifest',
      status: 404,
      reason: 'gone',
      fix: 'push it'
    })
    expect(error.message).toBe('app:1: cannot fetch manifest: gone; push it')
    expect(error.stack).toBe(`RegistryError: ${error.message}`)
  })
})
