import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { parseImageReference } from '../../src/image/reference.js'
import { parseDockerConfig, RegistryClient, RegistryError } from '../../src/registry/index.js'
import {
  buildImage,
  deadPort,
  describeWithRegistry,
  pushImage,
  type RunningRegistry,
  startRegistry
} from '../helpers/registry/index.js'

// SYNTHETIC image and credentials.
const IMAGE = { user: '1000', env: ['PATH=/usr/bin:/bin'] }

describeWithRegistry('registry client authentication against docker-registry', () => {
  let basic: RunningRegistry
  let token: RunningRegistry
  const digests: Record<string, string> = {}

  beforeAll(async () => {
    ;[basic, token] = await Promise.all([startRegistry({ auth: 'basic' }), startRegistry({ auth: 'token' })])
    const layout = await buildImage(IMAGE)
    digests.basic = await pushImage(basic, layout, 'private/app', ['v1'])
    digests.token = await pushImage(token, layout, 'private/app', ['v1'])
  }, 120_000)
  afterAll(async () => {
    await basic?.stop()
    await token?.stop()
  })

  function clientFor(registry: RunningRegistry, password = registry.password, masked: string[] = []) {
    return new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { [registry.host]: { username: registry.username, password } },
      mask: secret => masked.push(secret)
    })
  }

  it('basic auth: pulls with the right password and masks it', async () => {
    const masked: string[] = []
    const client = clientFor(basic, basic.password, masked)
    const image = parseImageReference(`${basic.host}/private/app:v1`)
    expect(await client.resolveDigest(image)).toBe(digests.basic)
    expect(masked).toContain(basic.password)
    expect(masked).toContain(Buffer.from(`${basic.username}:${basic.password}`).toString('base64'))
  })

  it('basic auth: takes the credentials from a docker config.json written by docker login', async () => {
    const auth = Buffer.from(`${basic.username}:${basic.password}`).toString('base64')
    const dockerConfig = parseDockerConfig(
      JSON.stringify({ auths: { [`http://${basic.host}`]: { auth } } }),
      'config.json'
    )
    const client = new RegistryClient({ insecureRegistries: [basic.host], dockerConfig })
    expect(await client.resolveDigest(parseImageReference(`${basic.host}/private/app:v1`))).toBe(
      digests.basic
    )
  })

  it('basic auth: a wrong password is a 401 that says the credentials were rejected, without the password', async () => {
    const client = clientFor(basic, 'wrong-synthetic-password')
    const error = (await client
      .getManifest(parseImageReference(`${basic.host}/private/app:v1`))
      .catch(e => e)) as RegistryError
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.status).toBe(401)
    expect(error.message).toMatch(/rejected the credentials \(HTTP 401\); check the username and password/)
    expect(error.message).not.toContain('wrong-synthetic-password')
  })

  it('basic auth: no credentials is a 401 that says to log in', async () => {
    const client = new RegistryClient({ insecureRegistries: [basic.host] })
    const error = (await client
      .getManifest(parseImageReference(`${basic.host}/private/app:v1`))
      .catch(e => e)) as RegistryError
    expect(error.status).toBe(401)
    expect(error.message).toMatch(/requires authentication .*log in to 127\.0\.0\.1/)
  })

  it('token auth: fetches one token per repository scope from the realm and masks it', async () => {
    const masked: string[] = []
    const client = clientFor(token, token.password, masked)
    const image = parseImageReference(`${token.host}/private/app:v1`)
    const before = token.tokenServer!.issued.length
    const resolved = await client.resolveImage(image)
    expect(resolved.digest).toBe(digests.token)
    expect((await client.getConfig(image, resolved.manifest)).config.config.User).toBe('1000')
    const issued = token.tokenServer!.issued.slice(before)
    expect(issued).toEqual([{ user: token.username, scopes: ['repository:private/app:pull'] }])
    expect(client.stats.counts.token).toBe(1)
    expect(client.stats.counts.manifestGet).toBe(1)
    expect(masked.length).toBeGreaterThanOrEqual(3) // password, basic value, token
  })

  it('token auth: wrong credentials are refused by the token service', async () => {
    const client = clientFor(token, 'wrong-synthetic-password')
    const error = (await client
      .resolveDigest(parseImageReference(`${token.host}/private/app:v1`))
      .catch(e => e)) as RegistryError
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.message).toMatch(
      /cannot authenticate: the token service at 127\.0\.0\.1:\d+ rejected the credentials/
    )
  })

  it('a dead port fails within seconds, naming the host as unreachable', async () => {
    const host = `127.0.0.1:${await deadPort()}`
    const client = new RegistryClient({ insecureRegistries: [host] })
    const started = Date.now()
    const error = (await client
      .resolveDigest(parseImageReference(`${host}/app:1`))
      .catch(e => e)) as RegistryError
    expect(Date.now() - started).toBeLessThan(5000)
    expect(error.message).toContain(`registry at ${host} unreachable (connection refused)`)
  })
})
