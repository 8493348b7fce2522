// Synthetic Haskell written for these tests, in the shapes hadolint's specs use.
import { extractSpecCases, tokenize, wrapRunsInOnbuild } from './hadolint-spec-cases.js'

describe('extractSpecCases', () => {
  it('reads a call with a string literal, its escapes and its line', () => {
    const cases = extractSpecCases(
      'spec = do\n  it "x" $ do\n    ruleCatches "DL3000" "WORKDIR \\"a\\tb\\""\n'
    )
    expect(cases).toEqual([
      {
        rule: 'DL3000',
        dockerfile: 'WORKDIR "a\tb"',
        expect: 'catches',
        onbuild: false,
        config: {},
        line: 3
      }
    ])
  })

  it('joins a string gap across lines into one literal', () => {
    const [c] = extractSpecCases('ruleCatchesNot "DL3008" "RUN apt-get \\\n      \\install x=1"')
    expect(c).toMatchObject({ dockerfile: 'RUN apt-get install x=1', expect: 'catches-not' })
  })

  it('evaluates Text.unlines over a list bound by let, through $ and parentheses', () => {
    const source = [
      '    it "y" $',
      '      let dockerFile =',
      '            [ "FROM a AS b",',
      '              "RUN x" -- a comment',
      '            ]',
      '       in do',
      '            onBuildRuleCatches "DL3059" $ Text.unlines dockerFile',
      '            ruleCatches "DL3059" (Text.unlines dockerFile)'
    ].join('\n')
    const cases = extractSpecCases(source)
    expect(cases.map(c => [c.dockerfile, c.onbuild])).toEqual([
      ['FROM a AS b\nRUN x\n', true],
      ['FROM a AS b\nRUN x\n', false]
    ])
  })

  it('takes the rule code from a let binding too', () => {
    const source =
      'let\n  rule = "DL3033"\n  snippet = "RUN yum install x"\n in do\n  ruleCatches rule snippet'
    expect(extractSpecCases(source)[0]).toMatchObject({ rule: 'DL3033', dockerfile: 'RUN yum install x' })
  })

  it('applies a ?config to the rest of its block only', () => {
    const source = [
      'spec = do',
      '  describe "a" $ do',
      '    it "b" $ do',
      '      let ?config = def { allowedRegistries = ["x.com"], strictLabels = True }',
      '      ruleCatches "DL3026" "FROM y.com/a:1"',
      '    it "c" $ do',
      '      ruleCatches "DL3026" "FROM z.com/a:1"'
    ].join('\n')
    expect(extractSpecCases(source).map(c => c.config)).toEqual([
      { allowedRegistries: ['x.com'], strictLabels: true },
      {}
    ])
  })

  it('maps a label schema to the names .hadolint.yaml uses', () => {
    const source =
      'let ?config = def { labelSchema = Map.fromList [("sha", Rule.GitHash), ("u", Url)] }\nruleCatches "DL3055" "LABEL sha=x"'
    expect(extractSpecCases(source)[0].config).toEqual({ labelSchema: { sha: 'hash', u: 'url' } })
  })

  it('does not read a comment or a block comment as code', () => {
    expect(tokenize('-- ruleCatches "DL3000" "x"\n{- ruleCatches "DL3000" "y" -}')).toEqual([])
  })
})

describe('wrapRunsInOnbuild', () => {
  it('prefixes each RUN instruction, and only its first line', () => {
    expect(wrapRunsInOnbuild('FROM a\nRUN x \\\n  RUN y\nCOPY a b\n  run z\n')).toBe(
      'FROM a\nONBUILD RUN x \\\n  RUN y\nCOPY a b\n  ONBUILD run z\n'
    )
  })
})
