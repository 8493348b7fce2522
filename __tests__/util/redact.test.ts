import { describe, expect, it } from '@jest/globals'
import { redactSecrets, registerSecret, tailOf } from '../../src/util/redact.js'

describe('redactSecrets', () => {
  it('masks registered values and the values of credential-named variables', () => {
    registerSecret('s3cr3t-registry-pass')
    const env = { TRIVY_PASSWORD: 'hunter2hunter2', PATH: '/usr/bin', SHORT_TOKEN: 'abc' }
    expect(redactSecrets('login s3cr3t-registry-pass then hunter2hunter2 in /usr/bin abc', env)).toBe(
      'login *** then *** in /usr/bin abc'
    )
  })

  it('masks token shapes nobody registered', () => {
    const cases: Array<[string, string]> = [
      ['token ghs_abcdefghijklmnopqrstuvwxyz0123', 'token ***'],
      ['github_pat_11ABCDEFG0123456789_abcdefghijklmnop x', '*** x'],
      ['Authorization: Bearer abc.def-ghi_jkl', 'Authorization: Bearer ***'],
      ['header Basic dXNlcjpwYXNzd29yZA==', 'header Basic ***'],
      ['GET https://bot:pa55word@registry.example/v2/', 'GET https://bot:***@registry.example/v2/'],
      ['password=topsecret&user=x', 'password=***&user=x'],
      ['key AKIAABCDEFGHIJKLMNOP used', 'key *** used'],
      ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJl', 'jwt ***']
    ]
    for (const [text, expected] of cases) expect(redactSecrets(text, {})).toBe(expected)
  })

  it('leaves ordinary scanner output alone', () => {
    const text = 'FATAL image scan error: unable to find the specified image "alpine:3.20"'
    expect(redactSecrets(text, {})).toBe(text)
  })
})

describe('tailOf', () => {
  it('keeps short text whole, and cuts long text at a line or word boundary', () => {
    expect(tailOf('short', 10)).toBe('short')
    expect(tailOf('first line ghp_partial\nsecond\nthird', 16)).toBe('[…]\nsecond\nthird')
    expect(tailOf('aaaaaaaaaa bbbbb', 8)).toBe('[…] bbbbb')
    expect(tailOf('x'.repeat(100), 10)).toBe('[…]')
  })
})
