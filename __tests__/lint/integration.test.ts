// Synthetic Dockerfile, linted with the real shell parser and shell rules: the two halves work together.
import { lintDockerfileText } from '../../src/checks/lint/lint-file.js'

it('reports RUN-command rules and Dockerfile rules in one pass, ONBUILD RUN included', async () => {
  const text = [
    'FROM debian:12',
    '# hadolint ignore=DL3009',
    'RUN apt-get update && apt-get install -y --no-install-recommends curl',
    'ONBUILD RUN sudo make install',
    'USER 10001'
  ].join('\n')
  const result = await lintDockerfileText(text, 'Dockerfile', { rules: {}, trustedRegistries: [] })
  const fired = result.findings.map(f => `${f.rule}:${f.location?.line}`)
  expect(fired).toEqual(expect.arrayContaining(['DL3008:3', 'DL3004:4']))
  expect(fired).not.toContain('DL3009:3')
  expect(result.ignored).toBeGreaterThanOrEqual(1)
})
