/**
 * The part of mvdan-sh (GopherJS build of mvdan.cc/sh/v3/syntax) that imagegate uses. The package ships no
 * types; node fields follow https://pkg.go.dev/mvdan.cc/sh/v3/syntax, methods are Go methods.
 */
declare module 'mvdan-sh' {
  export interface Pos {
    Offset(): number
    Line(): number
    Col(): number
  }

  export interface Node {
    Pos(): Pos
    End(): Pos
    [field: string]: unknown
  }

  export interface Parser {
    /** Throws a Go error value (call `Error()` for its text) when the script does not parse. */
    Parse(src: string, name: string): Node
  }

  export interface ParserOption {
    readonly brand: 'ParserOption'
  }

  export interface Syntax {
    NewParser(...options: ParserOption[]): Parser
    KeepComments(keep: boolean): ParserOption
    Variant(lang: number): ParserOption
    LangBash: number
    LangPOSIX: number
    NodeType(node: Node): string
    /** Calls `visit` on every node depth-first; `visit(null)` after a node's children. */
    Walk(node: Node, visit: (node: Node | null) => boolean): void
  }

  const sh: { syntax: Syntax }
  export default sh
}
