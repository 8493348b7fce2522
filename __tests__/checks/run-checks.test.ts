import { runChecks } from '../../src/checks/run-checks.js'
import { ConfigError } from '../../src/errors.js'
import type { Check, CheckContext } from '../../src/model/check.js'
import { testPolicy } from '../helpers/policy.js'

const context: CheckContext = {
  policy: testPolicy(),
  workingDirectory: '/w',
  dockerfiles: [],
  images: ['a:1']
}

function check(id: Check['id'], run: Check['run'], required = true): Check {
  return { id, title: `check ${id}`, isRequired: () => required, run }
}

describe('check runner', () => {
  it('runs checks concurrently: each starts before any finishes', async () => {
    const started: string[] = []
    let release: () => void = () => undefined
    const gate = new Promise<void>(resolve => (release = resolve))
    const waiting = (id: Check['id']): Check =>
      check(id, async () => {
        started.push(id)
        if (started.length === 2) release()
        await gate
        return { findings: [] }
      })
    const runs = await runChecks([waiting('pinning'), waiting('lint')], context)
    expect(started).toEqual(['pinning', 'lint'])
    expect(runs.map(r => r.outcome.kind)).toEqual(['ran', 'ran'])
  })

  it('times each check with the injected clock', async () => {
    let t = 0
    const runs = await runChecks([check('pinning', async () => ({ findings: [] }))], context, () => (t += 40))
    expect(runs[0].durationMs).toBe(40)
  })

  it('turns a thrown error into status error with its message, and keeps other results', async () => {
    const runs = await runChecks(
      [
        check('vulnerabilities', async () => {
          throw new Error('trivy exited 1: FATAL db download failed')
        }),
        check('pinning', async () => ({
          findings: [{ check: 'pinning', rule: 'IG101', severity: 'high', message: 'm' }]
        }))
      ],
      context
    )
    expect(runs[0].outcome).toEqual({ kind: 'error', error: 'trivy exited 1: FATAL db download failed' })
    expect(runs[1].findings).toHaveLength(1)
  })

  it('reports skips and notes', async () => {
    const runs = await runChecks(
      [
        check('signatures', async () => ({ findings: [], skippedReason: 'no images' }), false),
        check('pinning', async () => ({ findings: [], notes: ['read 2 files'] }))
      ],
      context
    )
    expect(runs[0]).toMatchObject({ required: false, outcome: { kind: 'skipped', reason: 'no images' } })
    expect(runs[1].outcome).toEqual({ kind: 'ran', notes: ['read 2 files'] })
  })

  it('lets a configuration error abort the run', async () => {
    const bad = check('pinning', async () => {
      throw new ConfigError('invalid image reference "A"')
    })
    await expect(runChecks([bad], context)).rejects.toThrow(ConfigError)
  })
})
