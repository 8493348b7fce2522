/**
 * A stand-in for `process.stdout.write` that sends library output (@actions/core lines from
 * tool-cache and the cache client) to stderr, dropping `::debug::` workflow commands, so that outside
 * Actions stdout carries only imagegate's report.
 */
export function writeToStderr(chunk: string | Uint8Array, ...rest: unknown[]): boolean {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
  const kept = text
    .split(/(?<=\n)/)
    .filter(line => !line.startsWith('::debug::'))
    .join('')
  if (kept) process.stderr.write(kept)
  const callback = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
  callback?.()
  return true
}
