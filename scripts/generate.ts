// Rewrites every generated file from its source of truth: `npm run generate`.
// CI fails when any of them is stale (see __tests__/docs, __tests__/policy/generated and shipped).
import { readFileSync, writeFileSync } from 'node:fs'
import { generateReadme } from '../src/docs/generate.js'
import { BUILTIN_MODULE_PATH, renderBuiltinModule } from '../src/policy/generate-builtin.js'
import { GENERATED_VALIDATOR_PATH, renderValidatorModule } from '../src/policy/generate-validator.js'

function update(file: string, next: string): void {
  const current = readFileSync(file, 'utf8')
  if (current === next) return console.log(`${file} is current`)
  writeFileSync(file, next)
  console.log(`${file} updated`)
}

update('README.md', generateReadme(readFileSync('README.md', 'utf8'), readFileSync('action.yml', 'utf8')))
update(GENERATED_VALIDATOR_PATH, await renderValidatorModule())
update(BUILTIN_MODULE_PATH, renderBuiltinModule(readFileSync('policies/default.yml', 'utf8')))
