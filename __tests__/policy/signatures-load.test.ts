import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { loadPolicyFile } from '../../src/policy/load.js'

function write(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-sig-policy-'))
  writeFileSync(path.join(dir, 'p.yml'), text)
  return path.join(dir, 'p.yml')
}

async function problems(file: string): Promise<string[]> {
  try {
    await loadPolicyFile(file, 'p.yml')
  } catch (error) {
    return (error as ConfigError).problems.map(p => `${p.position?.line}: ${p.position?.field}: ${p.message}`)
  }
  return []
}

describe('signatures are compiled when the policy is loaded', () => {
  it('reports an unanchored regexp and a missing key file at their lines, the regexp cut to 80 characters', async () => {
    const long = `.*@${'a'.repeat(200)}.com`
    const file = write(
      [
        'version: 1',
        'signatures:',
        '  authorities:',
        '    - key: { path: missing.pub }',
        '    - keyless:',
        '        identities:',
        `          - { issuer: https://iss, subjectRegExp: '${long}' }`,
        ''
      ].join('\n')
    )
    const found = await problems(file)
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(
      /^4: signatures\.authorities\.0\.key\.path: cannot read the key file .*missing\.pub: ENOENT/
    )
    expect(found[1]).toMatch(
      /^7: signatures\.authorities\.1\.keyless\.identities\.0\.subjectRegExp: the regular expression ".*…" must be anchored/
    )
    expect(found[1]).not.toContain('a'.repeat(100))
  })

  it('reads a key relative to the policy file, and hands the compiled policy on', async () => {
    const file = write(
      'version: 1\nsignatures:\n  authorities:\n    - name: release\n      key: { path: cosign.pub }\n'
    )
    const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
      type: 'spki',
      format: 'pem'
    })
    writeFileSync(path.join(path.dirname(file), 'cosign.pub'), pem) // SYNTHETIC key
    const loaded = await loadPolicyFile(file, 'p.yml')
    expect(loaded.signatures?.authorities).toMatchObject([
      { name: 'release', keyPath: path.join(path.dirname(file), 'cosign.pub') }
    ])
  })
})
