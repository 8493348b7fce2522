// The base branch compare-to's {base_ref} comes from, read from GitHub's example payloads
// (@octokit/webhooks-examples) and SYNTHETIC ones.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readRunContext } from '../../src/github/run-context.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: unknown[] }>
const first = (name: string): unknown => examples.find(w => w.name === name)?.examples[0]

function contextFor(payload: unknown) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'imagegate-event-')), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: file })
}

describe('readRunContext: base branch', () => {
  it('is the pull request base ref', () => {
    const payload = first('pull_request') as { pull_request: { base: { ref: string } } }
    expect(contextFor(payload)?.baseRef).toBe(payload.pull_request.base.ref)
  })

  it('is a merge group base ref without refs/heads/', () => {
    const payload = first('merge_group') as { merge_group: { base_ref: string } }
    expect(payload.merge_group.base_ref).toBe('refs/heads/main')
    expect(contextFor(payload)?.baseRef).toBe('main')
  })

  it('is absent on a push, and when the payload holds something else than a string', () => {
    expect(contextFor(first('push'))?.baseRef).toBeUndefined()
    expect(
      contextFor({ pull_request: { number: 1, base: { ref: { toString: 'x' } } } })?.baseRef
    ).toBeUndefined()
    expect(contextFor({ pull_request: { number: 1, base: { ref: '  ' } } })?.baseRef).toBeUndefined()
  })
})
