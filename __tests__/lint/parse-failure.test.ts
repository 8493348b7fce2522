// If the Dockerfile parser itself throws, the file becomes a DL1000 finding and the run goes on.
import { jest } from '@jest/globals'

jest.unstable_mockModule('dockerfile-ast', () => ({
  DockerfileParser: {
    parse: () => {
      throw new Error('unexpected token')
    }
  }
}))
const { lint } = await import('./helpers.js')

it('reports a parser exception as DL1000 on line 1', async () => {
  const result = await lint(['FROM alpine:3'])
  expect(result.findings).toEqual([
    expect.objectContaining({
      rule: 'DL1000',
      severity: 'high',
      message: 'Dockerfile could not be parsed: unexpected token',
      location: { file: 'Dockerfile', line: 1, column: 1 }
    })
  ])
})

it('DL1000 turned off silences it', async () => {
  expect((await lint(['FROM alpine:3'], { rules: { DL1000: 'off' } })).findings).toEqual([])
})
