import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { jest } from '@jest/globals'
import { ConfigError } from '../../src/errors.js'
import { expandDockerfileGlobs } from '../../src/inputs/dockerfile-globs.js'

/** A throwaway tree: `<parent>/sibling/Dockerfile` and `<parent>/repo[x]/...`, glob characters included. */
function tree(): { root: string; parent: string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'imagegate-globs-'))
  const root = path.join(parent, 'repo[x]')
  const files = [
    'Dockerfile',
    'Dockerfile.dev',
    'Dockerfile.dockerignore',
    'services/api/Dockerfile',
    'services/api/Dockerfile.test',
    'services/web/Containerfile',
    'vendor/lib/Dockerfile',
    '.devcontainer/Dockerfile',
    'README.md'
  ]
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), 'FROM alpine:3.20\n')
  }
  // A directory matching `Dockerfile*`: neither it nor its contents are Dockerfiles.
  mkdirSync(path.join(root, 'Dockerfile.d'))
  writeFileSync(path.join(root, 'Dockerfile.d', 'notes.txt'), 'not a Dockerfile\n')
  mkdirSync(path.join(parent, 'sibling'))
  writeFileSync(path.join(parent, 'sibling', 'Dockerfile'), 'FROM alpine:3.20\n')
  return { root, parent }
}

describe('expandDockerfileGlobs', () => {
  const { root } = tree()
  // Captured so tests can assert that expanding patterns never writes to stdout (the CLI prints JSON there).
  let stdout: string[] = []
  beforeEach(() => {
    stdout = []
    const capture = (chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0
    jest.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write)
  })
  afterEach(() => jest.restoreAllMocks())

  it('expands ** globs to sorted files relative to the working directory', async () => {
    expect(await expandDockerfileGlobs(['**/Dockerfile*'], root)).toEqual([
      '.devcontainer/Dockerfile',
      'Dockerfile',
      'Dockerfile.dev',
      'services/api/Dockerfile',
      'services/api/Dockerfile.test',
      'vendor/lib/Dockerfile'
    ])
  })

  it('applies negations', async () => {
    expect(await expandDockerfileGlobs(['**/Dockerfile*', '!vendor/**', '!**/*.test'], root)).toEqual([
      '.devcontainer/Dockerfile',
      'Dockerfile',
      'Dockerfile.dev',
      'services/api/Dockerfile'
    ])
    expect(await expandDockerfileGlobs(['Dockerfile', '!Dockerfile'], root)).toEqual([])
  })

  it('returns plain paths as given and unique, printing nothing to stdout', async () => {
    const files = await expandDockerfileGlobs(
      ['services/web/Containerfile', 'Dockerfile', './Dockerfile'],
      root
    )
    expect(files).toEqual(['Dockerfile', 'services/web/Containerfile'])
    // The CLI may print JSON to stdout: the common case must not add workflow-command noise to it.
    expect(stdout).toEqual([])
    expect(await expandDockerfileGlobs(['*/api/Dockerfile'], root)).toEqual(['services/api/Dockerfile'])
    expect(stdout).toEqual([])
  })

  it('merges plain paths and globs without duplicates', async () => {
    expect(
      await expandDockerfileGlobs(['Dockerfile', 'services/*/Dockerfile', ' ', '# comment'], root)
    ).toEqual(['Dockerfile', 'services/api/Dockerfile'])
  })

  it('keeps a .dockerignore only when it is named explicitly', async () => {
    expect(await expandDockerfileGlobs(['Dockerfile*'], root)).toEqual(['Dockerfile', 'Dockerfile.dev'])
    expect(await expandDockerfileGlobs(['Dockerfile*', 'Dockerfile.dockerignore'], root)).toEqual([
      'Dockerfile',
      'Dockerfile.dev',
      'Dockerfile.dockerignore'
    ])
  })

  it('returns an empty list for a glob that matches nothing', async () => {
    expect(await expandDockerfileGlobs(['**/Nothing*'], root)).toEqual([])
    expect(await expandDockerfileGlobs([], root)).toEqual([])
  })

  it('throws a ConfigError naming a plain path that does not exist', async () => {
    await expect(expandDockerfileGlobs(['docker/Dockerfile'], root)).rejects.toThrow(ConfigError)
    await expect(expandDockerfileGlobs(['**/Dockerfile', 'docker/Dockerfile'], root)).rejects.toThrow(
      'dockerfiles: "docker/Dockerfile" does not exist'
    )
  })

  it('throws a ConfigError for a plain path that is a directory', async () => {
    await expect(expandDockerfileGlobs(['Dockerfile.d'], root)).rejects.toThrow(
      'dockerfiles: "Dockerfile.d" is not a file'
    )
  })

  it('allows paths outside the working directory that exist, labelled relative to it', async () => {
    expect(await expandDockerfileGlobs(['../sibling/Dockerfile'], root)).toEqual(['../sibling/Dockerfile'])
    expect(await expandDockerfileGlobs(['../sib*/Dockerfile'], root)).toEqual(['../sibling/Dockerfile'])
    await expect(expandDockerfileGlobs(['../missing/Dockerfile'], root)).rejects.toThrow(ConfigError)
  })

  it('accepts absolute paths and labels them relative', async () => {
    expect(await expandDockerfileGlobs([path.join(root, 'services', 'api', 'Dockerfile')], root)).toEqual([
      'services/api/Dockerfile'
    ])
  })

  it('matches glob characters in the working directory name literally', async () => {
    // `repo[x]` as a glob would mean `repox`; a sibling by that name must not be found.
    const { root: other, parent } = tree()
    mkdirSync(path.join(parent, 'repox'))
    writeFileSync(path.join(parent, 'repox', 'Dockerfile'), 'FROM alpine:3.20\n')
    expect(await expandDockerfileGlobs(['Docker*'], other)).toEqual(['Dockerfile', 'Dockerfile.dev'])
    expect(await expandDockerfileGlobs(['../repo*/Dockerfile'], other)).toEqual([
      '../repox/Dockerfile',
      'Dockerfile'
    ])
  })

  it('reads a pattern that names an existing file literally as that file', async () => {
    const { root: other } = tree()
    writeFileSync(path.join(other, 'Dockerfile[prod]'), 'FROM alpine:3.20\n')
    expect(await expandDockerfileGlobs(['Dockerfile[prod]'], other)).toEqual(['Dockerfile[prod]'])
  })

  describe('links', () => {
    // Synthetic: a pull request plants links next to real Dockerfiles.
    function linked(): { root: string; outside: string; warnings: string[]; warn: (m: string) => void } {
      const { root, parent } = tree()
      const outside = path.join(parent, 'outside')
      mkdirSync(outside)
      writeFileSync(path.join(outside, 'secret'), 'TOPSECRET value\n')
      symlinkSync(path.join(outside, 'secret'), path.join(root, 'Dockerfile.leak'))
      symlinkSync(outside, path.join(root, 'services', 'linked'))
      writeFileSync(path.join(outside, 'Dockerfile'), 'FROM alpine:3.20\n')
      symlinkSync(path.join(root, 'Dockerfile'), path.join(root, 'services', 'Dockerfile.inside'))
      const warnings: string[] = []
      return { root, outside, warnings, warn: m => warnings.push(m) }
    }

    it('skips matches that link out of the working directory, with a warning each', async () => {
      const { root, warnings, warn } = linked()
      const files = await expandDockerfileGlobs(['**/Dockerfile*'], root, { warn })
      expect(files).not.toContain('Dockerfile.leak')
      expect(files).not.toContain('services/linked/Dockerfile')
      // A link that stays inside is an ordinary file.
      expect(files).toContain('services/Dockerfile.inside')
      expect(files).toContain('Dockerfile')
      expect(warnings).toHaveLength(2)
      expect(warnings[0]).toMatch(/^dockerfiles: skipped Dockerfile\.leak: it links to a file outside /)
      expect(warnings.join('\n')).toContain('services/linked/Dockerfile')
    })

    it('skips a plain path that links out too, and keeps a folder the user named with ../', async () => {
      const { root, warnings, warn } = linked()
      expect(await expandDockerfileGlobs(['Dockerfile.leak', 'Dockerfile'], root, { warn })).toEqual([
        'Dockerfile'
      ])
      expect(warnings).toHaveLength(1)
      expect(await expandDockerfileGlobs(['../outside/Dockerfile'], root, { warn })).toEqual([
        '../outside/Dockerfile'
      ])
      expect(warnings).toHaveLength(1)
    })
  })
})
