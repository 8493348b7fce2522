// SYNTHETIC: property-based fuzzing of Dockerfiles (generated instruction sequences with hostile
// arguments) through the real lint and pinning checks and every reporter. Seeded and time-bounded.
// ShellCheck is off here: its time-out handling is tested on its own, and a hostile script can keep it
// busy for a minute, which no CI budget for fuzzing allows.
import fc from 'fast-check'
import { hostileText } from './arbitraries.js'
import { brokenInvariants, fuzzParameters, runPipeline, testTimeout } from './harness.js'

const BUDGET_MS = 12_000

const word = fc.oneof(
  fc.constantFrom(
    'alpine',
    'ubuntu:22.04',
    'ghcr.io/acme/app:1.0',
    'scratch',
    'build',
    'node:latest',
    'x@sha256:' + 'a'.repeat(64)
  ),
  fc.stringMatching(/^[a-z0-9][a-z0-9._/-]{0,20}(:[A-Za-z0-9._-]{1,10})?$/)
)

/** Shell text with the constructs that make parsers and substitution work hard. */
const shellText: fc.Arbitrary<string> = fc.letrec(tie => ({
  text: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    fc.constantFrom(
      'apt-get install -y curl',
      'sudo rm -rf /',
      'cd /x && make',
      'echo $HOME',
      'pip install x',
      'wget -O- x | sh'
    ),
    hostileText,
    tie('text').map(t => `$(${t})`),
    tie('text').map(t => `\`${t}\``),
    tie('text').map(t => `\${X:-${t}}`),
    tie('text').map(t => `<(${t})`),
    tie('text').map(t => `"${t}"`),
    tie('text').map(t => `'${t}'`),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `${a} && ${b}`),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => `${a} \\\n  ${b}`),
    tie('text').map(t => `${t}; ${t}`)
  )
})).text

const flag = fc.constantFrom(
  '--platform=$BUILDPLATFORM',
  '--platform=',
  '--from=0',
  '--from=build',
  '--from=',
  '--chown=1:1',
  '--mount=type=cache,target=/root/.cache',
  '--mount=type=secret,id=x',
  '--network=none',
  '--link',
  '--chmod=777',
  '--=x',
  '--unknown-flag',
  '-x'
)
const flags = fc.array(flag, { maxLength: 3 }).map(f => (f.length > 0 ? `${f.join(' ')} ` : ''))

const instruction: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(flags, word, fc.option(word))
    .map(([f, image, alias]) => `FROM ${f}${image}${alias ? ` AS ${alias}` : ''}`),
  fc.tuple(flags, word).map(([f, image]) => `FROM ${f}\${BASE:-${image}}`),
  fc.tuple(flags, shellText).map(([f, script]) => `RUN ${f}${script}`),
  shellText.map(script => `RUN ["/bin/sh", "-c", ${JSON.stringify(script)}]`),
  fc.tuple(fc.constantFrom('EOF', 'END', '"EOT"', '-EOF'), shellText).map(([tag, body]) => {
    const end = tag.replace(/["-]/g, '')
    return `RUN <<${tag}\n${body}\n${end}`
  }),
  fc.tuple(word, hostileText).map(([k, v]) => `ENV ${k.replace(/\W/g, '_')}=${v}`),
  fc
    .array(fc.constantFrom('A', 'B', 'C'), { minLength: 1, maxLength: 6 })
    .map(names => `ARG ${names[0]}=${names.map(n => `\${${n}}`).join('')}`),
  fc.tuple(word, fc.option(word)).map(([k, v]) => `ARG ${k.replace(/\W/g, '_')}${v ? `=${v}` : ''}`),
  fc.tuple(flags, hostileText, hostileText).map(([f, a, b]) => `COPY ${f}${a} ${b}`),
  fc.tuple(flags, hostileText).map(([f, src]) => `ADD ${f}${src} /dst`),
  fc.tuple(hostileText, hostileText).map(([k, v]) => `LABEL ${JSON.stringify(k)}=${JSON.stringify(v)}`),
  hostileText.map(t => `USER ${t}`),
  hostileText.map(t => `WORKDIR ${t}`),
  hostileText.map(t => `EXPOSE ${t}`),
  shellText.map(t => `HEALTHCHECK --interval=5s CMD ${t}`),
  shellText.map(t => `CMD ${t}`),
  hostileText.map(t => `ENTRYPOINT [${JSON.stringify(t)}]`),
  hostileText.map(t => `SHELL ["${t}", "-c"]`),
  shellText.map(t => `ONBUILD RUN ${t}`),
  hostileText.map(t => `STOPSIGNAL ${t}`),
  hostileText.map(t => `MAINTAINER ${t}`),
  hostileText.map(t => `# ${t}`),
  fc.constantFrom(
    '# hadolint ignore=DL3008,SC2086',
    '# imagegate ignore=IG101',
    '# hadolint ignore=',
    '# syntax=docker/dockerfile:1',
    '# escape=`',
    '# escape=\\'
  ),
  fc.tuple(fc.constantFrom('BOGUS', 'run', 'From', 'ＲＵＮ', ''), hostileText).map(([k, t]) => `${k} ${t}`),
  fc.integer({ min: 1_000, max: 8_000 }).map(n => `RUN ${'echo x; '.repeat(Math.ceil(n / 8))}`)
)

const lineEnding = fc.constantFrom('\n', '\r\n', '\r', ' \\\n', '\n\n')

const dockerfileText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(instruction, lineEnding), { minLength: 1, maxLength: 25 }), fc.boolean())
  .map(([lines, bom]) => (bom ? '\ufeff' : '') + lines.map(([text, end]) => text + end).join(''))

const policy = fc
  .record({
    mode: fc.constantFrom('enforce', 'warn'),
    failOn: fc.constantFrom('error', 'warning', 'info', 'style', 'none'),
    forbidLatest: fc.boolean(),
    requireDigest: fc.boolean(),
    allow: fc.constantFrom('[]', '["ghcr.io/acme/*"]')
  })
  .map(p =>
    [
      'version: 1',
      `mode: ${p.mode}`,
      `dockerfile: { failOn: ${p.failOn}, shellcheck: false, trustedRegistries: ["docker.io"] }`,
      `images: { tags: { forbidLatest: ${p.forbidLatest}, requireDigest: ${p.requireDigest} }, registries: { allow: ${p.allow} } }`,
      'exceptions: [{ id: DL3008, reason: "<b>@team</b> ::error::x" }]',
      ''
    ].join('\n')
  )

describe('fuzz: Dockerfiles', () => {
  it(
    'lints and pins any Dockerfile without crashing, with a verdict and exit code that agree',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          policy,
          fc.array(dockerfileText, { minLength: 1, maxLength: 2 }),
          async (policyText, files) => {
            const dockerfiles = Object.fromEntries(
              files.map((text, i) => [i === 0 ? 'Dockerfile' : `svc${i}/Dockerfile`, text])
            )
            const outcome = await runPipeline({ policyText, dockerfiles, images: [] })
            expect(outcome.configError?.message).toBeUndefined()
            expect(brokenInvariants(outcome)).toEqual([])
          }
        ),
        fuzzParameters(200, BUDGET_MS)
      )
    },
    testTimeout(BUDGET_MS)
  )

  // Found by this suite with FUZZ_SEED=3: dockerfile-ast's Run.getHeredocs threw on this shape, and the
  // file got IG200 "imagegate failed while linting it … please report this".
  it('lints an ONBUILD RUN continued into a comment without an internal error', async () => {
    const outcome = await runPipeline({
      policyText: 'version: 1\ndockerfile: { shellcheck: false }\n',
      dockerfiles: { Dockerfile: 'ONBUILD RUN  \\\n# \\!!\nFROM alpine:3.20\n' },
      images: []
    })
    expect(brokenInvariants(outcome)).toEqual([])
  })
})
