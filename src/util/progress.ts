import type { Logger } from './logger.js'

/**
 * Runs one long step (an install, a database download, a scan) and writes a line when it starts and
 * one when it ends, with the elapsed time, as they happen: a five-minute scan is not a silent log.
 */
export async function timedStep<T>(
  progress: Logger | undefined,
  step: string,
  fn: () => Promise<T>,
  clock: () => number = () => performance.now()
): Promise<T> {
  if (!progress) return fn()
  progress.info(`${step} started`)
  const started = clock()
  try {
    const result = await fn()
    progress.info(`${step} finished in ${elapsed(clock() - started)}`)
    return result
  } catch (error) {
    progress.info(`${step} failed after ${elapsed(clock() - started)}`)
    throw error
  }
}

function elapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}
