/**
 * Large reports as JSON text in pieces. With 40,000 findings, building the whole report as one object
 * graph and then one string keeps both alive at once, and the garbage collector copies the graph
 * around while it grows. Converting a few hundred items at a time lets each batch die young, and the
 * file is written piece by piece. Joined, the pieces are exactly `JSON.stringify` of the whole.
 */
const BATCH = 500

/** The items of a JSON array, comma-separated and without the brackets, a batch at a time. */
export function* jsonArrayItems<T>(
  items: readonly T[],
  toJson: (item: T, index: number) => unknown
): Generator<string> {
  for (let start = 0; start < items.length; start += BATCH) {
    const end = Math.min(items.length, start + BATCH)
    const batch: unknown[] = new Array(end - start)
    for (let i = start; i < end; i++) batch[i - start] = toJson(items[i], i)
    const text = JSON.stringify(batch)
    yield start === 0 ? text.slice(1, -1) : `,${text.slice(1, -1)}`
  }
}

/**
 * `{…head, [key]: [items]}` as pieces, the array last: the head object's own fields come first, in
 * their order, as `JSON.stringify` would write them.
 */
export function* jsonObjectEndingInArray<T>(
  head: object,
  key: string,
  items: readonly T[],
  toJson: (item: T) => unknown
): Generator<string> {
  yield `${jsonObjectOpen(head)}${JSON.stringify(key)}:[`
  yield* jsonArrayItems(items, toJson)
  yield ']}'
}

/** `head` as JSON without its closing brace, ready for more fields: `{"a":1,` (or `{` when empty). */
export function jsonObjectOpen(head: object): string {
  const text = JSON.stringify(head)
  return text === '{}' ? '{' : `${text.slice(0, -1)},`
}

/** The pieces joined and read back: what a reader of the file gets. For tests and in-memory callers. */
export function parsePieces<T>(pieces: Iterable<string>): T {
  let text = ''
  for (const piece of pieces) text += piece
  return JSON.parse(text) as T
}
