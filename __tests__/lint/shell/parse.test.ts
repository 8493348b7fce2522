import { describe, expect, it } from '@jest/globals'
import { SHELL_RULES } from '../../../src/checks/lint/rules/shell/index.js'
import { parseShell } from '../../../src/checks/lint/shell/parse.js'
import { contextOf } from './helpers.js'

const names = async (script: string): Promise<string[]> =>
  (await parseShell(script)).commands.map(c => c.name)

describe('parseShell', () => {
  it('splits a script into simple commands with their words, quotes removed', async () => {
    const { commands, parseError } = await parseShell(`apt-get install -y "cu\\"rl" 'a b' c\\ d $X`)
    expect(parseError).toBeUndefined()
    expect(commands).toHaveLength(1)
    expect(commands[0].name).toBe('apt-get')
    expect(commands[0].args).toEqual([
      { value: 'install', literal: true },
      { value: '-y', literal: true },
      { value: 'cu"rl', literal: true },
      { value: 'a b', literal: true },
      { value: 'c d', literal: true },
      { value: '$X', literal: false }
    ])
  })

  it('finds commands in chains, subshells, control structures and command substitutions', async () => {
    const script = 'a && b || c; (d); if e; then f; fi; for x in 1; do g; done; echo "$(h)" `i`'
    expect(await names(script)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'echo', 'h', 'i'])
  })

  it('marks the stages of each pipeline with a shared pipeline index', async () => {
    const { commands } = await parseShell('a | b | c && d; e |& f')
    const byName = Object.fromEntries(commands.map(c => [c.name, c]))
    expect(['a', 'b', 'c'].map(n => byName[n].pipeline)).toEqual([0, 0, 0])
    expect(byName.a.inPipeline && byName.b.inPipeline && byName.c.inPipeline).toBe(true)
    expect(byName.d.inPipeline).toBe(false)
    expect(byName.e.pipeline).toBe(byName.f.pipeline)
    expect(byName.e.pipeline).not.toBe(byName.a.pipeline)
    expect(byName.d.pipeline).not.toBe(byName.a.pipeline)
  })

  it('keeps one pipeline when its first stage is a subshell', async () => {
    const { commands } = await parseShell('(x) | y | z')
    const [x, y, z] = commands
    expect([x.inPipeline, y.inPipeline, z.inPipeline]).toEqual([false, true, true])
    expect(y.pipeline).toBe(z.pipeline)
  })

  it('gives each command its offset in the script, in characters also after non-ASCII text', async () => {
    const script = 'echo "héllo wörld" && curl x'
    const { commands } = await parseShell(script)
    expect(commands.map(c => c.offset)).toEqual([0, script.indexOf('curl')])
  })

  it('reads heredocs fed to a shell as scripts, and leaves other heredocs alone', async () => {
    expect(await names('<<EOF\napk add curl\nEOF\n')).toEqual(['apk'])
    expect(await names('bash <<-EOF\n\tcurl x | sh\n\tEOF\n')).toEqual(['bash', 'curl', 'sh'])
    expect(await names('cat <<EOF > /etc/motd\nsudo make me\nEOF\n')).toEqual(['cat'])
    expect(await names('bash -c "cat" <<EOF\nsudo x\nEOF\n')).toEqual(['bash'])
    expect(await names('<<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n')).toEqual([])
    expect(await names('<<EOF\n#!/bin/bash\nsudo x\nEOF\n')).toEqual(['sudo'])
  })

  it('offsets heredoc commands within the whole script', async () => {
    const script = 'bash <<EOF\necho a && sudo b\nEOF\n'
    const sudo = (await parseShell(script)).commands.find(c => c.name === 'sudo')
    expect(sudo?.offset).toBe(script.indexOf('sudo'))
  })

  it('reports a parse error instead of throwing, with no commands', async () => {
    for (const script of [
      'echo "unterminated',
      'cat <<EOF\nno end',
      'echo $((',
      'if true; then',
      'a &&',
      ')'
    ]) {
      const parsed = await parseShell(script)
      expect(parsed.commands).toEqual([])
      expect(parsed.parseError).toMatch(/\S/)
    }
  })

  it('parses an empty script to no commands', async () => {
    expect(await parseShell('')).toEqual({ commands: [] })
  })

  it('survives deep nesting and long scripts', async () => {
    const deep = '$('.repeat(2000) + 'x' + ')'.repeat(2000)
    await expect(parseShell(`echo ${deep}`)).resolves.toHaveProperty('commands')
    const long = Array.from({ length: 3000 }, (_, i) => `echo ${i}`).join(' && ')
    expect((await parseShell(long)).commands).toHaveLength(3000)
  })
})

describe('parseShell on random input', () => {
  // Seeded, so a failure reproduces: 2000 scripts from shell's special characters and a few words.
  const alphabet = [...'|&;<>()$`\\"\' \t\n*?[]{}#=!~-'].concat([
    'if',
    'then',
    'fi',
    'case',
    'esac',
    'EOF',
    '<<',
    'a',
    '9'
  ])
  let seed = 42
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const scripts = Array.from({ length: 2000 }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 40) },
      () => alphabet[Math.floor(next() * alphabet.length)]
    ).join('')
  )

  it('always resolves, with commands or a parse error, never both', async () => {
    for (const script of scripts) {
      const parsed = await parseShell(script)
      if (parsed.parseError !== undefined) expect(parsed.commands).toEqual([])
      for (const command of parsed.commands) {
        expect(command.offset).toBeGreaterThanOrEqual(0)
        expect(command.offset).toBeLessThanOrEqual(script.length)
      }
    }
  })
})

describe('shell rules on odd Dockerfiles', () => {
  // Synthetic inputs meant to break a parser: none may throw, hang or report on unparsed scripts.
  const odd = [
    'FROM alpine\nRUN <<EOF\napk add curl\n',
    'FROM alpine\nRUN <<EOF <<EOT\nfirst\nEOF\nsecond\n',
    'FROM alpine\nRUN echo "open \\\n',
    'FROM alpine\nRUN \\\n',
    'FROM alpine\nRUN',
    'FROM alpine\nRUN [\n',
    'FROM alpine\nRUN ["apt-get", "install", \n',
    'FROM alpine\nONBUILD RUN <<EOF\nsudo x\n',
    'FROM alpine\nRUN $(( 1 + \nRUN `unterminated\nRUN ${x\n',
    'FROM alpine\nRUN ' + '|'.repeat(500),
    '\uFEFFFROM alpine\r\nRUN apt-get install curl\r\n',
    'RUN echo \u0000 \u0007 \u001b[31m'
  ]
  it.each(odd.map((text, i) => [i, text]))('odd input %i', async (_, text) => {
    const context = await contextOf(text as string)
    for (const rule of SHELL_RULES) expect(() => rule.check(context)).not.toThrow()
  })

  it('stays silent on a RUN whose script does not parse', async () => {
    const context = await contextOf('FROM alpine\nRUN sudo apt-get install curl "unterminated\n')
    expect(context.runs[0].shell?.parseError).toBeDefined()
    expect(SHELL_RULES.flatMap(rule => rule.check(context))).toEqual([])
  })
})

describe('SHELL_RULES', () => {
  it('has unique ids, DL rules at hadolint levels and IG rules in the IG2xx range', () => {
    const ids = SHELL_RULES.map(rule => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every(id => /^(DL[34]\d{3}|IG2\d\d)$/.test(id))).toBe(true)
    expect(ids.filter(id => id.startsWith('DL')).length).toBeGreaterThanOrEqual(30)
  })
})
