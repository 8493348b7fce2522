import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { loadRunTrustedRoots } from '../../src/signing/index.js'
import { bundledTrustedRoot, loadTrustedRoot, parseTrustedRoot } from '../../src/signing/trusted-root.js'
import { fixturePath, HAVE_FIXTURES, signaturePolicy } from './fixtures.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'imagegate-trusted-root-'))

describe('trusted roots', () => {
  it('the bundled public-good root comes from @sigstore/tuf seeds, with Fulcio and Rekor', () => {
    const { root, source, notes } = bundledTrustedRoot()
    expect(source).toMatch(/public-good/)
    expect(notes).toEqual([])
    expect(root.tlogs.map(t => t.baseUrl)).toContain('https://rekor.sigstore.dev')
    expect(root.certificateAuthorities.length).toBeGreaterThan(0)
  })

  it('rejects files that are not trusted roots, in words', () => {
    expect(() => parseTrustedRoot('{')).toThrow(/not JSON/)
    expect(() => parseTrustedRoot('{"mediaType":"application/json"}')).toThrow(/not a Sigstore trusted root/)
  })

  it('a TUF refresh that fails falls back to the bundled root, with a note', async () => {
    // 127.0.0.1:9 (discard) refuses; no network is needed or used.
    const loaded = await loadTrustedRoot({
      refresh: { cachePath: path.join(tmp, 'tuf'), timeoutMs: 2000, mirrorURL: 'http://127.0.0.1:9' }
    })
    expect(loaded.source).toMatch(/bundled/)
    expect(loaded.notes).toEqual([
      expect.stringMatching(/^could not refresh the Sigstore trusted root over TUF .*used the bundled one$/)
    ])
  })

  ;(HAVE_FIXTURES ? it : it.skip)(
    'a run loads each named root once, and the default only when needed',
    async () => {
      const file = fixturePath('cosign-trusted_root_pgi.json')
      const policy = signaturePolicy({
        trustedRoot: file,
        authorities: [{ key: { path: 'containers-image-cosign-key/cosign.pub' } }]
      })
      const roots = await loadRunTrustedRoots(policy)
      expect(roots.sources).toEqual([file])
      expect(roots.rootFor(file).tlogs.length).toBe(1)
      expect(() => roots.rootFor(undefined)).toThrow(/no trusted root was loaded/)
    }
  )
})
