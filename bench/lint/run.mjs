#!/usr/bin/env node
// Lint throughput, side by side in one process: imagegate's linter (every rule, RUN scripts parsed) and
// dockerfilelint (npm) on the same synthetic corpus. Prints files/s for both and the ratio; the issue's
// target is at least 3 times dockerfilelint's throughput. ShellCheck is another program, which
// dockerfilelint does not run, so it is timed apart, and only with --shellcheck.
// Usage: npm run bench:lint [-- --files N] [-- --rounds N] [-- --shellcheck] [-- --breakdown] [-- --corpus DIR]
//   (compiles to lib/ first; the corpus is synthetic, written to a temporary directory and removed, unless
//   --corpus names a folder of real Dockerfiles: bench/lint/gather-corpus.sh says how to gather one)
import { readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeCorpus } from './corpus.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const fileCount = option('files', 600)
const rounds = option('rounds', 5)
const withShellcheck = process.argv.includes('--shellcheck')
const withBreakdown = process.argv.includes('--breakdown')
const corpusAt = process.argv.indexOf('--corpus')
const realCorpus = corpusAt === -1 ? undefined : path.resolve(process.argv[corpusAt + 1])

const lib = file => import(path.join(root, 'lib', file))
const { lintDockerfileText } = await lib('src/checks/lint/lint-file.js')
const { LINT_RULES } = await lib('src/checks/lint/rules/index.js')
const dockerfilelint = createRequire(import.meta.url)(path.join(root, 'node_modules', 'dockerfilelint'))

const { directory, files } = realCorpus ? await readCorpus(realCorpus) : await writeCorpus(fileCount)
try {
  // Both sides lint text already in memory: the benchmark times linting, not the disk.
  const corpus = await Promise.all(files.map(async file => ({ file, text: await readFile(file, 'utf8') })))
  const options = { rules: {}, trustedRegistries: [] }

  const imagegate = async () => {
    let findings = 0
    for (const { file, text } of corpus)
      findings += (await lintDockerfileText(text, path.basename(file), options)).findings.length
    return findings
  }
  const other = async () => {
    let findings = 0
    // dockerfilelint's API takes the directory to look for a .dockerfilelintrc in, as its CLI does.
    for (const { text } of corpus) findings += dockerfilelint.run(directory, text).length
    return findings
  }

  const measure = async lint => {
    const findings = await lint() // warm-up: module loading, JIT
    let best = Infinity
    for (let round = 0; round < rounds; round++) {
      const started = performance.now()
      await lint()
      best = Math.min(best, performance.now() - started)
    }
    return { findings, filesPerSecond: (corpus.length / best) * 1000, ms: best }
  }

  const ours = await measure(imagegate)
  const theirs = await measure(other)
  const ratio = ours.filesPerSecond / theirs.filesPerSecond
  const row = (name, rules, r) =>
    `${name.padEnd(16)} ${String(rules).padStart(5)} rules  ${r.filesPerSecond.toFixed(0).padStart(7)} files/s  ` +
    `${r.ms.toFixed(0).padStart(6)} ms/corpus  ${String(r.findings).padStart(6)} findings`
  console.log(
    `Corpus: ${corpus.length} ${realCorpus ? `real Dockerfiles from ${realCorpus}` : 'synthetic Dockerfiles'}, ` +
      `best of ${rounds} rounds, Node ${process.version}`
  )
  console.log(row('imagegate', LINT_RULES.length, ours))
  console.log(row('dockerfilelint', dockerfilelintRuleCount(), theirs))
  console.log(`Ratio: ${ratio.toFixed(2)}x dockerfilelint's throughput (target: at least 3x)`)

  if (withBreakdown) await breakdown(corpus)

  if (withShellcheck) {
    const { buildLintContext } = await lib('src/checks/lint/context.js')
    const { parseDockerfile } = await lib('src/dockerfile/parse.js')
    const { runShellcheckOnFiles } = await lib('src/checks/lint/shell/shellcheck.js')
    const inputs = []
    for (const { file, text } of corpus) {
      const parsed = await parseDockerfile(text)
      const input = { file, ast: parsed.ast, lines: text.split('\n'), trustedRegistries: [] }
      const context = await buildLintContext(input)
      inputs.push({ file, runs: context.runs, stages: context.stages })
    }
    const stats = { scripts: 0, distinct: 0, fromCache: 0 }
    const started = performance.now()
    const results = await runShellcheckOnFiles(inputs, { stats })
    const ms = performance.now() - started
    const findings = results.reduce((sum, result) => sum + result.violations.length, 0)
    const failed = results.reduce((sum, result) => sum + (result.failures?.length ?? 0), 0)
    console.log(
      results[0]?.skippedReason ??
        `ShellCheck (extra, not in the ratio): ${((corpus.length / ms) * 1000).toFixed(0)} files/s, ` +
          `${ms.toFixed(0)} ms/corpus (${(ms / ours.ms).toFixed(1)}x lint), ${stats.scripts} RUN scripts, ` +
          `${stats.distinct} distinct, ${findings} SC findings, ${failed} given up`
    )
    if (!results[0]?.skippedReason)
      console.log(
        `Lint with ShellCheck: ${(ours.ms + ms).toFixed(0)} ms/corpus, ` +
          `${((ours.ms + ms) / ours.ms).toFixed(1)}x lint without it (target: at most 2x)`
      )
  }
} finally {
  if (!realCorpus) await rm(directory, { recursive: true, force: true })
}

/** Every file below `directory`: a gathered corpus of real Dockerfiles, read in place and kept. */
async function readCorpus(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  const files = entries.filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name))
  if (files.length === 0) throw new Error(`--corpus ${directory}: no files there`)
  return { directory, files: files.sort() }
}

/** dockerfilelint's rule list is the message table in its lib/reference.js. */
function dockerfilelintRuleCount() {
  const reference = createRequire(import.meta.url)(
    path.join(root, 'node_modules', 'dockerfilelint', 'lib', 'reference.js')
  )
  return Object.keys(reference).length
}

/** Where imagegate's time goes, per file: Dockerfile parsing, context, shell parsing, shell rules, other rules. */
async function breakdown(corpus) {
  const { parseDockerfile } = await lib('src/dockerfile/parse.js')
  const { buildLintContext } = await lib('src/checks/lint/context.js')
  const { parseShell } = await lib('src/checks/lint/shell/parse.js')
  const { SHELL_RULES } = await lib('src/checks/lint/rules/shell/index.js')
  const others = LINT_RULES.filter(rule => !SHELL_RULES.includes(rule))
  const noShell = async () => ({ commands: [] })
  const phases = { dockerfile: 0, context: 0, shell: 0, shellRules: 0, otherRules: 0 }
  const time = async (phase, work) => {
    const started = performance.now()
    const result = await work()
    phases[phase] += performance.now() - started
    return result
  }
  let scripts = 0
  for (const { file, text } of corpus) {
    const parsed = await time('dockerfile', () => parseDockerfile(text))
    const input = { file, ast: parsed.ast, lines: text.split('\n'), trustedRegistries: [] }
    const context = await time('context', () => buildLintContext(input, noShell))
    await time('shell', async () => {
      for (const run of context.runs) if (!run.execForm) run.shell = await parseShell(run.script)
    })
    scripts += context.runs.length
    await time('shellRules', () => SHELL_RULES.forEach(rule => rule.check(context)))
    await time('otherRules', () => others.forEach(rule => rule.check(context)))
  }
  const perFile = ms => `${((ms / corpus.length) * 1000).toFixed(0)} µs/file`
  console.log(
    `Breakdown (one pass): Dockerfile parse ${perFile(phases.dockerfile)}, context ${perFile(phases.context)}, ` +
      `shell parse ${perFile(phases.shell)} (${(scripts / corpus.length).toFixed(1)} RUNs/file), ` +
      `${SHELL_RULES.length} shell rules ${perFile(phases.shellRules)}, ${others.length} other rules ${perFile(phases.otherRules)}`
  )
}
