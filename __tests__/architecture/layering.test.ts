import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { importGraph, layeringViolations } from './layering.js'

import { REPO_ROOT } from '../policy/helpers.js'

describe('layering', () => {
  const graph = importGraph(REPO_ROOT)

  it('reads the import graph of src/, dynamic imports included', () => {
    expect(graph.length).toBeGreaterThan(300)
    expect(graph).toContainEqual({ from: 'src/gate.ts', to: 'src/verdict/evaluate.ts' })
    expect(
      graph.some(e => e.from.startsWith('src/checks/vulnerabilities/') && e.to.startsWith('src/scanners/'))
    ).toBe(true)
  })

  it('src/ has no import that points up or sideways', () => {
    expect(layeringViolations(graph)).toEqual([])
  })

  it.each([
    ['src/checks/lint/lint-check.ts', 'src/checks/pinning/rules.ts', 'a check never imports another check'],
    ['src/checks/pinning/pinning-check.ts', 'src/report/common.ts', 'a check never imports'],
    ['src/checks/vulnerabilities/deps.ts', 'src/verdict/evaluate.ts', 'a check never imports'],
    ['src/checks/lint/rules/index.ts', 'src/docs/rule-catalog.ts', 'a check never imports'],
    ['src/scanners/ignore/load.ts', 'src/verdict/exceptions.ts', 'scanners never import'],
    ['src/scanners/run-scan.ts', 'src/checks/all-checks.ts', 'scanners never import'],
    ['src/registry/client.ts', 'src/checks/pinning/pinning-check.ts', 'capabilities are imported by checks'],
    ['src/github/comment.ts', 'src/gate.ts', 'capabilities are imported by checks'],
    ['src/util/text.ts', 'src/model/finding.ts', 'util/ imports nothing above it'],
    ['src/model/check.ts', 'src/checks/lint/types.ts', 'model/ imports nothing above it'],
    ['src/image/source.ts', 'src/scanners/target.ts', 'image/ imports nothing above it']
  ])('fails on a deliberate wrong-way import %s → %s', (from, to, why) => {
    const [violation, ...rest] = layeringViolations([...graph, { from, to }])
    expect(rest).toEqual([])
    expect(violation).toContain(`${from} → ${to}: ${why}`)
  })

  it('lets a check import its own folder and the layers below it', () => {
    const allowed = [
      { from: 'src/checks/lint/lint-check.ts', to: 'src/checks/lint/rules/index.ts' },
      { from: 'src/checks/pinning/pinning-check.ts', to: 'src/image/reference.ts' },
      { from: 'src/checks/vulnerabilities/default-deps.ts', to: 'src/scanners/run-scan.ts' },
      { from: 'src/checks/all-checks.ts', to: 'src/checks/lint/lint-check.ts' }
    ]
    expect(layeringViolations(allowed)).toEqual([])
  })

  it('finds a wrong-way import written in a file, static or dynamic', () => {
    // A SYNTHETIC source tree: one check reaching into another and a scanner loading the verdict.
    const root = mkdtempSync(path.join(tmpdir(), 'imagegate-layering-'))
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), text)
    }
    write('src/checks/lint/a.ts', "import { b } from '../pinning/b.js'\nexport const a = b\n")
    write('src/checks/pinning/b.ts', 'export const b = 1\n')
    write('src/scanners/c.ts', "export const c = () => import('../verdict/evaluate.js')\n")
    expect(layeringViolations(importGraph(root)).sort()).toEqual([
      'src/checks/lint/a.ts → src/checks/pinning/b.ts: a check never imports another check, a reporter, the verdict, the docs generators or the gate',
      'src/scanners/c.ts → src/verdict/evaluate.ts: scanners never import checks, reporters or the verdict'
    ])
  })
})
