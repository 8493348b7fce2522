#!/usr/bin/env node
// Time to build every report (SARIF, JSON, summary, annotations, text) from one result with N findings.
// The scanner issue's target: merge + evaluate + report of 40,000 findings in under 1 s.
// Usage: npm run bench:reports [-- N]   (compiles to lib/ first; findings are synthetic)
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib')
const load = file => import(path.join(lib, file))
const { buildSarif } = await load('src/report/sarif.js')
const { buildJsonReport } = await load('src/report/json-report.js')
const { renderSummaryMarkdown } = await load('src/report/markdown.js')
const { buildAnnotations } = await load('src/report/annotations.js')
const { renderText } = await load('src/report/text.js')
const { manyFindingsResult } = await load('__tests__/fixtures/report/sample-result.js')

const n = Number(process.argv[2] ?? 40000)
const steps = {
  // The file text, as the action writes it.
  sarif: r => JSON.stringify(buildSarif(r)),
  json: r => JSON.stringify(buildJsonReport(r)),
  summary: r => renderSummaryMarkdown(r),
  annotations: r => buildAnnotations(r),
  text: r => renderText(r, { color: false })
}
const result = manyFindingsResult(n)
for (const step of Object.values(steps)) step(manyFindingsResult(1000)) // warm the JIT
const times = {}
let total = 0
for (const [name, step] of Object.entries(steps)) {
  const started = performance.now()
  step(result)
  times[name] = performance.now() - started
  total += times[name]
}
const parts = Object.entries(times).map(([k, v]) => `${k}=${v.toFixed(0)}ms`)
console.log(`reports findings=${n} total=${total.toFixed(0)}ms ${parts.join(' ')}`)
