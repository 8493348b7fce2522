import { runCli } from '../../src/cli/main.js'

/** Runs the CLI in-process, capturing stdout and stderr. */
export async function runCliCaptured(argv: string[], cwd = process.cwd()) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    cwd,
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    color: false
  })
  return { code, stdout, stderr }
}
