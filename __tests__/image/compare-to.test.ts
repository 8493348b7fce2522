import { ConfigError } from '../../src/errors.js'
import { baseRefTag, resolveCompareTo, type CompareToRequest } from '../../src/image/compare-to.js'

const request = (to: string[], baseRef?: string, baseRefRequired = false): CompareToRequest => ({
  to,
  baseRef,
  baseRefRequired
})

describe('resolveCompareTo', () => {
  it('compares nothing when compare-to is empty', () => {
    expect(resolveCompareTo(request([]), ['a:1'])).toEqual({ pairs: [] })
    expect(resolveCompareTo(request(['  ']), ['a:1'])).toEqual({ pairs: [] })
  })

  it('fills {base_ref} with the base branch made a tag', () => {
    expect(
      resolveCompareTo(request(['ghcr.io/acme/app:{base_ref}'], 'release/1.2'), ['ghcr.io/acme/app:pr'])
    ).toEqual({
      pairs: [{ image: 'ghcr.io/acme/app:pr', base: 'ghcr.io/acme/app:release-1.2' }]
    })
  })

  it('pairs one entry per image in order, or one {repository} template for all', () => {
    expect(resolveCompareTo(request(['a:main', 'b:main']), ['a:pr', 'b:pr']).pairs).toEqual([
      { image: 'a:pr', base: 'a:main' },
      { image: 'b:pr', base: 'b:main' }
    ])
    expect(
      resolveCompareTo(request(['{repository}:{base_ref}'], 'main'), ['ghcr.io/x/a:pr', 'alpine:3']).pairs
    ).toEqual([
      { image: 'ghcr.io/x/a:pr', base: 'ghcr.io/x/a:main' },
      { image: 'alpine:3', base: 'docker.io/library/alpine:main' }
    ])
  })

  it('rejects a count that does not pair, one plain base for several images, and unknown placeholders', () => {
    expect(() => resolveCompareTo(request(['a', 'b']), ['x:1', 'y:1', 'z:1'])).toThrow(
      'compare-to has 2 entries for 3 images'
    )
    expect(() => resolveCompareTo(request(['a:main']), ['x:1', 'y:1'])).toThrow('or use {repository}')
    expect(() => resolveCompareTo(request(['a:{branch}']), ['x:1'])).toThrow('unknown placeholder {branch}')
    expect(() => resolveCompareTo(request(['a:main']), [])).toThrow('no image to compare')
    expect(() => resolveCompareTo(request(['{repository}:main']), ['oci-layout:./dir'])).toThrow(ConfigError)
  })

  it('without a base branch, {base_ref} is skipped with a note (action) or a mistake (CLI)', () => {
    const skipped = resolveCompareTo(request(['a:{base_ref}']), ['a:1'])
    expect(skipped.pairs).toEqual([])
    expect(skipped.note).toContain('no base branch')
    expect(() => resolveCompareTo(request(['a:{base_ref}'], undefined, true), ['a:1'])).toThrow(
      'pass --base-ref'
    )
    // A fixed base needs no branch.
    expect(resolveCompareTo(request(['a:main'], undefined, true), ['a:1']).pairs).toHaveLength(1)
  })
})

describe('baseRefTag', () => {
  it('makes a branch a valid tag', () => {
    expect(baseRefTag('refs/heads/main')).toBe('main')
    expect(baseRefTag('feature/ü-x')).toBe('feature---x')
    expect(baseRefTag('.hidden')).toBe('hidden')
    expect(baseRefTag('x'.repeat(300))).toHaveLength(128)
    expect(() => baseRefTag('..')).toThrow('cannot be made an image tag')
  })
})
