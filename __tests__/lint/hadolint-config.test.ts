// Synthetic .hadolint.yaml files.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { loadHadolintConfig, parseHadolintConfig } from '../../src/checks/lint/hadolint-config.js'
import { ConfigError } from '../../src/errors.js'

const CONFIG = `
ignored:
  - DL3008
  - dl3059
override:
  error: [DL3006]
  info: [DL3008, IG204]
trustedRegistries: [docker.io, ghcr.io]
label-schema:
  author: text
  homepage: url
strict-labels: true
failure-threshold: warning
`

describe('parseHadolintConfig', () => {
  it('reads ignored, override, trustedRegistries, label-schema and strict-labels', () => {
    expect(parseHadolintConfig(CONFIG, '.hadolint.yaml')).toEqual({
      file: '.hadolint.yaml',
      rules: { DL3008: 'off', DL3059: 'off', DL3006: 'error', IG204: 'info' },
      trustedRegistries: ['docker.io', 'ghcr.io'],
      labelSchema: { author: 'text', homepage: 'url' },
      strictLabels: true
    })
  })

  it('an empty or comment-only file is an empty config', () => {
    expect(parseHadolintConfig('', '.hadolint.yaml').rules).toEqual({})
    expect(parseHadolintConfig('# nothing yet\n', '.hadolint.yaml').rules).toEqual({})
  })

  it.each([
    ['ignored: DL3008', /\.hadolint\.yaml: ignored: must be a list of strings/],
    [
      'override:\n  fatal: [DL3008]',
      /override\.fatal: is not a level; use one of error, warning, info, style/
    ],
    ['- a\n- b', /must be a mapping/],
    ['ignored: [DL3008', /invalid YAML/]
  ])('rejects %j with a ConfigError that names the file and key', (text, message) => {
    expect(() => parseHadolintConfig(text, '.hadolint.yaml')).toThrow(ConfigError)
    expect(() => parseHadolintConfig(text, '.hadolint.yaml')).toThrow(message)
  })

  it('gives the line of a YAML syntax error', () => {
    try {
      parseHadolintConfig('ignored:\n  - DL3008\n bad: [', '.hadolint.yaml')
      throw new Error('expected a ConfigError')
    } catch (error) {
      expect((error as ConfigError).problems[0].position).toMatchObject({ file: '.hadolint.yaml', line: 3 })
    }
  })
})

describe('loadHadolintConfig', () => {
  it('finds .hadolint.yml too, and returns undefined when there is none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-hadolint-'))
    expect(await loadHadolintConfig(dir)).toBeUndefined()
    writeFileSync(path.join(dir, '.hadolint.yml'), 'ignored: [DL3006]\n')
    expect((await loadHadolintConfig(dir))?.rules).toEqual({ DL3006: 'off' })
  })
})
