import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import ts from 'typescript'

/** One import edge, as paths relative to the repository root (`src/checks/lint/lint-check.ts`). */
export interface ImportEdge {
  from: string
  to: string
}

interface LayerRule {
  /** Files the rule applies to. */
  files: RegExp
  /** What they may not import; `$1` in a pattern stands for the first group of `files`. */
  forbidden?: string[]
  /** When set, the only places they may import from. */
  allowed?: RegExp[]
  why: string
}

const UP_FROM_CHECKS = ['^src/report/', '^src/verdict/', '^src/docs/', '^src/gate\\.ts$']

/** The layering of the style rules in COMMON.md: capabilities and shared code sit below the checks. */
export const LAYER_RULES: LayerRule[] = [
  {
    files: /^src\/checks\/([^/]+)\//,
    forbidden: ['^src/checks/(?!$1/)[^/]+/', ...UP_FROM_CHECKS],
    why: 'a check never imports another check, a reporter, the verdict, the docs generators or the gate'
  },
  {
    files: /^src\/scanners\//,
    forbidden: ['^src/checks/', ...UP_FROM_CHECKS],
    why: 'scanners never import checks, reporters or the verdict'
  },
  {
    files: /^src\/(registry|github|signing)\//,
    forbidden: ['^src/checks/', ...UP_FROM_CHECKS],
    why: 'capabilities are imported by checks, never the reverse'
  },
  {
    files: /^src\/util\//,
    allowed: [/^src\/util\//, /^src\/errors\.ts$/],
    why: 'util/ imports nothing above it'
  },
  {
    files: /^src\/model\//,
    allowed: [
      /^src\/model\//,
      /^src\/image\//,
      /^src\/util\//,
      /^src\/errors\.ts$/,
      /^src\/policy\/types\.ts$/
    ],
    why: 'model/ imports nothing above it (image references and the policy types are part of the model)'
  },
  {
    files: /^src\/image\//,
    allowed: [/^src\/image\//, /^src\/util\//, /^src\/errors\.ts$/],
    why: 'image/ imports nothing above it'
  }
]

/** Every import that breaks a rule, described as "from → to: why". */
export function layeringViolations(edges: ImportEdge[], rules = LAYER_RULES): string[] {
  const violations: string[] = []
  for (const { from, to } of edges) {
    for (const rule of rules) {
      const match = rule.files.exec(from)
      if (!match) continue
      const forbidden = (rule.forbidden ?? []).some(pattern =>
        new RegExp(pattern.replaceAll('$1', match[1] ?? '')).test(to)
      )
      const outside = rule.allowed !== undefined && !rule.allowed.some(pattern => pattern.test(to))
      if (forbidden || outside) violations.push(`${from} → ${to}: ${rule.why}`)
    }
  }
  return violations
}

/** The relative imports of every TypeScript file under `dir`, static, dynamic and re-exports alike. */
export function importGraph(root: string, dir = 'src'): ImportEdge[] {
  const edges: ImportEdge[] = []
  for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const file = path.relative(root, path.join(entry.parentPath, entry.name))
    const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true)
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue
      const target = path.normalize(path.join(path.dirname(file), fileName)).replace(/\.js$/, '.ts')
      edges.push({ from: file.split(path.sep).join('/'), to: target.split(path.sep).join('/') })
    }
  }
  return edges
}
