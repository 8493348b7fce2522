/** Interpreters whose heredoc script is shell, so its commands are linted like any other RUN command. */
const SHELL_INTERPRETERS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox'])

/**
 * The shell script a heredoc body holds, or undefined when its shebang names another language
 * (`#!/usr/bin/env python3`): BuildKit runs a `RUN <<EOF` body with its shebang when it has one.
 */
export function heredocScript(body: string): string | undefined {
  if (!body.startsWith('#!')) return body
  const interpreter = shebangInterpreter(
    body.slice(2, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n'))
  )
  return SHELL_INTERPRETERS.has(interpreter) ? body : undefined
}

/** `/usr/bin/env bash -e` → `bash`; `/bin/sh` → `sh`. */
export function shebangInterpreter(line: string): string {
  const words = line.trim().split(/\s+/)
  const program = words[0]?.split('/').pop() ?? ''
  if (program !== 'env') return program
  return (
    words
      .slice(1)
      .find(word => !word.startsWith('-'))
      ?.split('/')
      .pop() ?? ''
  )
}
