import { describe, expect, it } from '@jest/globals'
import { registrySettings } from '../../src/inputs/registry.js'

const NAMES = {
  registry: 'input registry',
  username: 'input registry-username',
  password: 'input registry-password'
}
const settings = (
  login: Parameters<typeof registrySettings>[1],
  images: string[] = ['ghcr.io/acme/app:1'],
  insecure: string[] = []
) => registrySettings(insecure, login, images, NAMES)

describe('registry settings from inputs', () => {
  it('gives the credentials to the images’ registry when none is named', () => {
    expect(settings({ username: 'u', password: 'p' }, ['ghcr.io/acme/a:1', 'ghcr.io/acme/b:2'])).toEqual({
      insecureRegistries: [],
      credentials: { 'ghcr.io': { username: 'u', password: 'p' } }
    })
  })

  it('uses the named registry, lowercased', () => {
    expect(settings({ registry: 'Localhost:5000', username: 'u', password: 'p' }).credentials).toEqual({
      'localhost:5000': { username: 'u', password: 'p' }
    })
  })

  it('refuses to guess the host when the images come from several registries, or name none', () => {
    expect(() => settings({ username: 'u', password: 'p' }, ['ghcr.io/a:1', 'quay.io/b:1'])).toThrow(
      'set input registry to the host the credentials are for: the images come from ghcr.io, quay.io'
    )
    expect(() => settings({ username: 'u', password: 'p' }, [])).toThrow(/no image names a registry/)
  })

  it('wants both username and password, and no host without them; never echoes the password', () => {
    expect(() => settings({ username: 'u' })).toThrow('input registry-password is missing')
    const attempt = () => settings({ password: 'hunter2-secret' })
    expect(attempt).toThrow('input registry-username is missing')
    try {
      attempt()
    } catch (error) {
      expect(String(error)).not.toContain('hunter2-secret')
    }
    expect(() => settings({ registry: 'ghcr.io' })).toThrow(/input registry is set but/)
  })

  it('validates insecure registries (HOST:PORT, no scheme)', () => {
    expect(settings({}, [], ['localhost:5000', ' 127.0.0.1:5001 ']).insecureRegistries).toEqual([
      'localhost:5000',
      '127.0.0.1:5001'
    ])
    expect(() => settings({}, [], ['http://localhost:5000'])).toThrow(/without a scheme/)
  })
})
