/**
 * The part of mvdan-sh (GopherJS build of mvdan.cc/sh/v3/syntax) that imagegate calls. The package ships no
 * types. The tree `Parse` returns is read through `raw-ast.ts`, not through these wrappers.
 */
declare module 'mvdan-sh' {
  export interface Parser {
    /** Throws a Go error value (call `Error()` for its text) when the script does not parse. */
    Parse(src: string, name: string): unknown
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
  }

  const sh: { syntax: Syntax }
  export default sh
}
