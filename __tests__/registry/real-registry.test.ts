import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { parseImageReference } from '../../src/image/reference.js'
import { RegistryClient, RegistryError } from '../../src/registry/index.js'
import {
  buildImage,
  buildIndex,
  describeWithRegistry,
  pushImage,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'

// SYNTHETIC images built by umoci, pushed by skopeo to Debian's docker-registry (distribution 2.8).
const ROOT_IMAGE = {
  env: ['PATH=/usr/bin:/bin', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  exposedPorts: ['22/tcp'],
  files: { 'etc/hello.txt': 'synthetic test layer\n' }
}
const NON_ROOT_IMAGE = {
  user: '1000:1000',
  env: ['PATH=/usr/bin:/bin'],
  exposedPorts: ['8080/tcp'],
  labels: {
    'org.opencontainers.image.source': 'https://example.test/app',
    'org.opencontainers.image.revision': 'abc123'
  }
}

describeWithRegistry('registry client against docker-registry (no auth)', () => {
  let registry: RunningRegistry
  const pushed: Record<string, string> = {}

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' })
    const [root, nonRoot, multi] = await Promise.all([
      buildImage(ROOT_IMAGE),
      buildImage(NON_ROOT_IMAGE),
      buildIndex([{ user: '1000' }, { user: '1000', architecture: 'arm64' }])
    ])
    pushed.root = await pushImage(registry, root, 'test/root', ['latest', 'v1'])
    pushed.nonRoot = await pushImage(registry, nonRoot, 'test/nonroot', ['1.0'])
    pushed.multi = await pushImage(registry, multi, 'test/multi', ['latest'])
  }, 120_000)
  afterAll(() => registry?.stop())

  const client = () => new RegistryClient({ insecureRegistries: [registry.host] })
  const ref = (name: string) => parseImageReference(`${registry.host}/${name}`)

  it('resolves a tag to the digest skopeo reported, by HEAD and by GET', async () => {
    const c = client()
    expect(await c.resolveDigest(ref('test/root:latest'))).toBe(pushed.root)
    expect(await c.resolveDigest(ref('test/root:v1'))).toBe(pushed.root)
    expect((await c.getManifest(ref('test/nonroot:1.0'))).digest).toBe(pushed.nonRoot)
    const inspected = execFileSync(
      'skopeo',
      ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${registry.host}/test/root:v1`],
      { encoding: 'utf8' }
    ).trim()
    expect(inspected).toBe(pushed.root)
  })

  it('reads the config blob: user, env, ports, labels', async () => {
    const c = client()
    const image = await c.resolveImage(ref('test/nonroot:1.0'))
    const { config } = await c.getConfig(ref('test/nonroot:1.0'), image.manifest)
    expect(config.config.User).toBe('1000:1000')
    expect(config.config.ExposedPorts).toEqual(['8080/tcp'])
    expect(config.config.Labels['org.opencontainers.image.revision']).toBe('abc123')
    const root = await c.resolveImage(ref('test/root:latest'))
    const rootConfig = (await c.getConfig(ref('test/root:latest'), root.manifest)).config
    expect(rootConfig.config.User).toBeUndefined()
    expect(rootConfig.config.Env).toContain(ROOT_IMAGE.env[1])
    expect(root.manifest.layers).toHaveLength(1)
  })

  it('resolves an index to its linux/amd64 and linux/arm64 manifests', async () => {
    const c = client()
    const amd = await c.resolveImage(ref('test/multi:latest'))
    const arm = await c.resolveImage(ref('test/multi:latest'), { os: 'linux', architecture: 'arm64' })
    expect(amd.digest).toBe(pushed.multi)
    expect(arm.digest).toBe(pushed.multi)
    expect(amd.manifestDigest).not.toBe(arm.manifestDigest)
    expect((await c.getConfig(ref('test/multi:latest'), arm.manifest)).config.architecture).toBe('arm64')
    expect((await c.getConfig(ref('test/multi:latest'), amd.manifest)).config.architecture).toBe('amd64')
    await expect(
      c.resolveImage(ref('test/multi:latest'), { os: 'linux', architecture: 's390x' })
    ).rejects.toThrow(/no linux\/s390x variant \(it has: linux\/amd64, linux\/arm64\)/)
  })

  it('says 404 for a missing tag, naming the image', async () => {
    const error = await client()
      .getManifest(ref('test/root:nope'))
      .catch(e => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.status).toBe(404)
    expect(error.message).toContain(`${registry.host}/test/root:nope: cannot fetch manifest`)
  })
})
