import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { runShellcheck, runShellcheckOnFiles } from '../../../src/checks/lint/shell/shellcheck.js'
import { contextOf } from './helpers.js'

// ShellCheck is on GitHub's Ubuntu runners and on this project's machines; tests that run it need it.
const haveShellcheck = existsSync('/usr/bin/shellcheck') || process.env.SHELLCHECK_TESTS === '1'
const maybe = haveShellcheck ? it : it.skip

async function check(dockerfile: string) {
  const context = await contextOf(dockerfile)
  return runShellcheck(context.runs, 'Dockerfile', { stages: context.stages })
}

describe('runShellcheck', () => {
  maybe('reports findings on the RUN line with their SC code and ShellCheck level', async () => {
    const result = await check('FROM debian:12\n\nRUN cd /tmp; \\\n echo $HOME/*.txt')
    expect(result.skippedReason).toBeUndefined()
    const codes = result.violations.map(v => v.rule)
    expect(codes).toEqual(expect.arrayContaining(['SC2164', 'SC2086']))
    for (const violation of result.violations) {
      expect(violation).toMatchObject({ line: 3, column: 1 })
      expect(['error', 'warning', 'info', 'style']).toContain(violation.level)
      expect(violation.message).not.toBe('')
    }
  })

  maybe('checks for the SHELL in effect: bash-only syntax is fine under bash, not under sh', async () => {
    const script = 'RUN if [[ -n "$HOME" ]]; then echo yes; fi'
    const sh = await check(`FROM debian:12\n${script}`)
    const bash = await check(`FROM debian:12\nSHELL ["/bin/bash", "-c"]\n${script}`)
    expect(sh.violations.map(v => v.rule)).toContain('SC3010')
    expect(bash.violations).toEqual([])
  })

  maybe('counts ARG and ENV names, also from the stage built on, as assigned', async () => {
    const dockerfile =
      'FROM debian:12 AS base\nENV app_home=/app\nFROM base\nARG version\nRUN echo "$version $app_home $http_proxy $unset_name"'
    const result = await check(dockerfile)
    const unassigned = result.violations.filter(v => v.rule === 'SC2154').map(v => v.message)
    expect(unassigned).toEqual([expect.stringContaining('unset_name')])
  })

  maybe('checks ONBUILD RUN and heredoc scripts; skips exec form and non-shell heredocs', async () => {
    const result = await check(
      'FROM debian:12\nONBUILD RUN echo $1\nRUN ["sh", "-c", "echo $1"]\nRUN <<EOF\n#!/usr/bin/env python3\nprint($1)\nEOF\nRUN <<EOF\ncd /x\nEOF'
    )
    expect(result.violations.map(v => [v.line, v.rule])).toEqual(
      expect.arrayContaining([
        [2, 'SC2086'],
        [8, 'SC2164']
      ])
    )
    expect(result.violations.some(v => v.line === 3 || v.line === 4)).toBe(false)
  })

  maybe('skips RUNs under shells ShellCheck does not check', async () => {
    const result = await check(
      'FROM x\nSHELL ["pwsh", "-c"]\nRUN Write-Host $env:X\nSHELL ["/bin/zsh", "-c"]\nRUN echo $x'
    )
    expect(result).toEqual({ violations: [] })
  })

  it('reports a skipped reason, and no findings, when shellcheck is not installed', async () => {
    const context = await contextOf('FROM debian:12\nRUN echo $1')
    const result = await runShellcheck(context.runs, 'Dockerfile', { binary: 'imagegate-no-such-shellcheck' })
    expect(result.violations).toEqual([])
    expect(result.skippedReason).toMatch(/not installed/)
  })

  it('does not start ShellCheck for a file without shell-form RUNs', async () => {
    const context = await contextOf('FROM debian:12\nRUN ["true"]')
    const result = await runShellcheck(context.runs, 'Dockerfile', { binary: 'imagegate-no-such-shellcheck' })
    expect(result).toEqual({ violations: [] })
  })
})

describe('runShellcheckOnFiles', () => {
  maybe('checks many Dockerfiles in one go and keeps each file its own findings', async () => {
    const files = ['RUN echo ok', 'RUN echo $1', 'RUN ["true"]', 'RUN cd /x; ls']
    const inputs = await Promise.all(
      files.map(async (run, index) => {
        const context = await contextOf(`FROM debian:12\n${run}`)
        return { file: `Dockerfile.${index}`, runs: context.runs, stages: context.stages }
      })
    )
    const results = await runShellcheckOnFiles(inputs)
    expect(results.map(r => r.violations.map(v => v.rule))).toEqual([[], ['SC2086'], [], ['SC2164']])
    expect(results.every(r => r.skippedReason === undefined)).toBe(true)
  })

  it('gives every file the skipped reason when shellcheck is missing', async () => {
    const context = await contextOf('FROM debian:12\nRUN echo $1')
    const inputs = [
      { file: 'a', runs: context.runs },
      { file: 'b', runs: context.runs }
    ]
    const results = await runShellcheckOnFiles(inputs, { binary: 'imagegate-no-such-shellcheck' })
    expect(results.map(r => r.skippedReason !== undefined)).toEqual([true, true])
  })
})
