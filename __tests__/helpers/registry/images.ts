import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** What one SYNTHETIC test image looks like; everything optional (root, no env, linux/amd64). */
export interface ImageSpec {
  /** `USER`; empty or absent means root. */
  user?: string
  env?: string[]
  /** e.g. `80/tcp` */
  exposedPorts?: string[]
  labels?: Record<string, string>
  architecture?: string
  os?: string
  /** Files in one layer (umoci unpack/repack), path → content. */
  files?: Record<string, string>
  /** The config history entry's `created_by`. */
  historyCreatedBy?: string
  created?: string
}

export interface BuiltLayout {
  /** The OCI layout directory. */
  dir: string
  /** The tag inside the layout (`image`, or `index` for a multi-platform one). */
  tag: string
  /** `oci:DIR:TAG`, for skopeo. */
  source: string
}

/** Bump when the build steps change, so cached layouts from an older helper are not reused. */
const BUILD_VERSION = 2
const CACHE = path.join(os.tmpdir(), `imagegate-test-images-v${BUILD_VERSION}`)

/** Builds (or reuses from this machine's cache, keyed by the spec) an OCI layout with one image. */
export function buildImage(spec: ImageSpec): Promise<BuiltLayout> {
  return cached({ single: spec }, async dir => {
    await buildInto(dir, 'image', spec)
    return 'image'
  })
}

/**
 * A multi-platform image: each spec built into one layout, then an index with platform entries
 * (umoci cannot make indexes, so the index blob and its index.json entry are written here).
 */
export function buildIndex(specs: ImageSpec[]): Promise<BuiltLayout> {
  return cached({ index: specs }, async dir => {
    const entries = []
    for (const [i, spec] of specs.entries()) {
      await buildInto(dir, `platform-${i}`, spec)
      const descriptor = readIndex(dir).manifests.find(
        m => m.annotations?.['org.opencontainers.image.ref.name'] === `platform-${i}`
      )
      if (!descriptor) throw new Error(`umoci did not tag platform-${i}`)
      entries.push({
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size,
        platform: { os: spec.os ?? 'linux', architecture: spec.architecture ?? 'amd64' }
      })
    }
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: entries
      })
    )
    const hex = createHash('sha256').update(index).digest('hex')
    writeFileSync(path.join(dir, 'blobs', 'sha256', hex), index)
    const top = readIndex(dir)
    top.manifests.push({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: `sha256:${hex}`,
      size: index.length,
      annotations: { 'org.opencontainers.image.ref.name': 'index' }
    })
    writeFileSync(path.join(dir, 'index.json'), JSON.stringify(top))
    return 'index'
  })
}

async function buildInto(dir: string, tag: string, spec: ImageSpec): Promise<void> {
  if (!existsSync(path.join(dir, 'oci-layout'))) await run('umoci', ['init', '--layout', dir])
  const image = `${dir}:${tag}`
  await run('umoci', ['new', '--image', image])
  if (spec.files) {
    const bundle = `${dir}.bundle-${tag}`
    await run('umoci', ['unpack', '--rootless', '--image', image, bundle])
    for (const [file, content] of Object.entries(spec.files)) {
      const target = path.join(bundle, 'rootfs', file)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, content)
    }
    await run('umoci', ['repack', '--image', image, bundle])
    rmSync(bundle, { recursive: true, force: true })
  }
  const args = ['config', '--image', image]
  if (spec.user) args.push('--config.user', spec.user)
  for (const env of spec.env ?? []) args.push('--config.env', env)
  for (const port of spec.exposedPorts ?? []) args.push('--config.exposedports', port)
  for (const [key, value] of Object.entries(spec.labels ?? {})) args.push('--config.label', `${key}=${value}`)
  args.push('--architecture', spec.architecture ?? 'amd64', '--os', spec.os ?? 'linux')
  if (spec.created) args.push('--created', spec.created)
  if (spec.historyCreatedBy) args.push('--history.created_by', spec.historyCreatedBy)
  await run('umoci', args)
}

interface LayoutIndex {
  manifests: Array<{ mediaType: string; digest: string; size: number; annotations?: Record<string, string> }>
}

function readIndex(dir: string): LayoutIndex {
  return JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as LayoutIndex
}

/** Layouts are cached per machine by spec: built once in a temp dir, then renamed into place. */
async function cached(key: unknown, build: (dir: string) => Promise<string>): Promise<BuiltLayout> {
  const hash = createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 16)
  const dir = path.join(CACHE, hash)
  const marker = path.join(dir, 'imagegate-tag')
  if (!existsSync(marker)) {
    mkdirSync(CACHE, { recursive: true })
    const temp = path.join(CACHE, `.tmp-${hash}-${randomBytes(4).toString('hex')}`)
    const tag = await build(temp)
    writeFileSync(path.join(temp, 'imagegate-tag'), tag)
    try {
      renameSync(temp, dir)
    } catch {
      rmSync(temp, { recursive: true, force: true }) // another worker built it first
    }
  }
  const tag = readFileSync(marker, 'utf8')
  return { dir, tag, source: `oci:${dir}:${tag}` }
}
