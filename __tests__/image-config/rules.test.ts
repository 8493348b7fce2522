import { describe, expect, it } from '@jest/globals'
import { inspectImageConfig } from '../../src/checks/image-config/inspect.js'
import type { ImageConfig } from '../../src/registry/index.js'
import { cleanConfig, FAKE, imageConfigPolicy, NOW } from './helpers.js'

const inspect = (config: ImageConfig, overrides = {}) =>
  inspectImageConfig(config, imageConfigPolicy({ maxAgeDays: 90, ...overrides }), NOW)
const rules = (config: ImageConfig, overrides = {}) => inspect(config, overrides).violations.map(v => v.rule)
const messages = (config: ImageConfig, overrides = {}) =>
  inspect(config, overrides).violations.map(v => v.message)

describe('image config rules (synthetic configs)', () => {
  it('finds nothing in a non-root, labelled, recent image with a health check', () => {
    expect(inspect(cleanConfig())).toEqual({ violations: [], notes: [] })
  })

  describe('IG401 runs as root', () => {
    it.each([undefined, '', '  ', '0', '00', 'root', '0:0', 'root:x', '0:1000', ':1000'])(
      'reports USER %p',
      user => {
        expect(rules(cleanConfig({ User: user }))).toEqual(['IG401'])
      }
    )

    it.each(['10001', '1000:0', 'app', 'app:app', 'nobody', 'rootless'])('accepts USER %p', user => {
      expect(rules(cleanConfig({ User: user }))).toEqual([])
    })

    it('says how to fix it, with and without a USER', () => {
      expect(messages(cleanConfig({ User: undefined }))[0]).toMatch(/sets no USER; .*`USER 10001`/)
      expect(messages(cleanConfig({ User: 'root:x' }))[0]).toMatch(
        /^runs as root \(USER root:x\); add a non-root/
      )
    })
  })

  describe('IG402 secrets in ENV', () => {
    it.each([
      [`API_TOKEN=${FAKE.github}`, 'a GitHub token'],
      [`SOME_SETTING=${FAKE.aws}`, 'an AWS access key id'],
      [`DB_PASSWORD=${FAKE.password}`, 'a secret value'],
      [`NPM_TOKEN="${FAKE.password}"`, 'a secret value']
    ])('reports %s as %s, naming the variable only', (entry, kind) => {
      const config = cleanConfig({ Env: ['PATH=/bin', entry] })
      const found = inspect(config).violations
      expect(found.map(v => v.rule)).toEqual(['IG402'])
      const name = entry.slice(0, entry.indexOf('='))
      expect(found[0].message).toContain(`has ${kind} in ENV ${name};`)
      expect(found[0].message).not.toContain(entry.slice(entry.indexOf('=') + 1).replace(/"/g, ''))
    })

    it.each([
      'DB_PASSWORD=',
      'DB_PASSWORD',
      'API_TOKEN=$TOKEN',
      'GITHUB_TOKEN=${TOKEN:-x}',
      'TOKEN_FILE=/run/x',
      'PASSWORD_MIN_LENGTH='
    ])('leaves %s alone (no value, a reference, or not a secret name)', entry => {
      expect(rules(cleanConfig({ Env: [entry] }))).toEqual([])
    })
  })

  describe('IG403 secrets in labels', () => {
    it('reports a credential-shaped value and a secret-named label with a value', () => {
      const labels = {
        ...cleanConfig().config.Labels,
        'com.acme.note': FAKE.github,
        deploy_token: FAKE.password
      }
      const found = inspect(cleanConfig({ Labels: labels })).violations
      expect(found.map(v => v.rule)).toEqual(['IG403', 'IG403'])
      expect(found[0].message).toContain('has a GitHub token in label com.acme.note;')
      expect(found[1].message).toContain('has a secret value in label deploy_token;')
      expect(found.map(v => v.message).join()).not.toMatch(/ghp_|hunter2/)
    })

    it('never prints a label key that is itself a credential', () => {
      const labels = { ...cleanConfig().config.Labels, [FAKE.github]: 'x' }
      const found = inspect(cleanConfig({ Labels: labels })).violations
      expect(found).toEqual([])
      const named = inspect(cleanConfig({ Labels: { ...labels, [FAKE.github]: FAKE.aws } })).violations
      expect(named[0].message).toContain('(a name that looks like a credential)')
      expect(named[0].message).not.toContain(FAKE.github)
    })
  })

  describe('IG404 secrets in history', () => {
    const withHistory = (...createdBy: string[]) =>
      cleanConfig({}, { history: createdBy.map(c => ({ created_by: c })) })

    it('reports a build argument BuildKit recorded in a RUN step, by step and name', () => {
      const found = inspect(withHistory('COPY . /app', `RUN |1 NPM_TOKEN=${FAKE.password} /bin/sh -c npm ci`))
      expect(found.violations).toEqual([
        {
          rule: 'IG404',
          message: expect.stringMatching(
            /^has a secret value in NPM_TOKEN in history step 2 \(RUN\); revoke it/
          )
        }
      ])
      expect(found.violations[0].message).not.toContain(FAKE.password)
    })

    it('reports a loose credential in a command, and the classic builder ENV form', () => {
      const found = inspect(
        withHistory(
          `/bin/sh -c echo ${FAKE.github} > /root/.token`,
          `/bin/sh -c #(nop)  ENV SERVICE_API_KEY=${FAKE.password}`
        )
      ).violations
      expect(found.map(v => v.message.replace(/;.*/, ''))).toEqual([
        'has a GitHub token in history step 1 (RUN)',
        'has a secret value in SERVICE_API_KEY in history step 2 (ENV)'
      ])
    })

    it('lists at most five secrets of one step', () => {
      const step =
        'RUN |9 ' + Array.from({ length: 9 }, (_, i) => `S${i}_TOKEN=x`).join(' ') + ' /bin/sh -c make'
      const [violation] = inspect(withHistory(step)).violations
      expect(violation.message).toMatch(/in S4_TOKEN and 4 more in history step 1 \(RUN\)/)
      expect(violation.message).not.toContain('S5_TOKEN')
    })

    it('does not report again a secret already reported from ENV', () => {
      const config = cleanConfig(
        { Env: [`API_TOKEN=${FAKE.github}`] },
        { history: [{ created_by: `ENV API_TOKEN=${FAKE.github}` }] }
      )
      expect(rules(config)).toEqual(['IG402'])
    })

    it('leaves ordinary commands alone', () => {
      expect(
        rules(
          withHistory('RUN /bin/sh -c apt-get install -y curl', 'ENV PATH=/app/bin:$PATH', 'ARG TOKEN_URL')
        )
      ).toEqual([])
    })
  })

  describe('IG405 privileged ports', () => {
    it('reports ports below 1024 in one finding, except those the policy allows', () => {
      const config = cleanConfig({ ExposedPorts: ['80/tcp', '443/tcp', '53/udp', '8080/tcp', '1024'] })
      const found = inspect(config, { allowedPorts: [443] }).violations
      expect(found.map(v => v.rule)).toEqual(['IG405'])
      expect(found[0].message).toMatch(/^exposes privileged port\(s\) 80\/tcp, 53\/udp, which only root/)
    })

    it('ignores entries that are not ports', () => {
      expect(rules(cleanConfig({ ExposedPorts: ['abc/tcp', '0', '99999/tcp'] }))).toEqual([])
    })
  })

  describe('IG406 no HEALTHCHECK', () => {
    it.each([undefined, { Test: [] }, { Test: ['NONE'] }])('reports %p', healthcheck => {
      expect(rules(cleanConfig({ Healthcheck: healthcheck }))).toEqual(['IG406'])
    })
  })

  describe('IG407 image age', () => {
    it('reports an image older than maxAgeDays with its age and date', () => {
      const found = inspect(cleanConfig({}, { created: '2026-06-01T00:00:00Z' })).violations
      expect(found).toEqual([
        {
          rule: 'IG407',
          message: expect.stringMatching(
            /^was created 186 days ago \(2026-06-01\), more than imageConfig.maxAgeDays \(90\)/
          )
        }
      ])
    })

    it('accepts an image within the limit, and checks nothing without maxAgeDays', () => {
      expect(rules(cleanConfig({}, { created: '2026-09-10T00:00:00Z' }))).toEqual([])
      expect(rules(cleanConfig({}, { created: '2001-01-01T00:00:00Z' }), { maxAgeDays: undefined })).toEqual(
        []
      )
    })

    it.each([undefined, 'yesterday', '1970-01-01T00:00:00Z'])(
      'notes, but does not report, created %p',
      created => {
        const result = inspect(cleanConfig({}, { created }))
        expect(result.violations).toEqual([])
        expect(result.notes).toEqual([expect.stringMatching(/its age was not checked$/)])
      }
    )
  })

  describe('IG408 required labels', () => {
    it('reports every missing or empty required label in one finding', () => {
      const found = inspect(cleanConfig({ Labels: { 'org.opencontainers.image.source': ' ' } })).violations
      expect(found.map(v => v.rule)).toEqual(['IG408'])
      expect(found[0].message).toMatch(
        /^lacks the label\(s\) org.opencontainers.image.source, org.opencontainers.image.revision; /
      )
    })

    it('checks the labels the policy lists', () => {
      expect(rules(cleanConfig(), { requireLabels: ['com.acme.team'] })).toEqual(['IG408'])
      expect(rules(cleanConfig({ Labels: {} }), { requireLabels: [] })).toEqual([])
    })
  })

  it('leaves out rules the policy turns off', () => {
    const config = cleanConfig({ User: undefined, Healthcheck: undefined }, { created: undefined })
    expect(rules(config)).toEqual(['IG401', 'IG406'])
    const result = inspect(config, { rules: { IG401: 'off', IG406: 'off', IG407: 'off' } })
    expect(result).toEqual({ violations: [], notes: [] })
  })
})
