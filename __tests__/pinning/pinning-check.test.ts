import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { PINNING_RULES, pinningCheck } from '../../src/checks/pinning/pinning-check.js'
import { ConfigError } from '../../src/errors.js'
import type { CheckContext } from '../../src/model/check.js'
import type { Finding } from '../../src/model/finding.js'
import type { Policy } from '../../src/policy/types.js'
import { IMAGE_CONFIG_OFF, LINT_DEFAULTS, VULNERABILITY_DEFAULTS } from '../helpers/policy.js'

const D = 'sha256:' + '0123456789abcdef'.repeat(4)
const fixtures = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '..',
  'fixtures',
  'pinning'
)

type Images = Policy['images']
interface Options {
  tags?: Partial<Images['tags']>
  allow?: string[]
  images?: string[]
  dockerfiles?: string[]
  files?: Record<string, string>
  workingDirectory?: string
}

function context(options: Options): CheckContext {
  let workingDirectory = options.workingDirectory ?? fixtures
  if (options.files) {
    workingDirectory = mkdtempSync(path.join(tmpdir(), 'imagegate-pinning-'))
    for (const [name, text] of Object.entries(options.files))
      writeFileSync(path.join(workingDirectory, name), text)
  }
  const images: Images = {
    failOn: 'high',
    tags: { forbidLatest: true, forbidUntagged: true, requireDigest: true, ...options.tags },
    registries: { allow: options.allow ?? [] },
    platform: 'linux/amd64'
  }
  const policy: Policy = {
    version: 1,
    mode: 'enforce',
    dockerfile: { failOn: 'none', rules: {}, ...LINT_DEFAULTS },
    vulnerabilities: { scanners: [], failOn: 'none', onlyFixed: true, ...VULNERABILITY_DEFAULTS },
    images,
    signatures: { required: false, authorities: [], images: [], threshold: 1, verifier: 'native' },
    imageConfig: IMAGE_CONFIG_OFF,
    exceptions: [],
    report: { comment: 'never' }
  }
  return { policy, workingDirectory, images: options.images ?? [], dockerfiles: options.dockerfiles ?? [] }
}

async function findings(options: Options): Promise<Finding[]> {
  return (await pinningCheck.run(context(options))).findings
}
const rules = (list: Finding[]) => list.map(f => f.rule)
const dockerfile = (text: string) => ({ files: { Dockerfile: text }, dockerfiles: ['Dockerfile'] })

describe('pinning check: input images', () => {
  it('IG101 flags latest, with a readable message and no location', async () => {
    const [finding, ...rest] = await findings({ images: ['alpine:latest'], tags: { requireDigest: false } })
    expect(rest).toEqual([])
    expect(finding).toEqual({
      check: 'pinning',
      rule: 'IG101',
      severity: 'high',
      message:
        'alpine:latest uses the mutable tag "latest"; pin a version tag and a digest, e.g. alpine:<version>@sha256:<digest>',
      image: 'alpine:latest',
      helpUri: 'https://github.com/imagegate/imagegate#ig101'
    })
  })

  it('IG101 is off when forbidLatest is off, and a digest pins latest', async () => {
    expect(
      await findings({ images: ['alpine:latest'], tags: { forbidLatest: false, requireDigest: false } })
    ).toEqual([])
    expect(rules(await findings({ images: [`alpine:latest@${D}`] }))).toEqual([])
  })

  it('IG102 flags a reference with neither tag nor digest', async () => {
    const list = await findings({ images: ['ghcr.io/acme/api'], tags: { requireDigest: false } })
    expect(rules(list)).toEqual(['IG102'])
    expect(list[0]).toMatchObject({
      severity: 'high',
      image: 'ghcr.io/acme/api',
      helpUri: expect.stringMatching(/#ig102$/)
    })
    expect(list[0].message).toContain('ghcr.io/acme/api has no tag')
    expect(list[0].message).toContain('e.g. ghcr.io/acme/api:<version>@sha256:<digest>')
    expect(
      await findings({ images: ['ghcr.io/acme/api'], tags: { forbidUntagged: false, requireDigest: false } })
    ).toEqual([])
  })

  it('does not treat a digest-only reference as untagged (hadolint#277)', async () => {
    expect(await findings({ images: [`alpine@${D}`] })).toEqual([])
  })

  it('IG103 flags a missing digest only when requireDigest is on', async () => {
    const list = await findings({ images: ['alpine:3.20'] })
    expect(rules(list)).toEqual(['IG103'])
    expect(list[0]).toMatchObject({ severity: 'medium', image: 'alpine:3.20' })
    expect(list[0].message).toBe(
      'alpine:3.20 has no digest, so the tag can be moved to different content; pin it, e.g. alpine:3.20@sha256:<digest>'
    )
    expect(await findings({ images: ['alpine:3.20'], tags: { requireDigest: false } })).toEqual([])
    expect(await findings({ images: [`alpine:3.20@${D}`] })).toEqual([])
  })

  it('reports each rule independently on one reference', async () => {
    const latest = await findings({ images: ['alpine:latest'] })
    expect(rules(latest)).toEqual(['IG101', 'IG103'])
    // The digest suggestion must not recommend keeping `latest`.
    expect(latest[1].message).toContain('e.g. alpine:<version>@sha256:<digest>')
    expect(rules(await findings({ images: ['alpine'] }))).toEqual(['IG102', 'IG103'])
  })

  it('IG104 flags registries outside a non-empty allow list', async () => {
    const allow = ['ghcr.io/acme/*', 'docker.io/library/*']
    const list = await findings({ images: [`quay.io/evil/api:1@${D}`, `alpine:3.20@${D}`], allow })
    expect(rules(list)).toEqual(['IG104'])
    expect(list[0]).toMatchObject({ severity: 'high', image: `quay.io/evil/api:1@${D}` })
    expect(list[0].message).toContain('comes from quay.io/evil/api')
    expect(list[0].message).toContain('ghcr.io/acme/*, docker.io/library/*')
    expect(await findings({ images: [`quay.io/evil/api:1@${D}`], allow: [] })).toEqual([])
  })

  it('throws one ConfigError naming every invalid input reference', async () => {
    const run = pinningCheck.run(context({ images: ['Foo/bar', 'alpine:3', 'x@sha256:1'] }))
    await expect(run).rejects.toThrow(ConfigError)
    await expect(pinningCheck.run(context({ images: ['Foo/bar', 'x@sha256:1'] }))).rejects.toMatchObject({
      message: expect.stringContaining(
        'invalid image reference "Foo/bar": repository names must be lowercase'
      ),
      problems: [
        { message: expect.stringContaining('"Foo/bar"') },
        { message: expect.stringContaining('"x@sha256:1"') }
      ]
    })
  })

  it('throws a ConfigError for a malformed allow pattern', async () => {
    await expect(
      pinningCheck.run(context({ images: ['alpine:3'], allow: ['ghcr.io/acme/api:1'] }))
    ).rejects.toThrow('images.registries.allow: invalid pattern "ghcr.io/acme/api:1"')
  })
})

describe('pinning check: Dockerfiles', () => {
  it('flags FROM images with file, line and column of the image, and the resolved image', async () => {
    const list = await findings({ dockerfiles: ['multistage.Dockerfile'], allow: ['docker.io/library/*'] })
    const summary = list.map(
      f => `${f.rule} ${f.location?.file}:${f.location?.line}:${f.location?.column} ${f.image}`
    )
    expect(summary).toEqual([
      'IG103 multistage.Dockerfile:6:32 golang:1.22-alpine',
      `IG104 multistage.Dockerfile:12:6 ghcr.io/acme/base:1.22@${D}`,
      'IG105 multistage.Dockerfile:13:6 tools:$TOOLS_TAG',
      'IG101 multistage.Dockerfile:15:5 alpine:latest',
      'IG103 multistage.Dockerfile:15:5 alpine:latest'
    ])
  })

  it('IG105 says which variable has no default', async () => {
    const list = await findings({ dockerfiles: ['multistage.Dockerfile'] })
    const ig105 = list.find(f => f.rule === 'IG105')
    expect(ig105).toMatchObject({
      severity: 'medium',
      helpUri: 'https://github.com/imagegate/imagegate#ig105'
    })
    expect(ig105?.message).toBe(
      'FROM tools:$TOOLS_TAG cannot be checked because ARG TOOLS_TAG has no default; give TOOLS_TAG a default value before the first FROM'
    )
  })

  it('IG105 distinguishes undeclared and platform variables', async () => {
    const list = await findings(dockerfile('FROM app:$NOPE\nFROM ${TARGETARCH}/alpine:3\n'))
    expect(rules(list)).toEqual(['IG105', 'IG105'])
    expect(list[0].message).toContain('no ARG before the first FROM declares NOPE')
    expect(list[1].message).toContain('$TARGETARCH depends on the build platform')
  })

  it('does not report an ARG with a default, nor its :- fallback', async () => {
    const text = `ARG V=3.20\nARG W\nFROM alpine:\${V}@${D}\nFROM alpine:\${W:-3.19}@${D}\n`
    expect(await findings(dockerfile(text))).toEqual([])
  })

  it('skips stage references and scratch', async () => {
    const text = `FROM alpine:3.20@${D} AS build\nFROM build\nFROM scratch\n`
    expect(await findings(dockerfile(text))).toEqual([])
  })

  it('does not treat a digest-only FROM as untagged', async () => {
    expect(await findings(dockerfile(`FROM alpine@${D}\n`))).toEqual([])
    expect(rules(await findings(dockerfile('FROM alpine\n')))).toEqual(['IG102', 'IG103'])
  })

  it('reports malformed FROM lines as findings with their lines, never a crash', async () => {
    const list = await findings({ dockerfiles: ['broken.Dockerfile'] })
    const summary = list.map(f => `${f.rule} ${f.location?.line}:${f.location?.column} ${f.severity}`)
    expect(summary).toEqual([
      'IG100 2:1 high',
      'IG107 3:6 high',
      'IG103 3:6 medium',
      'IG106 4:6 high',
      'IG105 5:6 medium',
      'IG107 6:6 high',
      'IG103 6:6 medium'
    ])
    expect(list[0].message).toBe(
      'FROM has no image; name a base image, e.g. FROM alpine:<version>@sha256:<digest>'
    )
    expect(list[0].image).toBeUndefined()
    expect(list[3].message).toBe(
      'FROM Alpine:3.20 is not a valid image reference: repository names must be lowercase; fix the reference'
    )
    expect(list[3].image).toBe('Alpine:3.20')
  })

  it('IG106 shows what an ARG resolved to', async () => {
    const list = await findings(dockerfile('ARG IMG=Bad/Name\nFROM ${IMG}:1\n'))
    expect(rules(list)).toEqual(['IG106'])
    expect(list[0].message).toContain(
      'FROM ${IMG}:1 (resolved to "Bad/Name:1") is not a valid image reference'
    )
  })

  it('labels Dockerfiles in subdirectories with forward slashes', async () => {
    const list = await findings({
      workingDirectory: path.dirname(fixtures),
      dockerfiles: ['pinning/broken.Dockerfile']
    })
    expect(list[0].location?.file).toBe('pinning/broken.Dockerfile')
  })

  it('fails with a ConfigError naming a Dockerfile that cannot be read', async () => {
    await expect(pinningCheck.run(context({ dockerfiles: ['missing.Dockerfile'] }))).rejects.toThrow(
      'Dockerfile "missing.Dockerfile": it does not exist'
    )
  })

  it('checks input images before Dockerfiles and notes what it read', async () => {
    const output = await pinningCheck.run(
      context({ images: ['alpine:latest'], ...dockerfile('FROM node\n') })
    )
    expect(output.findings.map(f => `${f.rule} ${f.image}`)).toEqual([
      'IG101 alpine:latest',
      'IG103 alpine:latest',
      'IG102 node',
      'IG103 node'
    ])
    expect(output.notes).toEqual(['Checked 1 image reference(s) and 1 base image(s) in 1 Dockerfile(s)'])
  })
})

describe('pinning check: hostile Dockerfiles (synthetic)', () => {
  it('a chain of 20,000 stages: one IG107 at the FROM past the 1,000-stage budget', async () => {
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      i === 0 ? 'FROM alpine AS s0' : `FROM s${i - 1} AS s${i}`
    )
    const started = process.cpuUsage()
    const list = await findings(dockerfile(`${chain.join('\n')}\n`))
    const { user, system } = process.cpuUsage(started)
    expect((user + system) / 1000).toBeLessThan(3_000)
    expect(list).toEqual([
      expect.objectContaining({
        rule: 'IG107',
        location: { file: 'Dockerfile', line: 1_001 },
        message: expect.stringMatching(/^Dockerfile has more than 1,000 stages \(FROM instructions\)/)
      })
    ])
  })

  it('30 lines of ARG A=${A}${A}: the FROM using A is IG105, not a crash', async () => {
    const text = `ARG A=x\n${'ARG A=${A}${A}\n'.repeat(30)}FROM alpine:\${A}\n`
    const list = await findings(dockerfile(text))
    expect(list.map(f => [f.rule, f.location?.line, f.message])).toEqual([
      [
        'IG105',
        32,
        "FROM alpine:${A} cannot be checked because $A expands to more than 65,536 characters, imagegate's limit for a value; give it a shorter value"
      ]
    ])
  })

  it('a file over 1 MiB is IG107 on line 1, without being read', async () => {
    const list = await findings(dockerfile(`FROM alpine\n${'#'.repeat(1_200_000)}\n`))
    expect(list.map(f => [f.rule, f.location?.line, f.message])).toEqual([
      ['IG107', 1, 'Dockerfile was not checked: it is 1.1 MiB, over the 1 MiB limit for a Dockerfile']
    ])
  })
})

describe('pinning check: contract', () => {
  it('is required only when there is something to check, and skips otherwise', async () => {
    expect(pinningCheck.id).toBe('pinning')
    expect(pinningCheck.title).toBe('Tag pinning')
    expect(pinningCheck.isRequired(context({}))).toBe(false)
    expect(pinningCheck.isRequired(context({ images: ['alpine'] }))).toBe(true)
    expect(pinningCheck.isRequired(context({ dockerfiles: ['broken.Dockerfile'] }))).toBe(true)
    const output = await pinningCheck.run(context({}))
    expect(output).toEqual({ findings: [], skippedReason: 'no images or Dockerfiles to check' })
  })

  it('documents every rule it reports, with unique ids and its default severity', async () => {
    const ids = PINNING_RULES.map(r => r.id)
    expect(ids).toEqual(['IG100', 'IG101', 'IG102', 'IG103', 'IG104', 'IG105', 'IG106', 'IG107'])
    const reported = [
      ...(await findings({
        dockerfiles: ['broken.Dockerfile', 'multistage.Dockerfile'],
        allow: ['ghcr.io']
      })),
      ...(await findings({ images: ['alpine:latest', 'alpine'] }))
    ]
    for (const f of reported) {
      expect(PINNING_RULES.find(r => r.id === f.rule)?.severity).toBe(f.severity)
    }
    expect(new Set(reported.map(f => f.rule))).toEqual(new Set(ids))
  })
})
