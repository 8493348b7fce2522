import { beforeAll, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runCliCaptured } from '../helpers/cli.js'
import { type BuiltLayout, buildImage, describeWithRegistry } from '../helpers/registry/index.js'
import { FAKE } from './helpers.js'

// SYNTHETIC image built by umoci: root, a token in ENV, a password build argument in its history.
const LEAKY = {
  env: ['PATH=/usr/bin:/bin', `GITHUB_TOKEN=${FAKE.github}`],
  labels: { 'org.opencontainers.image.source': 'https://example.test/app', note: FAKE.aws },
  historyCreatedBy: `RUN |1 DB_PASSWORD=${FAKE.password} /bin/sh -c ./migrate`
}

describeWithRegistry('imagegate check on a local image with secrets in its config', () => {
  let layout: BuiltLayout
  beforeAll(async () => {
    layout = await buildImage(LEAKY)
  }, 120_000)

  it('fails with one finding per problem, and no output or report carries a secret value', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-imageconfig-cli-'))
    writeFileSync(path.join(dir, 'policy.yml'), 'version: 1\nvulnerabilities:\n  scanners: []\n')
    const image = `oci-layout:${layout.dir}`
    const args = ['check', '--policy', 'policy.yml', '--image', image, '--working-directory', dir]
    const text = await runCliCaptured([...args, '--report-json', 'r.json', '--sarif', 'r.sarif'], dir)
    const markdown = await runCliCaptured([...args, '--format', 'markdown'], dir)
    expect(text.code).toBe(1)
    expect(markdown.code).toBe(1)
    const json = readFileSync(path.join(dir, 'r.json'), 'utf8')
    const rules = (JSON.parse(json) as { findings: Array<{ rule: string }> }).findings.map(f => f.rule)
    expect(rules.filter(r => r.startsWith('IG4')).sort()).toEqual([
      'IG401',
      'IG402',
      'IG403',
      'IG404',
      'IG406',
      'IG408'
    ])
    const outputs = [
      text.stdout,
      text.stderr,
      markdown.stdout,
      json,
      readFileSync(path.join(dir, 'r.sarif'), 'utf8')
    ]
    for (const output of outputs) {
      for (const secret of [FAKE.github, FAKE.password, FAKE.aws]) expect(output).not.toContain(secret)
    }
    expect(text.stdout).toContain('has a GitHub token in ENV GITHUB_TOKEN')
    expect(text.stdout).toContain('has a secret value in DB_PASSWORD in history step 1 (RUN)')
  })
})
