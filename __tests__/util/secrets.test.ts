import { describe, expect, it } from '@jest/globals'
import { credentialKind, isSecretName, scanCommand, secretValueKind } from '../../src/util/secrets.js'

// SYNTHETIC credential-shaped strings; none was ever a live credential.
const GITHUB = 'ghp_' + 'Synthetic'.padEnd(38, '0')

describe('shared secret patterns', () => {
  it('recognizes credential names and credential-shaped values', () => {
    expect(
      ['NPM_TOKEN', 'db_password', 'AWS_SECRET_ACCESS_KEY', 'API_KEY', 'CREDENTIALS'].every(isSecretName)
    ).toBe(true)
    expect(['TOKEN_URL', 'PASSWORD_FILE', 'PATH', 'SECRETARY'].some(isSecretName)).toBe(false)
    expect(credentialKind(`x ${GITHUB} y`)).toBe('a GitHub token')
    expect(credentialKind('-----BEGIN OPENSSH PRIVATE KEY-----')).toBe('a private key')
    expect(credentialKind('ghp_short')).toBeUndefined()
  })

  it('judges a name and value together: a value is needed, a reference is not one', () => {
    expect(secretValueKind('API_TOKEN', 'abc')).toBe('a secret value')
    expect(secretValueKind('API_TOKEN', '')).toBeUndefined()
    expect(secretValueKind('API_TOKEN', '${TOKEN}')).toBeUndefined()
    expect(secretValueKind('NOTE', GITHUB)).toBe('a GitHub token')
  })

  it('finds secret assignments in a command and cuts every assignment out of the rest', () => {
    const { assignments, rest } = scanCommand(
      `RUN |2 NPM_TOKEN="s3 cret" VERSION=1 /bin/sh -c curl -H ${GITHUB} && export DB_PASS='x'`
    )
    expect(assignments).toEqual([
      { name: 'NPM_TOKEN', kind: 'a secret value' },
      { name: 'DB_PASS', kind: 'a secret value' }
    ])
    expect(rest).not.toMatch(/s3 cret|VERSION=|DB_PASS/)
    expect(credentialKind(rest)).toBe('a GitHub token')
  })
})
