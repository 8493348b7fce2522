import {
  codeSpan,
  escapeMarkdownInline,
  neutralizeWorkflowCommands,
  oneLine,
  stripControl,
  truncate,
  yamlString
} from '../../src/util/untrusted.js'

/** What the runner would parse: a line whose trimmed start is `::`, or any line with `##[`. */
function parsedAsCommand(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter(line => /^[\s\u0085]*::/.test(line) || line.includes('##['))
}

describe('neutralizeWorkflowCommands', () => {
  it.each([
    ['::set-output name=verdict::pass'],
    ['::add-mask::secret'],
    ['::stop-commands::pwned'],
    ['  \t::error::indented'],
    ['\u0085::error::NEL counts as whitespace for the runner'],
    ['##[set-output name=verdict;]pass'],
    ['text before ##[error]legacy commands are found mid-line'],
    ['ok line\r\n::set-output name=a::b\r\n  ::add-mask::x'],
    ['ok\r::warning::lone carriage return starts a line too'],
    ['a\n::group::x\n::endgroup::']
  ])('leaves no command in %j', input => {
    expect(parsedAsCommand(input).length).toBeGreaterThan(0)
    const out = neutralizeWorkflowCommands(input)
    expect(parsedAsCommand(out)).toEqual([])
    // Readable: only zero-width spaces were added.
    expect(out.replace(/\u200b/g, '')).toBe(input)
  })

  it('leaves `::` in the middle of a line alone', () => {
    expect(neutralizeWorkflowCommands('std::string and fe80::1')).toBe('std::string and fe80::1')
  })
})

describe('stripControl and oneLine', () => {
  it('removes ANSI colour, OSC hyperlinks, C0/C1 controls and bidi overrides', () => {
    const raw =
      '\x1b[31mred\x1b[0m \x1b]8;;https://evil\x07link\x1b]8;;\x07 bell\x07 \x9b31mcsi del\x7f a\u202eb'
    expect(stripControl(raw)).toBe('red link bell csi del ab')
  })
  it('keeps line breaks as \\n in stripControl and collapses them in oneLine', () => {
    expect(stripControl('a\r\nb\rc\nd')).toBe('a\nb\nc\nd')
    expect(oneLine('  a\r\n\tb  \n c ')).toBe('a b c')
  })
})

describe('truncate', () => {
  it('caps length with an ellipsis and never splits a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef')
    expect(truncate('abcdef', 4)).toBe('abc…')
    const cut = truncate('ab😀cd', 4)
    expect(cut).toBe('ab…')
    expect(cut.length).toBeLessThanOrEqual(4)
  })
})

describe('escapeMarkdownInline', () => {
  it('neutralises HTML, tables and mentions in the classic payload', () => {
    const out = escapeMarkdownInline('| <img src=x onerror=alert(1)> @octocat ::set-output')
    expect(out).toBe('\\| &lt;img src=x onerror=alert(1)&gt; @\u200doctocat ::set-output')
    expect(out).not.toMatch(/<|(?<!\\)\||@[a-z]/i)
  })
  it('blocks <details> and other tags', () => {
    expect(escapeMarkdownInline('<details><summary>x</summary>')).not.toContain('<')
  })
  it('escapes inline markdown syntax and `$` math', () => {
    expect(escapeMarkdownInline('*a* _b_ `c` [d](e) ~f~ !g #h \\i $x$')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\!g \\#h \\\\i \\$x\\$'
    )
  })
  it('escapes entities so the text shows as written', () => {
    expect(escapeMarkdownInline('&lt;b&gt; & co')).toBe('&amp;lt;b&amp;gt; &amp; co')
  })
  it('escapes line-start syntax (lists, headings, setext)', () => {
    expect(escapeMarkdownInline('- item')).toBe('\\- item')
    expect(escapeMarkdownInline('+ item')).toBe('\\+ item')
    expect(escapeMarkdownInline('=== x')).toBe('\\=== x')
    expect(escapeMarkdownInline('12. item')).toBe('12\\. item')
    expect(escapeMarkdownInline('3) item')).toBe('3\\) item')
    expect(escapeMarkdownInline('a-b 1.2')).toBe('a-b 1.2')
  })
  it('collapses newlines so a cell cannot end its table row', () => {
    expect(escapeMarkdownInline('a\n| x | y |\r\nb')).toBe('a \\| x \\| y \\| b')
  })
  it('caps the length of the original text before escaping', () => {
    const out = escapeMarkdownInline('<'.repeat(1000), 10)
    expect(out).toBe(`${'&lt;'.repeat(9)}…`)
  })
})

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('plain')).toBe('`plain`')
    expect(codeSpan('a `b` c')).toBe('``a `b` c``')
    expect(codeSpan('x ``` y')).toBe('````x ``` y````')
  })
  it('pads when the content starts or ends with a backtick, and trims outer whitespace', () => {
    expect(codeSpan('`tick')).toBe('`` `tick ``')
    expect(codeSpan('tick`')).toBe('`` tick` ``')
    expect(codeSpan(' a ')).toBe('`a`')
  })
  it('escapes pipes only inside tables and keeps one line', () => {
    expect(codeSpan('a|b')).toBe('`a|b`')
    expect(codeSpan('a|b\nc', { table: true })).toBe('`a\\|b c`')
  })
  it('renders empty text as a visible empty span', () => {
    expect(codeSpan('')).toBe('` `')
  })
  it('breaks a legacy ##[ workflow command, which the runner finds anywhere in a printed line', () => {
    expect(codeSpan('x ##[error]y ##[add-mask]z')).toBe('`x #\u200b#[error]y #\u200b#[add-mask]z`')
  })
})

describe('yamlString', () => {
  it('keeps hostile text one double-quoted YAML value: quotes, CR/LF, bidi and non-ASCII escaped', () => {
    const value = yamlString('a"b\r\n::set-output x\u202e\u00e9 `x`')
    expect(value).toBe('"a\\"b\\r\\n::set-output x\\u202e\\u00e9 `x`"')
    expect(JSON.parse(value)).toBe('a"b\r\n::set-output x\u202e\u00e9 `x`')
  })
})
