import { describe, expect, it } from '@jest/globals'
import { childEnvironment } from '../../src/util/child-env.js'

describe('childEnvironment', () => {
  const env = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    LC_ALL: 'C.UTF-8',
    TRIVY_USERNAME: 'bot',
    GRYPE_DB_UPDATE_URL: 'https://mirror.example/grype',
    AWS_REGION: 'eu-west-1',
    GITHUB_TOKEN: 'ghs_x',
    GH_TOKEN: 'ghs_y',
    'INPUT_GITHUB-TOKEN': 'ghs_z',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    ACTIONS_CACHE_URL: 'https://cache.example',
    GITHUB_WORKSPACE: '/work',
    MY_CA_VARIABLE: '/etc/ca.pem',
    IMAGEGATE_CHILD_ENV: 'MY_CA_VARIABLE, GITHUB_TOKEN,ACTIONS_RUNTIME_TOKEN'
  }

  it('keeps the allow-listed names and prefixes, and what the user names, never a token', () => {
    expect(Object.keys(childEnvironment(env)).sort()).toEqual(
      [
        'AWS_REGION',
        'GRYPE_DB_UPDATE_URL',
        'HOME',
        'LC_ALL',
        'MY_CA_VARIABLE',
        'PATH',
        'TRIVY_USERNAME'
      ].sort()
    )
  })

  it('adds what imagegate sets for the program, but not a denied name', () => {
    const child = childEnvironment({ PATH: '/bin' }, { TRIVY_CACHE_DIR: '/c', INPUT_X: 'no' })
    expect(child).toEqual({ PATH: '/bin', TRIVY_CACHE_DIR: '/c' })
  })
})
