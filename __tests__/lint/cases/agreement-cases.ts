// Synthetic Dockerfiles, written for these tests: behaviours where imagegate was brought in line with
// hadolint (measured with __tests__/conformance/hadolint-specs.test.ts), one case per behaviour.
import { no, yes, type RuleCase } from './rule-case.js'

const DIGEST = 'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9'
const TRUSTING_EXAMPLE = { options: { trustedRegistries: ['registry.example.com'] } }

export const AGREEMENT_CASES: RuleCase[] = [
  no('DL3007', 'latest pinned by a digest', [`FROM debian:latest@${DIGEST}`]),

  no('DL3029', 'platform from $BUILDPLATFORM', ['FROM --platform=$BUILDPLATFORM golang:1.23']),
  no('DL3029', 'platform from a quoted, braced BUILDPLATFORM with a default', [
    'FROM --platform="${BUILDPLATFORM:-linux/amd64}" golang:1.23'
  ]),
  no('DL3029', 'platform from $TARGETPLATFORM (DL3065 says it is redundant)', [
    'FROM --platform=${TARGETPLATFORM} alpine:3'
  ]),

  yes('DL3026', 'COPY --from an image of an untrusted registry', ['COPY --from=quay.io/x/tool:1 /t /t'], {
    ...TRUSTING_EXAMPLE,
    line: 1
  }),
  no(
    'DL3026',
    'COPY --from an earlier stage',
    [
      'FROM registry.example.com/base:1 AS build',
      'FROM registry.example.com/base:1',
      'COPY --from=build /t /t'
    ],
    TRUSTING_EXAMPLE
  ),
  yes(
    'DL3026',
    'RUN --mount from an image of an untrusted registry',
    ['FROM registry.example.com/base:1', 'RUN --mount=type=bind,from=quay.io/x/tool:1,target=/t /t/run'],
    { ...TRUSTING_EXAMPLE, line: 2 }
  ),
  no(
    'DL3026',
    'RUN --mount cache without from',
    ['FROM registry.example.com/base:1', 'RUN --mount=type=cache,target=/root/.cache make'],
    TRUSTING_EXAMPLE
  ),

  no('DL3022', 'COPY --from an image with a tag', ['FROM alpine:3', 'COPY --from=nginx:1.27 /etc/nginx /x']),

  yes('DL3025', 'HEALTHCHECK CMD in shell form', [
    'FROM alpine:3',
    'HEALTHCHECK CMD curl -f http://localhost/'
  ]),
  no('DL3025', 'HEALTHCHECK CMD in JSON form', [
    'FROM alpine:3',
    'HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]'
  ]),
  no('DL3025', 'HEALTHCHECK NONE', ['FROM alpine:3', 'HEALTHCHECK NONE']),

  no(
    'DL3057',
    'a HEALTHCHECK at the end of a chain of stages covers the stages it builds on',
    ['FROM alpine:3 AS base', 'FROM base AS app', 'HEALTHCHECK NONE'],
    { options: { rules: { DL3057: 'info' } } }
  ),
  yes(
    'DL3057',
    'a stage unrelated to the one with the HEALTHCHECK',
    ['FROM alpine:3 AS tools', 'FROM alpine:3', 'HEALTHCHECK NONE'],
    { options: { rules: { DL3057: 'info' } }, line: 1 }
  ),

  no('DL3066', 'user id from a declared ARG, even a global one', [
    'ARG APP_UID',
    'FROM alpine:3',
    'USER ${APP_UID}'
  ]),
  yes('DL3066', 'user id from a variable no ARG declares', ['FROM alpine:3', 'USER $APP_UID'], { line: 2 }),

  no('DL3045', 'Windows drive destination with backslashes', [
    'FROM alpine:3',
    'COPY app.exe c:\\app\\app.exe'
  ]),

  yes(
    'DL3010',
    'Windows archive source and a destination with a space',
    [
      'FROM alpine:3',
      'COPY dist\\tool.tar.gz "C:\\Program Files\\Tool"',
      'RUN tar -xf "C:\\Program Files\\Tool\\tool.tar.gz"'
    ],
    { line: 2 }
  )
]
