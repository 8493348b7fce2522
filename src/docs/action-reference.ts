import * as yaml from 'js-yaml'

interface ActionSpec {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs?: Record<string, { description?: string }>
}

/** Markdown tables of action.yml's inputs and outputs, so the README can't drift from the action. */
export function renderActionReference(actionYml: string): string {
  const spec = yaml.load(actionYml) as ActionSpec
  const cell = (text: string | undefined): string =>
    (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
  const inputs = Object.entries(spec.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`
  )
  const outputs = Object.entries(spec.outputs ?? {}).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`
  )
  return [
    '### Inputs',
    '',
    '| Name | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Name | Description |',
    '| --- | --- |',
    ...outputs
  ].join('\n')
}
