import * as path from 'node:path'
import { resolvePolicyPath } from '../../src/policy/discover.js'
import { loadBuiltinPolicy, loadPolicy } from '../../src/policy/load.js'
import { FIXTURES, problemsOf, problemsOfAsync } from './helpers.js'

const repo = (name: string) => path.join(FIXTURES, name)

describe('resolvePolicyPath', () => {
  it('resolves an explicit path against the working directory and keeps it as written for messages', () => {
    expect(resolvePolicyPath('policies/mine.yml', '/work/repo')).toEqual({
      path: '/work/repo/policies/mine.yml',
      source: 'policies/mine.yml'
    })
    expect(resolvePolicyPath('/etc/imagegate.yml', '/work/repo')).toEqual({
      path: '/etc/imagegate.yml',
      source: '/etc/imagegate.yml'
    })
  })

  it('prefers an explicit path over a discovered one', () => {
    expect(resolvePolicyPath('other.yml', repo('repo-yml')).source).toBe('other.yml')
  })

  it('finds .github/imagegate.yml, then .github/imagegate.yaml', () => {
    expect(resolvePolicyPath(undefined, repo('repo-yml'))).toEqual({
      path: path.join(repo('repo-yml'), '.github/imagegate.yml'),
      source: '.github/imagegate.yml'
    })
    expect(resolvePolicyPath(undefined, repo('repo-yaml')).source).toBe('.github/imagegate.yaml')
  })

  it('falls back to the built-in default, also for an empty input', () => {
    expect(resolvePolicyPath(undefined, repo('repo-none'))).toEqual({ source: 'built-in default' })
    expect(resolvePolicyPath('  ', repo('repo-none'))).toEqual({ source: 'built-in default' })
  })

  it('refuses to guess when both .yml and .yaml exist', () => {
    expect(problemsOf(() => resolvePolicyPath(undefined, repo('repo-both')))).toEqual([
      '.github/imagegate.yaml: both .github/imagegate.yml and .github/imagegate.yaml exist; keep one of them'
    ])
  })
})

describe('loadPolicy', () => {
  it('loads the discovered repository policy and names it by its repository path', async () => {
    const loaded = await loadPolicy(undefined, repo('repo-yml'))
    expect(loaded.source).toBe('.github/imagegate.yml')
    expect(loaded.policy.mode).toBe('warn')
    expect((await loadPolicy(undefined, repo('repo-yaml'))).policy.report.comment).toBe('never')
  })

  it('uses the built-in default when the repository has no policy', async () => {
    expect(await loadPolicy(undefined, repo('repo-none'))).toEqual(loadBuiltinPolicy())
    expect(loadBuiltinPolicy().source).toBe('built-in default')
  })

  it('loads an explicit relative path and labels its problems with it', async () => {
    expect((await loadPolicy('full.yml', FIXTURES)).policy.mode).toBe('warn')
    expect((await problemsOfAsync(() => loadPolicy('bad-enum.yml', FIXTURES)))[0]).toMatch(
      /^bad-enum\.yml:4:11: /
    )
    expect(await problemsOfAsync(() => loadPolicy('missing.yml', FIXTURES))).toEqual([
      'missing.yml: cannot read the policy file: no such file'
    ])
  })
})
