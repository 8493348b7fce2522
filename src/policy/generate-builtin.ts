// Dev-time only: renders src/policy/builtin.ts from policies/default.yml (`npm run generate`).
export const BUILTIN_MODULE_PATH = 'src/policy/builtin.ts'

export function renderBuiltinModule(defaultPolicyYaml: string): string {
  const literal = defaultPolicyYaml.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')
  return `// GENERATED from policies/default.yml by src/policy/generate-builtin.ts (\`npm run generate\`); do not edit.
// Embedded so the bundled action needs no policy file on disk.
export const BUILTIN_POLICY_LABEL = 'built-in default'

export const BUILTIN_POLICY_TEXT = \`${literal}\`
`
}
