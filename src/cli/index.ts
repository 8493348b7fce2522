#!/usr/bin/env node
import * as nodeModule from 'node:module'

// Node 22+ can cache compiled bytecode between runs; the CLI starts many times a day, so let it.
// (A no-op on Node 20, which has no compile cache.) Everything else loads after this line.
;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { runCli } = await import('./main.js')
const { writeToStderr } = await import('../util/stderr-writer.js')
const { exitWithChildrenOnSignals } = await import('../util/children.js')
// Ctrl-C or a CI timeout: scanners and ShellCheck stop with imagegate, and its temporary folders go.
exitWithChildrenOnSignals(message => process.stderr.write(`error: ${message}\n`))

// @actions/tool-cache and @actions/cache log progress (and `::debug::` lines) to stdout through
// @actions/core. Stdout carries only the report, so `--format json` stays parseable.
const writeReport = process.stdout.write.bind(process.stdout)
process.stdout.write = writeToStderr as typeof process.stdout.write

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: text => writeReport(text),
  stderr: text => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
})
