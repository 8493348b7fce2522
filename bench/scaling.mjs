#!/usr/bin/env node
// How lint time and memory grow with hostile Dockerfiles (issue 10): each shape is doubled several times and
// each size linted in a fresh child process (parse, ARG substitution, stages, RUN scripts, every rule;
// ShellCheck is another program and not run). Per size: CPU time (steadier than wall time on a shared
// machine; wall time is shown too), peak RSS, and the ratio to the size before:
// about 2 is linear, 4 quadratic. Memory is shown above a child that lints a one-line Dockerfile.
// The size budgets (IG211) are lifted, so the analysis itself is timed past the sizes they stop at;
// with --budget they apply, and every size past them costs the same.
// Usage: npm run bench:scaling [-- --shape NAME] [-- --doublings N] [-- --budget] [-- --root DIR]
//   (compiles to lib/ first; --root times another checkout's lib/, e.g. main before a change)
import { Buffer } from 'node:buffer'
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const self = fileURLToPath(import.meta.url)
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : process.argv[at + 1]
}
const root = path.resolve(option('root', path.join(path.dirname(self), '..')))

/** Hostile shapes from the issue, each a function of n, and the n to start from. */
const SHAPES = {
  'stage chain': {
    start: 1250,
    unit: 'stages',
    text: n => 'FROM alpine:3.20 AS s0\n' + lines(n - 1, i => `FROM s${i} AS s${i + 1}`)
  },
  'FROM / COPY --from pairs': {
    start: 1250,
    unit: 'pairs',
    text: n =>
      'FROM alpine:3.20 AS s0\n' + lines(n - 1, i => `FROM alpine:3.20 AS s${i + 1}\nCOPY --from=s${i} /a /b`)
  },
  'RUN sudo sudo …': {
    start: 6250,
    unit: 'words',
    text: n => `FROM alpine:3.20\nRUN ${'sudo '.repeat(n)}true\n`
  },
  'ENV chained assignments': {
    start: 3750,
    unit: 'pairs',
    text: n =>
      `FROM alpine:3.20\nENV A0=x${Array.from({ length: n - 1 }, (_, i) => ` A${i + 1}=$A${i}`).join('')}\n`
  },
  'RUN x lines': {
    start: 2500,
    unit: 'RUNs',
    text: n => 'FROM alpine:3.20\n' + lines(n, () => 'RUN x')
  },
  'RUN of many words': {
    start: 12500,
    unit: 'words',
    text: n => `FROM alpine:3.20\nRUN apt-get install -y${' pkg'.repeat(n)}\n`
  },
  'RUN a && a && …': {
    start: 3125,
    unit: 'commands',
    text: n => `FROM alpine:3.20\nRUN ${Array(n).fill('curl -fsSL x | sh').join(' && ')}\n`
  },
  'ARG A=${A}${A} lines': {
    start: 15,
    unit: 'lines',
    text: n => 'ARG A=x\n' + lines(n, () => 'ARG A=${A}${A}') + 'FROM alpine:${A}\n'
  }
}

function lines(count, line) {
  return Array.from({ length: count }, (_, i) => `${line(i)}\n`).join('')
}

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]))
else parent()

async function child(shape, n) {
  const { lintDockerfileText } = await import(path.join(root, 'lib', 'src', 'checks', 'lint', 'lint-file.js'))
  const budget = process.argv.includes('--budget') ? undefined : unlimited()
  const options = { rules: {}, trustedRegistries: [], budget }
  // Loads the Dockerfile and shell parsers, so the time below is linting only.
  await lintDockerfileText('FROM alpine:3.20\nRUN true\n', 'warm-up', options)
  const text = n === 0 ? 'FROM alpine:3.20\n' : SHAPES[shape].text(n)
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await lintDockerfileText(text, 'Dockerfile', options)
  const { user, system } = process.cpuUsage(cpu)
  const ms = performance.now() - started
  const cpuMs = (user + system) / 1000
  const rules = {}
  for (const finding of result.findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1
  const maxRssMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), ms, cpuMs, maxRssMiB, rules }))
}

function unlimited() {
  const none = Number.POSITIVE_INFINITY
  return { bytes: none, lines: none, instructions: none, stages: none, runLength: none }
}

function parent() {
  const doublings = Number(option('doublings', 4))
  const only = option('shape', undefined)
  const timeoutMs = Number(option('timeout', 120)) * 1000
  const extra = process.argv.includes('--budget') ? ['--budget'] : []
  const run = (shape, n) => {
    const result = spawnSync(
      process.execPath,
      [self, '--child', shape, String(n), ...extra, '--root', root],
      {
        encoding: 'utf8',
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024
      }
    )
    if (result.status === 0) return JSON.parse(result.stdout.trim().split('\n').at(-1))
    const why =
      result.error?.code === 'ETIMEDOUT'
        ? `timed out after ${timeoutMs / 1000} s`
        : `crashed (${result.signal ?? `exit ${result.status}`}): ${lastLine(result.stderr)}`
    return { failed: why }
  }
  const baseline = run('stage chain', 0)
  console.log(
    `Node ${process.version}, lib: ${path.relative(process.cwd(), root) || '.'}, budgets ${extra.length ? 'on' : 'lifted'}; ` +
      `memory above a one-line Dockerfile (${baseline.maxRssMiB.toFixed(0)} MiB peak RSS)`
  )
  console.log('Target: both ratios about 2 per doubling (linear); 4 would be quadratic.')
  console.log(
    'Columns: size, file, CPU time of the lint (ratio to the size before), wall time, peak memory (ratio), findings\n'
  )
  for (const [shape, { start, unit }] of Object.entries(SHAPES)) {
    if (only !== undefined && shape !== only) continue
    console.log(shape)
    let previous
    for (let step = 0, n = start; step <= doublings; step++, n *= 2) {
      const r = run(shape, n)
      const size = `${String(n).padStart(7)} ${unit.padEnd(8)}`
      if (r.failed) {
        console.log(`  ${size} ${r.failed}`)
        break
      }
      const memory = Math.max(0, r.maxRssMiB - baseline.maxRssMiB)
      // Below a few milliseconds or megabytes a ratio is noise.
      const ratio = (now, before, floor) =>
        (before === undefined ? '' : before < floor ? '–' : `×${(now / before).toFixed(2)}`).padStart(6)
      const found = Object.entries(r.rules)
        .map(([rule, count]) => `${rule}×${count}`)
        .join(' ')
      console.log(
        `  ${size} ${(r.bytes / 1024).toFixed(0).padStart(5)} KiB ${r.cpuMs.toFixed(0).padStart(7)} ms ${ratio(r.cpuMs, previous?.cpuMs, 20)}` +
          ` ${r.ms.toFixed(0).padStart(7)} ms  ${memory.toFixed(0).padStart(5)} MiB ${ratio(memory, previous?.memory, 4)}  ${found}`
      )
      previous = { cpuMs: r.cpuMs, memory }
    }
  }
}

function lastLine(text) {
  const lines = text.trim().split('\n')
  return lines.findLast(line => /Error|error:/.test(line)) ?? lines.at(-1) ?? ''
}
