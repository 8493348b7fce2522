import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ConfigError } from '../src/errors.js'
import { runGate } from '../src/gate.js'
import type { Check } from '../src/model/check.js'
import type { Logger } from '../src/util/logger.js'
import { LINT_DEFAULTS, loaded, testPolicy } from './helpers/policy.js'

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'imagegate-gate-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    group: async (title, fn) => {
      lines.push(`[${title}]`)
      return fn()
    },
    info: message => lines.push(message),
    warning: message => lines.push(`warning: ${message}`),
    debug: () => undefined
  }
}

/** The gate with these checks instead of the real ones, on no targets. */
const runGivenChecks = (logger: Logger, checks: Check[]) =>
  runGate({
    policy: loaded(),
    workingDirectory: workspace({}),
    dockerfilePatterns: [],
    images: [],
    logger,
    checks
  })

describe('runGate', () => {
  it('runs the real checks on globbed Dockerfiles and images and evaluates the policy', async () => {
    // Synthetic Dockerfiles for this test.
    const root = workspace({
      'services/api/Dockerfile': 'FROM alpine:3.20\n',
      'services/web/Dockerfile': 'FROM nginx:latest\n'
    })
    const logger = recordingLogger()
    const result = await runGate({
      policy: loaded(),
      workingDirectory: root,
      dockerfilePatterns: ['services/**/Dockerfile'],
      images: ['ghcr.io/acme/app:1.0', 'ghcr.io/acme/app:1.0'],
      logger,
      now: () => new Date('2026-01-01T00:00:00Z')
    })
    expect(result.dockerfiles).toEqual(['services/api/Dockerfile', 'services/web/Dockerfile'])
    expect(result.images).toEqual(['ghcr.io/acme/app:1.0'])
    expect(result.verdict).toBe('fail')
    // The linter's DL3007 flags the same `latest` at the same place: one finding, DL3007 its alias.
    expect(result.findings[0]).toMatchObject({
      rule: 'IG101',
      aliases: ['DL3007'],
      blocking: true,
      location: { file: 'services/web/Dockerfile', line: 1, column: 6 }
    })
    expect(result.startedAt).toBe('2026-01-01T00:00:00.000Z')
    expect(result.checks.map(c => [c.id, c.status])).toEqual([
      ['lint', 'passed'],
      ['pinning', 'failed'],
      ['vulnerabilities', 'skipped'],
      ['signatures', 'skipped'],
      ['image-config', 'skipped']
    ])
    expect(result.findings.find(f => f.rule === 'DL3007')).toBeUndefined()
    expect(result.reasons[0]).toMatch(/blocks the gate$/)
    expect(logger.lines).toContain('Targets: 2 Dockerfile(s), 1 image(s)')
    expect(logger.lines).toContain('[Tag pinning]')
    expect(logger.lines).toContain(
      'Vulnerability scan: skipped, vulnerabilities.scanners is empty in the policy (not required)'
    )
  })

  it('is a configuration error when the Dockerfile patterns together match nothing', async () => {
    const root = workspace({ Dockerfile: 'FROM alpine:3.20\n' })
    const request = {
      policy: loaded(),
      workingDirectory: root,
      dockerfilePatterns: ['**/Containerfile', 'docker/*.Dockerfile'],
      images: []
    }
    await expect(runGate(request)).rejects.toThrow(ConfigError)
    await expect(runGate(request)).rejects.toThrow(
      /no file matches "\*\*\/Containerfile", "docker\/\*\.Dockerfile"/
    )
  })

  it('is a configuration error for an invalid image reference, naming it', async () => {
    const request = {
      policy: loaded(),
      workingDirectory: workspace({}),
      dockerfilePatterns: [],
      images: ['Alpine:3']
    }
    await expect(runGate(request)).rejects.toThrow(/invalid image reference "Alpine:3"/)
  })

  it('passes pinned images with nothing else to check', async () => {
    const policy = loaded(testPolicy({ dockerfile: { failOn: 'none', rules: {}, ...LINT_DEFAULTS } }))
    const digest = `sha256:${'d'.repeat(64)}`
    const result = await runGate({
      policy,
      workingDirectory: workspace({}),
      dockerfilePatterns: [],
      images: [`ghcr.io/acme/app:1.0@${digest}`]
    })
    expect(result.verdict).toBe('pass')
    expect(result.checks.find(c => c.id === 'lint')).toMatchObject({ status: 'skipped', required: false })
  })

  it("writes each check's log group as soon as it finishes, while others still run", async () => {
    const logger = recordingLogger()
    const quick: Check = {
      id: 'pinning',
      title: 'Quick check',
      isRequired: () => true,
      run: async () => ({ findings: [], notes: ['quick note'] })
    }
    let sawQuickGroup = false
    const slow: Check = {
      id: 'lint',
      title: 'Slow check',
      isRequired: () => true,
      async run() {
        for (let i = 0; i < 50 && !sawQuickGroup; i++) {
          await new Promise(resolve => setTimeout(resolve, 10))
          sawQuickGroup = logger.lines.includes('[Quick check]')
        }
        return { findings: [] }
      }
    }
    await runGivenChecks(logger, [slow, quick])
    expect(sawQuickGroup).toBe(true)
    expect(logger.lines.indexOf('[Quick check]')).toBeLessThan(logger.lines.indexOf('[Slow check]'))
    expect(logger.lines[logger.lines.indexOf('[Quick check]') + 2]).toBe('quick note')
  })

  it('never opens a log group while another is open', async () => {
    const events: string[] = []
    const logger: Logger = {
      group: async (title, fn) => {
        events.push(`open ${title}`)
        await new Promise(resolve => setTimeout(resolve, 20)) // a slow log sink
        const value = await fn()
        events.push(`close ${title}`)
        return value
      },
      info: () => undefined,
      warning: () => undefined,
      debug: () => undefined
    }
    const check = (id: Check['id'], title: string): Check => ({
      id,
      title,
      isRequired: () => true,
      run: async () => ({ findings: [] })
    })
    await runGivenChecks(logger, [check('lint', 'A'), check('pinning', 'B'), check('signatures', 'C')])
    expect(events).toEqual(['open A', 'close A', 'open B', 'close B', 'open C', 'close C'])
  })
})
