import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  YAMLException,
  type Event
} from 'js-yaml'
import { ConfigError } from '../../errors.js'
import { truncate } from '../untrusted.js'

/** js-yaml's own sentence is rarely longer; past it is an echoed name. */
const MAX_REASON = 160

/** 1-based, as editors and GitHub annotations count. */
export interface SourcePoint {
  line: number
  column: number
}

/** Offsets of one YAML node and, for mappings and sequences, of what is inside it. */
type NodeSpan =
  | { kind: 'scalar'; start: number }
  | { kind: 'mapping'; start: number; entries: Map<string, { keyStart: number; value: NodeSpan }> }
  | { kind: 'sequence'; start: number; items: NodeSpan[] }

/** Maps a path inside the parsed value (as JSON pointer segments) back to the YAML text. */
export class PositionIndex {
  private readonly lineStarts: number[] = [0]

  constructor(
    text: string,
    private readonly root: NodeSpan | undefined
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1)
  }

  /** Where the value at `path` starts; an empty value falls back to its key. */
  valueAt(path: readonly string[]): SourcePoint | undefined {
    const { node, keyStart } = this.walk(path)
    return this.point(node && node.start >= 0 ? node.start : keyStart)
  }

  /** Where the key naming the value at `path` is written (for unknown keys). */
  keyAt(path: readonly string[]): SourcePoint | undefined {
    const { node, keyStart } = this.walk(path)
    return this.point(keyStart >= 0 ? keyStart : node?.start)
  }

  /** Follows `path` as far as the document goes; a path that leaves it stops at the last known node. */
  private walk(path: readonly string[]): { node: NodeSpan | undefined; keyStart: number } {
    let node = this.root
    let keyStart = -1
    for (const segment of path) {
      let next: NodeSpan | undefined
      if (node?.kind === 'mapping') {
        const entry = node.entries.get(segment)
        next = entry?.value
        if (entry) keyStart = entry.keyStart
      } else if (node?.kind === 'sequence') {
        next = node.items[Number(segment)]
        keyStart = -1
      }
      if (!next) break
      node = next
    }
    return { node, keyStart }
  }

  private point(offset: number | undefined): SourcePoint | undefined {
    if (offset === undefined || offset < 0) return undefined
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 }
  }
}

/**
 * Parses one YAML document with the YAML 1.2 core schema (so `2027-01-31` stays a string and `yes`
 * is not a boolean) and keeps the offsets of every node, so later problems can name line and column.
 * Malformed YAML becomes a ConfigError at js-yaml's position. Returns `undefined` for an empty file.
 */
export function parseYamlWithPositions(
  text: string,
  file: string,
  what = 'the file'
): { value: unknown; index: PositionIndex } {
  let events: Event[]
  let documents: unknown[]
  try {
    events = parseEvents(text, { filename: file })
    documents = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA })
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    const mark = error.mark
    // js-yaml's reason quotes what it could not read (a tag, an alias name), which may be huge.
    const reason = truncate(error.reason, MAX_REASON)
    throw new ConfigError(`${file}: invalid YAML: ${reason}`, [
      {
        message: `invalid YAML: ${reason}`,
        position: mark ? { file, line: mark.line + 1, column: mark.column + 1 } : { file }
      }
    ])
  }
  if (documents.length > 1) {
    const message = `${what} must be a single YAML document; remove the extra \`---\` documents`
    throw new ConfigError(`${file}: ${message}`, [{ message, position: { file } }])
  }
  return { value: documents[0], index: new PositionIndex(text, spanOfFirstDocument(events, text)) }
}

function spanOfFirstDocument(events: Event[], text: string): NodeSpan | undefined {
  if (events.length < 2 || events[0].type !== EVENT_ID.DOCUMENT) return undefined
  let cursor = 1
  const read = (): NodeSpan => {
    const event = events[cursor++]
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const quoted =
          event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
        // Quoted scalars point at their opening quote, the way editors underline them.
        const start = event.valueStart < 0 ? -1 : quoted ? event.valueStart - 1 : event.valueStart
        return { kind: 'scalar', start }
      }
      case EVENT_ID.ALIAS:
        return { kind: 'scalar', start: event.anchorStart - 1 }
      case EVENT_ID.MAPPING: {
        const entries = new Map<string, { keyStart: number; value: NodeSpan }>()
        while (events[cursor].type !== EVENT_ID.POP) {
          const keyEvent = events[cursor]
          const key = read()
          const value = read()
          // Complex (non-scalar) keys can't be named by a path, so they are not indexed.
          if (keyEvent.type === EVENT_ID.SCALAR)
            entries.set(getScalarValue(text, keyEvent), { keyStart: key.start, value })
        }
        cursor++
        return { kind: 'mapping', start: event.start, entries }
      }
      case EVENT_ID.SEQUENCE: {
        const items: NodeSpan[] = []
        while (events[cursor].type !== EVENT_ID.POP) items.push(read())
        cursor++
        return { kind: 'sequence', start: event.start, items }
      }
      default:
        throw new Error(`unexpected YAML event ${event.type}`)
    }
  }
  return read()
}
