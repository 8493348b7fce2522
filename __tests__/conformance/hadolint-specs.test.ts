// Conformance with hadolint: runs every case of hadolint's own rule specs (read from a snapshot of its
// repository, never copied here) through imagegate's linter and prints agreement per rule.
// HADOLINT_SNAPSHOT=/path/to/hadolint/git-dir NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/conformance
import { execFileSync } from 'node:child_process'
import { lintDockerfileText, type LintOptions } from '../../src/checks/lint/lint-file.js'
import { LINT_RULES } from '../../src/checks/lint/rules/index.js'
import { extractSpecCases, wrapRunsInOnbuild, type SpecCase } from './hadolint-spec-cases.js'

const SNAPSHOT = process.env.HADOLINT_SNAPSHOT

/**
 * Cases where imagegate differs from hadolint on purpose, each explained in the rule's description.
 * Keyed by rule and the case's Dockerfile text.
 */
const INTENDED: Array<{ rule: string; dockerfile: string }> = []

function git(...args: string[]): string {
  return execFileSync('git', ['-C', SNAPSHOT as string, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
}

type FileCase = SpecCase & { file: string }

function loadCases(): FileCase[] {
  const files = git('ls-tree', '-r', '--name-only', 'HEAD', 'test/Hadolint')
    .split('\n')
    .filter(file => /\/(DL\d{4}|Pragma)Spec\.hs$/.test(file))
  return files.flatMap(file =>
    extractSpecCases(git('show', `HEAD:${file}`)).map(c => ({ ...c, file: file.split('/').at(-1) ?? file }))
  )
}

/** Every rule on, hadolint's `ignore`-level ones included, as `Hadolint.Process.run` runs them. */
function optionsFor(c: SpecCase): LintOptions {
  const rules: LintOptions['rules'] = {}
  for (const rule of LINT_RULES) if (rule.enabledByDefault === false) rules[rule.id] = 'info'
  return {
    rules,
    trustedRegistries: c.config.allowedRegistries ?? [],
    labelSchema: c.config.labelSchema,
    strictLabels: c.config.strictLabels
  }
}

async function agrees(c: SpecCase): Promise<boolean> {
  const text = `${c.onbuild ? wrapRunsInOnbuild(c.dockerfile) : c.dockerfile}\n`
  const { findings } = await lintDockerfileText(text, 'Dockerfile', optionsFor(c))
  const count = findings.filter(f => f.rule === c.rule).length
  if (c.expect === 'catches-not') return count === 0
  return c.onbuild ? count === 1 : count >= 1
}

const intended = (c: SpecCase) => INTENDED.some(i => i.rule === c.rule && i.dockerfile === c.dockerfile)

if (SNAPSHOT === undefined) {
  console.warn('HADOLINT_SNAPSHOT is not set: the hadolint spec conformance test is skipped.')
  it.skip('hadolint spec conformance: skipped because HADOLINT_SNAPSHOT is not set', () => {})
} else {
  const cases = loadCases()
  const byRule = new Map<string, FileCase[]>()
  for (const c of cases) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c])

  describe(`hadolint spec conformance (${cases.length} cases from ${SNAPSHOT})`, () => {
    const report: string[] = []
    afterAll(() => console.log(['Agreement with hadolint per rule:', ...report].join('\n')))

    it('finds the spec cases', () => expect(cases.length).toBeGreaterThan(500))

    it.each([...byRule.keys()].sort())('%s agrees with hadolint on every spec case', async rule => {
      const ruleCases = byRule.get(rule) ?? []
      const disagreements: string[] = []
      let agreed = 0
      for (const c of ruleCases) {
        if (await agrees(c)) agreed++
        else if (!intended(c)) {
          const how = `${c.onbuild ? 'onBuild ' : ''}${c.expect}`
          disagreements.push(`${c.file}:${c.line} (${how}): ${JSON.stringify(c.dockerfile)}`)
        }
      }
      report.push(`  ${rule}: ${agreed}/${ruleCases.length}`)
      expect(disagreements).toEqual([])
    })
  })
}
