import type { ParsedShell } from '../types.js'

/** Parses a RUN script into simple commands. Placeholder until the shell parser lands. */
export async function parseShell(script: string): Promise<ParsedShell> {
  return { commands: [], parseError: `shell parsing not implemented (${script.length} characters)` }
}
