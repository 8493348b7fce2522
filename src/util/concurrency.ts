import pMap from 'p-map'

/**
 * Files one stage opens at once. Far below the usual `ulimit -n` (256 on macOS, 1,024 on Linux runners)
 * even with every check reading side by side, and enough to keep the disk busy.
 */
export const FILES_AT_ONCE = 16

/** `Promise.all(items.map(work))` with at most FILES_AT_ONCE calls in flight; results keep their order. */
export function mapFiles<T, R>(items: Iterable<T>, work: (item: T) => Promise<R>): Promise<R[]> {
  return pMap(items, item => work(item), { concurrency: FILES_AT_ONCE })
}

/** EMFILE and ENFILE: the runner's open-file limit, never the fault of the file being read. */
export function isOpenFileLimit(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EMFILE' || code === 'ENFILE'
}

/** A runtime error (exit 2) that says what to do, instead of a finding against an innocent file. */
export function openFileLimitError(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code
  return new Error(
    `the system ran out of open files (${code}) while reading ${file}; ` +
      'raise the limit (`ulimit -n 4096`) or match fewer Dockerfiles, then run again'
  )
}
