/**
 * Fast access to the syntax tree mvdan-sh builds. Its public objects are reflection wrappers: every field
 * read costs about 0.3 ms, so walking one RUN took 10 ms. Each wrapper holds the GopherJS value it wraps in
 * `__internal_object__`, whose fields are plain properties (Go names) and whose slices are
 * `{$array, $offset, $length}`; reading those is as fast as any JavaScript object. mvdan-sh is pinned
 * (0.10.1, a frozen GopherJS build), and `__tests__/lint/shell/parse.test.ts` fails if this layout changes.
 */

export interface RawPos {
  Offset(): number
}

export interface RawNode {
  constructor: { string?: string; nil?: unknown }
  Pos(): RawPos
  End(): RawPos
  [field: string]: unknown
}

interface RawSlice {
  $array: unknown[]
  $offset: number
  $length: number
}

const NODE_PREFIX = '*syntax.'

/** The wrapped GopherJS value of a public mvdan-sh object. */
export function rawNode(wrapper: unknown): RawNode {
  const raw = (wrapper as { __internal_object__?: RawNode } | null)?.__internal_object__
  if (raw === undefined || typeOf(raw) === undefined)
    throw new Error('mvdan-sh returned a tree of an unknown shape')
  return raw
}

/** `CallExpr` for a `*syntax.CallExpr`; undefined for nil pointers and anything that is not a node. */
export function typeOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const constructor = (value as RawNode).constructor
  const type = nodeTypeOf(constructor)
  // A nil *T is T's shared `nil` object, whose fields throw when read.
  if (type === undefined || constructor.nil === value) return undefined
  return type
}

/** Node type names by GopherJS type: a walk asks for every value it meets, over a few dozen types. */
const nodeTypes = new Map<unknown, string | undefined>()

function nodeTypeOf(constructor: RawNode['constructor'] | undefined): string | undefined {
  let type = nodeTypes.get(constructor)
  if (type === undefined && !nodeTypes.has(constructor)) {
    const name = constructor?.string
    type = name !== undefined && name.startsWith(NODE_PREFIX) ? name.slice(NODE_PREFIX.length) : undefined
    nodeTypes.set(constructor, type)
  }
  return type
}

function isSlice(value: unknown): value is RawSlice {
  return value !== null && typeof value === 'object' && '$array' in value
}

/** The nodes of a Go slice field (`Args`, `Parts`, `Stmts`); empty for nil. */
export function nodes(value: unknown): RawNode[] {
  if (!isSlice(value)) return []
  const out: RawNode[] = []
  for (let i = 0; i < value.$length; i++) {
    const item = value.$array[value.$offset + i]
    if (typeOf(item) !== undefined) out.push(item as RawNode)
  }
  return out
}

/** A pointer field (`Cmd`, `Hdoc`, `X`), or undefined when it is nil. */
export function child(value: unknown): RawNode | undefined {
  return typeOf(value) === undefined ? undefined : (value as RawNode)
}

/** Nodes without nodes inside: most of a tree, so not looking into them saves a third of the walk. */
const LEAVES = new Set(['Lit', 'SglQuoted', 'Comment'])

/**
 * Depth-first, in field order (which is source order for the parts of a node). `visit` returning false
 * skips the node's children. An explicit stack, not recursion: `a && b && …` nests as deep as it is long,
 * and 3000 commands overflowed the call stack.
 */
export function walk(node: RawNode, visit: (node: RawNode, type: string) => boolean): void {
  const type = typeOf(node)
  if (type === undefined) return
  // Parallel stacks of nodes still to visit and their types (known, so never worked out twice).
  const pending: RawNode[] = [node]
  const types: string[] = [type]
  while (pending.length > 0) {
    const current = pending.pop() as RawNode
    const currentType = types.pop() as string
    if (!visit(current, currentType) || LEAVES.has(currentType)) continue
    // Children pushed last field first, last item first, so they come off the stack in field order.
    const keys = Object.keys(current)
    for (let k = keys.length - 1; k >= 0; k--) {
      if (keys[k] === '$val') continue
      const value = current[keys[k]]
      if (isSlice(value)) {
        for (let i = value.$length - 1; i >= 0; i--) push(value.$array[value.$offset + i], pending, types)
      } else {
        push(value, pending, types)
      }
    }
  }
}

function push(value: unknown, pending: RawNode[], types: string[]): void {
  const type = typeOf(value)
  if (type === undefined) return
  pending.push(value as RawNode)
  types.push(type)
}
