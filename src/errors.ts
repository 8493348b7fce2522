/** Where a configuration problem is, so the message and the annotation can point at it. */
export interface ErrorPosition {
  file: string
  line?: number
  column?: number
  /** The field path inside the file, e.g. `vulnerabilities.failOn`. */
  field?: string
  /**
   * The file is not in the workspace (the built-in default, a base policy fetched from another repository
   * or a URL): messages name it in full, annotations never point at it.
   */
  external?: boolean
}

/**
 * A mistake in what the user gave us (policy, inputs, paths, references). Exit code 2, one clear
 * message, never a stack trace. Anything else that escapes is an internal failure.
 */
export class ConfigError extends Error {
  readonly problems: Array<{ message: string; position?: ErrorPosition }>

  constructor(message: string, problems?: Array<{ message: string; position?: ErrorPosition }>) {
    super(message)
    this.name = 'ConfigError'
    this.problems = problems ?? [{ message }]
  }
}

/** `FILE:LINE:COL: field: message`, the form editors and people both read. */
export function formatProblem(problem: { message: string; position?: ErrorPosition }): string {
  const p = problem.position
  if (!p) return problem.message
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter(v => v !== undefined)
    .join(':')
  return p.field ? `${where}: ${p.field}: ${problem.message}` : `${where}: ${problem.message}`
}

/** One ConfigError listing every problem, messages joined; returns when there are none. */
export function throwIfProblems(problems: Array<{ message: string; position?: ErrorPosition }>): void {
  if (problems.length > 0) throw new ConfigError(problems.map(p => p.message).join('; '), problems)
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  // An Error from another realm (a vm context, a worker) fails instanceof but still has a message.
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}

/** The line a person needs after an error (exit 2): what to change, or what to try. */
export function howToFix(error: unknown): string {
  return error instanceof ConfigError
    ? 'Fix what the message above names (input, option, file, line or field), then run again ' +
        '(`imagegate policy validate FILE` checks a policy on its own).'
    : 'This is not a policy failure: imagegate could not finish. Fix the cause named above ' +
        '(network, disk space, open-file limit, a missing tool) and run again; if it persists, ' +
        'report it with this log.'
}
