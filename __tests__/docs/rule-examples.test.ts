// Every rule's example in the catalogue is checked here: the flagged Dockerfile fires the rule, the fixed
// one does not. The examples are imagegate's own text (src/docs/rule-examples.ts).
import { lintDockerfileText, type LintOptions } from '../../src/checks/lint/lint-file.js'
import { LINT_RULES } from '../../src/checks/lint/rules/index.js'
import { allRuleInfos } from '../../src/docs/rule-catalog.js'
import { pascalName, ruleDocs } from '../../src/docs/rule-help.js'

const rules = allRuleInfos()

/** The configuration an example names in its first comment line (label schema, trusted registries). */
function optionsFor(id: string): LintOptions {
  const options: LintOptions = { rules: {}, trustedRegistries: [] }
  for (const rule of LINT_RULES) if (rule.enabledByDefault === false) options.rules[rule.id] = 'info'
  const schemas: Record<string, Record<string, string>> = {
    DL3049: { version: 'text' },
    DL3050: { version: 'text' },
    DL3051: { version: 'text' },
    DL3052: { homepage: 'url' },
    DL3053: { created: 'rfc3339' },
    DL3054: { license: 'spdx' },
    DL3055: { revision: 'hash' },
    DL3056: { version: 'semver' },
    DL3058: { maintainer: 'email' }
  }
  if (schemas[id]) options.labelSchema = schemas[id]
  if (id === 'DL3050') options.strictLabels = true
  if (id === 'DL3026') options.trustedRegistries = ['registry.example.com']
  return options
}

const fired = async (id: string, dockerfile: string) =>
  (await lintDockerfileText(`${dockerfile}\n`, 'Dockerfile', optionsFor(id))).findings.some(
    f => f.rule === id
  )

describe('rule examples', () => {
  it.each(rules.map(r => [r.id, r] as const))('%s has an example, a flagged and a fixed case', (_, rule) => {
    expect(rule.example?.flagged).toBeTruthy()
    expect(rule.example?.fixed).toBeTruthy()
    expect(rule.example?.fixed).not.toBe(rule.example?.flagged)
  })

  const linted = rules.filter(r => LINT_RULES.some(l => l.id === r.id))
  it.each(linted.map(r => [r.id, r] as const))(
    '%s: the flagged example fires, the fixed one does not',
    async (id, rule) => {
      expect(await fired(id, rule.example!.flagged)).toBe(true)
      expect(await fired(id, rule.example!.fixed)).toBe(false)
    }
  )
})

describe('rule help', () => {
  it('says what, why, how to fix and shows the example, in text and markdown', () => {
    const docs = ruleDocs(rules.find(r => r.id === 'DL3007')!)
    expect(docs.fullDescription).toMatch(/^A FROM image tagged latest/)
    expect(docs.help.text).toContain('How to fix:')
    expect(docs.help.text).toContain('FROM debian:latest')
    expect(docs.help.markdown).toContain('```dockerfile\nFROM debian:latest\n```')
    expect(docs.help.markdown).toContain('# hadolint ignore=DL3007')
  })

  it.each([
    ['Pin versions in `apt-get install`.', 'PinVersionsInAptGetInstall'],
    ['Valid UNIX ports range from 0 to 65535', 'ValidUnixPortsRangeFrom0To65535'],
    ['Use the `-y` switch.', 'UseTheSwitch']
  ])('names %s as %s', (title, name) => {
    expect(pascalName(title)).toBe(name)
  })
})
