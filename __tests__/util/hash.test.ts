import { hash64, hash64Fields } from '../../src/util/hash.js'

describe('hash64', () => {
  it('is a stable 64-bit hash: SARIF fingerprints depend on it', () => {
    expect(hash64('')).toBe(hash64(''))
    // Fingerprints must not change between releases, or code scanning reopens every alert.
    expect(hash64('CVE-2024-1\u0000Dockerfile')).toBe('87f9187c35b7daec')
    for (const fields of [['a'], ['CVE-2024-1', '', '12', 'ghcr.io/acme/app', 'openssl', 'apk'], ['', '']])
      expect(hash64Fields(fields)).toBe(hash64(fields.join('\u0000')))
    expect(hash64('CVE-2024-1\u0000Dockerfile')).toMatch(/^[0-9a-f]{16}$/)
    expect(hash64('a')).not.toBe(hash64('b'))
    const all = new Set(
      Array.from({ length: 50_000 }, (_, i) => hash64(`CVE-2024-${i}\u0000Dockerfile\u0000${i % 90}`))
    )
    expect(all.size).toBe(50_000)
  })
})
