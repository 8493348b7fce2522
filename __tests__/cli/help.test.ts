import { parseCli } from '../../src/cli/args.js'
import { runCliCaptured } from '../helpers/cli.js'

const run = (argv: string[]) => runCliCaptured(argv)

describe('--help on every command', () => {
  it.each([
    [['check', '--help'], 'check', /^ {2}imagegate check \[--policy FILE\]/m],
    [['check', '-h'], 'check', /--report-json FILE/],
    // Help wins over other options, even broken ones.
    [['check', '--image', 'x:1', '--polcy', 'p', '--help'], 'check', /--working-directory DIR/],
    [
      ['policy', '--help'],
      'policy',
      /imagegate policy validate FILE\n {2}imagegate policy explain \[FILE\]\n {2}imagegate policy schema/
    ],
    [['policy', 'explain', '--help'], 'policy explain', /each value with the FILE:LINE that sets it/],
    [['policy', 'validate', '--help'], 'policy validate', /Checks FILE as `check` would/],
    [['policy', 'validate', 'p.yml', '-h'], 'policy validate', /FILE:LINE:COL/],
    [['policy', 'schema', '--help'], 'policy schema', /JSON schema/],
    [['rules', '--help'], 'rules', /imagegate rules \[--format text\|json\]/]
  ])('%j prints the usage of %s and exits 0', async (argv, topic, text) => {
    expect(parseCli(argv)).toEqual({ kind: 'help', topic })
    const { code, stdout, stderr } = await run(argv)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage:\n/)
    expect(stdout).toMatch(text)
    expect(stderr).toBe('')
  })

  it('keeps --help after `--` an argument, and the top-level help lists every command', async () => {
    expect(() => parseCli(['check', '--', '--help'])).toThrow(/positional/i)
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    for (const command of [
      'check',
      'policy validate',
      'policy explain',
      'policy schema',
      'rules',
      'COMMAND --help'
    ]) {
      expect(stdout).toContain(`imagegate ${command}`)
    }
  })

  it('still exits 2 on a mistake, with the error and a hint on stderr', async () => {
    const { code, stderr } = await run(['check', '--polcy', 'p'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^error: Unknown option '--polcy'/)
    expect(stderr).toMatch(/^hint: Fix what the message above names/m)
  })
})

describe('errors on stderr', () => {
  it('neutralise workflow commands and control characters from what they quote', async () => {
    const { code, stderr } = await run(['check', '--format', '\n::set-output name=verdict::pass\x1b[31m'])
    expect(code).toBe(2)
    expect(stderr).not.toMatch(/^::/m)
    expect(stderr).not.toContain('\x1b')
    expect(stderr).toMatch(/^error: --format must be one of text, json, markdown/)
  })
})
