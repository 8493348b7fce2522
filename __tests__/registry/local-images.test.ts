import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseLocalImageSource, readLocalImage, RegistryError } from '../../src/registry/index.js'
import { type BuiltLayout, buildImage, buildIndex, describeWithRegistry } from '../helpers/registry/index.js'

// SYNTHETIC images (umoci) and archives (skopeo, or tar headers written here).
const temp = () => mkdtempSync(path.join(os.tmpdir(), 'imagegate-local-'))

async function read(text: string, platform?: { os: string; architecture: string }) {
  const source = parseLocalImageSource(text)
  if (!source) throw new Error(`not a local source: ${text}`)
  return readLocalImage(source, platform)
}

async function failure(text: string): Promise<RegistryError> {
  const error = await read(text).then(
    () => undefined,
    e => e
  )
  expect(error).toBeInstanceOf(RegistryError)
  return error as RegistryError
}

/** One ustar header (SYNTHETIC archives for the reader's edge cases). */
function tarHeader(name: string, size: number, type = '0', linkname = ''): Buffer {
  const header = Buffer.alloc(512)
  header.write(name, 0)
  header.write('0000644\0', 100)
  header.write('0000000\0', 108)
  header.write('0000000\0', 116)
  header.write(size.toString(8).padStart(11, '0') + '\0', 124)
  header.write('00000000000\0', 136)
  header.write(type, 156)
  header.write(linkname, 157)
  header.write('ustar\0' + '00', 257)
  header.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of header) sum += byte
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return header
}

function writeTar(
  file: string,
  entries: Array<{ name: string; body?: string; size?: number; type?: string; link?: string }>
) {
  const fd = openSync(file, 'w')
  let position = 0
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? '')
    const size = entry.size ?? body.length
    writeSync(fd, tarHeader(entry.name, size, entry.type, entry.link), 0, 512, position)
    position += 512
    if (body.length > 0) writeSync(fd, body, 0, body.length, position)
    position += Math.ceil(size / 512) * 512 // a declared size with no body written: a sparse hole
  }
  writeSync(fd, Buffer.alloc(1024), 0, 1024, position)
  closeSync(fd)
}

describe('local image sources', () => {
  it('parses oci-layout and docker-archive references: the path is the longest existing prefix', () => {
    const dir = temp()
    const archive = path.join(dir, 'a.tar')
    writeFileSync(archive, '')
    expect(parseLocalImageSource(`oci-layout:${dir}:v1`)).toMatchObject({
      kind: 'oci-layout',
      path: dir,
      reference: 'v1'
    })
    expect(parseLocalImageSource(`docker-archive:${archive}`)?.reference).toBeUndefined()
    expect(parseLocalImageSource(`docker-archive:${archive}:ghcr.io/org/app:1.0`)).toMatchObject({
      path: archive,
      reference: 'ghcr.io/org/app:1.0'
    })
    expect(parseLocalImageSource('docker-archive:/no/such.tar:app:1')).toMatchObject({
      path: '/no/such.tar:app:1'
    })
    expect(parseLocalImageSource('alpine:3.20')).toBeUndefined()
  })

  it('a docker archive whose first entry claims 2 GB is read without reading that entry', async () => {
    const dir = temp()
    const config = JSON.stringify({ architecture: 'amd64', os: 'linux', config: { User: 'nobody' } })
    const file = path.join(dir, 'big.tar')
    writeTar(file, [
      { name: 'layer.tar', size: 2 * 1024 ** 3 },
      {
        name: 'manifest.json',
        body: JSON.stringify([{ Config: 'cfg.json', RepoTags: ['app:1'], Layers: ['layer.tar'] }])
      },
      { name: 'cfg.json', body: config }
    ])
    const started = Date.now()
    const image = await read(`docker-archive:${file}`)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(image.config.config.config.User).toBe('nobody')
    expect(image.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
  })

  it('follows docker 25 symlinks into blobs/ and names bad archives clearly', async () => {
    const dir = temp()
    const config = '{"config":{"User":"1000"}}'
    const file = path.join(dir, 'linked.tar')
    writeTar(file, [
      { name: 'blobs/sha256/abc', body: config },
      { name: 'old/json', type: '2', link: '../blobs/sha256/abc' },
      { name: 'manifest.json', body: JSON.stringify([{ Config: 'old/json', RepoTags: [] }]) }
    ])
    expect((await read(`docker-archive:${file}`)).config.config.config.User).toBe('1000')
    writeFileSync(path.join(dir, 'junk.tar'), 'x'.repeat(2048))
    expect((await failure(`docker-archive:${path.join(dir, 'junk.tar')}`)).message).toMatch(
      /not a tar archive/
    )
    writeTar(path.join(dir, 'nomanifest.tar'), [{ name: 'a', body: 'b' }])
    expect((await failure(`docker-archive:${path.join(dir, 'nomanifest.tar')}`)).message).toMatch(
      /the archive has no manifest\.json/
    )
    expect((await failure(`docker-archive:${path.join(dir, 'missing.tar')}`)).message).toMatch(
      /does not exist/
    )
  })
})

describeWithRegistry('local images built by umoci and skopeo', () => {
  let single: BuiltLayout
  let multi: BuiltLayout
  beforeAll(async () => {
    ;[single, multi] = await Promise.all([
      buildImage({ user: '1000', env: ['API_TOKEN=synthetic-not-a-secret'], exposedPorts: ['80/tcp'] }),
      buildIndex([{ user: '1000' }, { user: '1000', architecture: 'arm64' }])
    ])
  }, 60_000)

  it('reads an OCI layout: index.json → manifest → config', async () => {
    const image = await read(`oci-layout:${single.dir}:image`)
    expect(image.config.config.config).toMatchObject({ User: '1000', ExposedPorts: ['80/tcp'] })
    expect(image.config.config.config.Env).toContain('API_TOKEN=synthetic-not-a-secret')
    expect(image.manifest.config.digest).toBe(image.config.digest)
  })

  it('resolves a multi-platform layout per platform, and says which tags exist', async () => {
    const arm = await read(`oci-layout:${multi.dir}:index`, { os: 'linux', architecture: 'arm64' })
    const amd = await read(`oci-layout:${multi.dir}:index`)
    expect(arm.config.config.architecture).toBe('arm64')
    expect(amd.config.config.architecture).toBe('amd64')
    expect(arm.digest).toBe(amd.digest)
    expect((await failure(`oci-layout:${multi.dir}`)).message).toMatch(
      /holds 3 images; name one with oci-layout:PATH:TAG \(tags: platform-0, platform-1, index\)/
    )
    expect((await failure(`oci-layout:${multi.dir}:nope`)).message).toMatch(/no image tagged "nope"/)
  })

  it('rejects a layout whose blob was altered', async () => {
    const copy = path.join(temp(), 'layout')
    cpSync(single.dir, copy, { recursive: true })
    const image = await read(`oci-layout:${copy}:image`)
    const configFile = path.join(copy, 'blobs', 'sha256', image.config.digest.slice(7))
    writeFileSync(configFile, readFileSync(configFile, 'utf8').replace('1000', '0000'))
    expect((await failure(`oci-layout:${copy}:image`)).message).toMatch(
      /digest mismatch: blob sha256:[a-f0-9]+ does not hash to its name/
    )
  })

  it('reads a docker archive written by skopeo, by name:tag', async () => {
    const file = path.join(temp(), 'image.tar')
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--insecure-policy',
      single.source,
      `docker-archive:${file}:example.test/app:1.0`
    ])
    const image = await read(`docker-archive:${file}:example.test/app:1.0`)
    expect(image.config.config.config.User).toBe('1000')
    const layout = await read(`oci-layout:${single.dir}:image`)
    expect(image.config.config.config).toEqual(layout.config.config.config)
    expect((await failure(`docker-archive:${file}:other:1`)).message).toMatch(
      /no image "other:1" \(it has: example\.test\/app:1\.0\)/
    )
  })
})
