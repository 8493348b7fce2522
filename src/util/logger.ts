/** How the pipeline talks to people: the action logs through @actions/core, the CLI to stderr. */
export interface Logger {
  /** Runs one pipeline stage under a heading (a collapsible group in the Actions log). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const silentLogger: Logger = {
  group: (_title, fn) => fn(),
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined
}
