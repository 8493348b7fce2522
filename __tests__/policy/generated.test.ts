import { readFileSync, writeFileSync } from 'node:fs'
import { GENERATED_VALIDATOR_PATH, renderValidatorModule } from '../../src/policy/generate-validator.js'

// The validator is precompiled from policies/schema.json; this fails when the two drift apart.
describe('generated policy validator', () => {
  it('is current with policies/schema.json', async () => {
    const expected = await renderValidatorModule()
    if (process.env.UPDATE_GENERATED === '1') writeFileSync(GENERATED_VALIDATOR_PATH, expected)
    const actual = readFileSync(GENERATED_VALIDATOR_PATH, 'utf8')
    expect(actual === expected).toBe(true)
  })
})
