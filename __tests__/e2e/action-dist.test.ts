// Runs the committed dist/index.js the way the runner does: INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, and a real pull_request payload as GITHUB_EVENT_PATH.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { nodeBinaries, repoRoot } from '../helpers/node-binaries.js'
import { runnerEnvironment } from '../helpers/runner-env.js'

const binaries = nodeBinaries()
const majors = binaries.map(b => b.label.match(/v(\d+)/)?.[1])

interface ActionRun {
  status: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
  workspace: string
}

function runAction(
  node: string,
  inputs: Record<string, string>,
  files: Record<string, string> = {},
  prepare: (workspace: string) => void = () => undefined
): ActionRun {
  const { workspace, env, outputText, summary } = runnerEnvironment(inputs, files, {}, prepare)
  const child = spawnSync(node, [path.join(repoRoot, 'dist', 'index.js')], {
    cwd: workspace,
    env,
    encoding: 'utf8'
  })
  return {
    status: child.status,
    stdout: child.stdout + child.stderr,
    outputs: parseOutputFile(outputText()),
    summary: summary(),
    workspace
  }
}

/** GITHUB_OUTPUT uses `name<<DELIMITER` heredocs. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

it('finds both Node 20 (this machine) and Node 24 (the runner) to run the bundle under', () => {
  expect(majors).toEqual(expect.arrayContaining(['24']))
  expect(binaries.length).toBeGreaterThanOrEqual(2)
})

describe.each(binaries)('dist/index.js under $label', ({ path: node }) => {
  const exampleInputs = {
    'working-directory': 'examples',
    policy: 'imagegate.yml',
    dockerfiles: 'Dockerfile',
    images: 'alpine:latest\nghcr.io/acme/api:1.4.2@sha256:' + 'a'.repeat(64)
  }

  it('fails the example on alpine:latest with annotations, summary, outputs and reports', () => {
    const run = runAction(node, exampleInputs)
    expect(run.status).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(Number(run.outputs.high)).toBeGreaterThanOrEqual(2)
    expect(run.stdout).toMatch(
      /^::error title=imagegate IG101 \(also DL3007\) \(high\),file=examples\/Dockerfile,line=11,col=6::/m
    )
    expect(run.stdout).toMatch(/::group::Tag pinning/)
    expect(run.summary).toMatch(/fail/i)
    expect(run.summary).toContain('IG101')

    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'))
    expect(report.verdict).toBe('fail')
    expect(
      report.findings.some(
        (f: { rule: string; suppressedBy?: unknown }) => f.rule === 'IG103' && f.suppressedBy
      )
    ).toBe(true)
    const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    const uris = sarif.runs[0].results.map(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.locations[0].physicalLocation.artifactLocation.uri
    )
    // Relative to the repository root, not to working-directory, so code scanning finds the file.
    expect(uris).toContain('examples/Dockerfile')
  })

  it('keeps the SARIF log to sarif-max-results, blocking results first, and says so in the log', () => {
    const run = runAction(node, { ...exampleInputs, 'sarif-max-results': '1' })
    expect(run.status).toBe(1)
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'))
    const total = report.findings.length
    expect(total).toBeGreaterThan(1)
    const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'))
    expect(sarif.runs[0].results).toHaveLength(1)
    expect(sarif.runs[0].results[0].properties.blocking).toBe(true)
    const note = `The SARIF log has the 1 most severe of ${total} findings, blocking ones first, as sarif-max-results is 1`
    expect(run.stdout).toContain(note)
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain(note)
  })

  it('exits 2 on a sarif-max-results above what code scanning accepts, naming the input', () => {
    const run = runAction(node, { ...exampleInputs, 'sarif-max-results': '30000' })
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(
      /::error::imagegate configuration error: input sarif-max-results must be a whole number from 1 to 25,000, .*\(got "30000"\)/
    )
    expect(run.outputs.verdict).toBe('error')
    expect(run.summary).toContain('input sarif-max-results must be a whole number')
  })

  it('passes a pinned image under the same policy', () => {
    const run = runAction(node, {
      ...exampleInputs,
      dockerfiles: '',
      images: 'ghcr.io/acme/api:1.4.2@sha256:' + 'b'.repeat(64)
    })
    expect(run.outputs.verdict).toBe('pass')
    expect(run.status).toBe(0)
  })

  it('exits 2 on a policy error, naming file, line and field, and annotating the policy file', () => {
    const run = runAction(
      node,
      { policy: 'bad-policy.yml', images: 'alpine:3.20' },
      { 'bad-policy.yml': 'version: 1\nimages:\n  failOn: hihg\n' }
    )
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(
      /::error title=imagegate configuration error,file=bad-policy.yml,line=3,col=\d+::bad-policy.yml:3:\d+: images.failOn: /
    )
    expect(run.stdout).not.toMatch(/\n\s+at /) // no stack trace
    // Later steps and readers still learn what happened: an output, and a summary saying what to fix.
    expect(run.outputs.verdict).toBe('error')
    expect(run.summary).toMatch(
      /^## 💥 imagegate: error\n\nA configuration error stopped the run before a verdict:/
    )
    expect(run.summary).toMatch(/^- bad-policy\.yml:3:\d+: images\.failOn: /m)
    expect(run.summary).toContain('**How to fix:**')
  })

  it('refuses a report path planted as a link to a file outside the workspace', () => {
    const runnerFiles = mkdtempSync(path.join(tmpdir(), 'imagegate-outside-'))
    const target = path.join(runnerFiles, 'credentials')
    writeFileSync(target, 'do not overwrite\n')
    const run = runAction(node, { ...exampleInputs, 'report-json': 'out.json' }, {}, workspace =>
      symlinkSync(target, path.join(workspace, 'examples', 'out.json'))
    )
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(
      /::error::imagegate configuration error: report-json: cannot write .*out\.json: it is a symbolic link/
    )
    expect(readFileSync(target, 'utf8')).toBe('do not overwrite\n')
    expect(run.outputs.verdict).toBe('error')
    expect(run.summary).toMatch(/report-json: cannot write .*out\.json: it is a symbolic link/)
  })

  it('refuses a report path naming the linted Dockerfile, leaving it as it was', () => {
    const run = runAction(node, { ...exampleInputs, sarif: './Dockerfile' })
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/sarif: cannot write .*examples\/Dockerfile: it is an input of this run/)
    expect(readFileSync(path.join(run.workspace, 'examples', 'Dockerfile'), 'utf8')).toBe(
      readFileSync(path.join(repoRoot, 'examples', 'Dockerfile'), 'utf8')
    )
    expect(run.outputs.verdict).toBe('error')
  })

  it('does not lint a Dockerfile glob match that links out of the workspace, and warns', () => {
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'imagegate-outside-')), 'secret')
    writeFileSync(outside, 'hunter2 is the password\n')
    const run = runAction(node, { ...exampleInputs, dockerfiles: 'Dockerfile*' }, {}, workspace =>
      symlinkSync(outside, path.join(workspace, 'examples', 'Dockerfile.leak'))
    )
    expect(run.stdout).toMatch(
      /^::warning::dockerfiles: skipped Dockerfile\.leak: it links to a file outside /m
    )
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'))
    expect(report.dockerfiles).toEqual(['Dockerfile'])
    expect(report.findings.some((f: { rule: string }) => f.rule === 'DL1000')).toBe(false)
    expect(run.stdout + run.summary + readFileSync(run.outputs.sarif, 'utf8')).not.toContain('hunter2')
  })

  it('fails closed when the scanners the policy asks for cannot be installed', () => {
    // No scanner on PATH, and versions with no pinned checksum: refused before any download.
    const run = runAction(node, { images: 'alpine:3.20', 'trivy-version': '0.1.0', 'grype-version': '0.1.0' })
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/Vulnerability scan could not run: cannot install trivy: .*0\.1\.0/)
    expect(run.stdout).toMatch(/cannot install grype: .*0\.1\.0/)
    expect(run.outputs.verdict).toBe('fail')
  })

  it('keeps Dockerfile text from injecting workflow commands into the log', () => {
    const hostile = 'FROM alpine:3.20\nFROM ::add-mask::leak\nFROM x\n::set-output name=verdict::pass\n'
    const run = runAction(
      node,
      { policy: 'examples/imagegate.yml', dockerfiles: 'Dockerfile.hostile' },
      { 'Dockerfile.hostile': hostile }
    )
    expect(run.stdout).not.toMatch(/^\s*::add-mask::/m)
    expect(run.stdout).not.toMatch(/^\s*::set-output/m)
    expect(run.outputs.verdict).not.toBe('pass')
  })
})
