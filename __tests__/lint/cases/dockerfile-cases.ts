// Synthetic Dockerfiles for the hadolint-compatible rules; most are the examples of hadolint's own specs
// (test/Hadolint/Rule/DL*Spec.hs) and documentation, rewritten as data.
import { no, yes, type RuleCase } from './rule-case.js'

const SCHEMA = {
  labelSchema: {
    author: 'text',
    homepage: 'url',
    created: 'rfc3339',
    license: 'spdx',
    revision: 'hash',
    version: 'semver',
    contact: 'email'
  }
}

export const DOCKERFILE_CASES: RuleCase[] = [
  yes('DL1000', 'unknown instruction', ['FROM alpine:3', 'FORM x'], { line: 2 }),
  yes('DL1000', 'instruction without arguments', ['FROM alpine:3', 'RUN'], { line: 2 }),
  yes('DL1000', 'unterminated heredoc', ['FROM alpine:3', 'RUN <<EOT bash', 'echo hi'], { line: 2 }),
  yes('DL1000', 'ONBUILD without a trigger argument', ['FROM alpine:3', 'ONBUILD RUN'], { line: 2 }),
  yes('DL1000', 'COPY without a destination', ['FROM alpine:3', 'COPY onlyone'], { line: 2 }),
  yes('DL1000', 'ENV without a value', ['FROM alpine:3', 'ENV A=1 B'], { line: 2 }),
  no('DL1000', 'ARG without a value is fine', ['ARG VERSION', 'FROM alpine:3']),
  no('DL1000', 'old-style ENV with a value', ['FROM alpine:3', 'ENV A 1']),
  no('DL1000', 'valid file with a closed heredoc', ['FROM alpine:3', 'RUN <<EOT', 'echo hi', 'EOT']),

  yes(
    'DL1001',
    'inline pragma when turned on',
    ['FROM alpine:3', '# hadolint ignore=DL3006', 'FROM debian'],
    {
      options: { rules: { DL1001: 'info' } },
      line: 2
    }
  ),
  no('DL1001', 'off by default', ['FROM alpine:3', '# hadolint ignore=DL3006', 'FROM debian']),
  no('DL1001', 'global pragma is not inline', ['# hadolint global ignore=DL3006', 'FROM debian'], {
    options: { rules: { DL1001: 'info' } }
  }),

  yes('DL3000', 'relative WORKDIR', ['FROM alpine:3', 'WORKDIR relative/dir']),
  yes('DL3000', 'single-quoted relative WORKDIR', ['FROM alpine:3', "WORKDIR 'relative/dir'"]),
  yes('DL3000', 'double-quoted relative WORKDIR', ['FROM alpine:3', 'WORKDIR "relative/dir"']),
  no('DL3000', 'single-quoted absolute WORKDIR', ['FROM alpine:3', "WORKDIR '/usr/local'"]),
  no('DL3000', 'windows drive with forward slash', ['FROM alpine:3', 'WORKDIR C:/']),
  no('DL3000', 'absolute WORKDIR', ['FROM alpine:3', 'WORKDIR /usr/src/app']),
  no('DL3000', 'WORKDIR from a variable', ['FROM alpine:3', 'WORKDIR $HOME']),
  no('DL3000', 'quoted absolute WORKDIR', ['FROM alpine:3', 'WORKDIR "/usr/src app"']),
  no('DL3000', 'windows absolute WORKDIR', ['FROM alpine:3', 'WORKDIR C:\\\\app']),

  yes('DL3002', 'last user root', ['FROM scratch', 'USER root'], { line: 2 }),
  yes('DL3002', 'last user UID 0', ['FROM scratch', 'USER 0']),
  yes('DL3002', 'root:root', ['FROM scratch', 'USER root:root']),
  yes('DL3002', '0:0', ['FROM scratch', 'USER 0:0']),
  yes('DL3002', 'multiple stages', [
    'FROM debian as base',
    'USER root',
    'RUN something',
    'FROM scratch',
    'USER foo'
  ]),
  no('DL3002', 'non-root user', ['FROM scratch', 'USER foo']),
  no('DL3002', 'switch back to non-root', ['FROM scratch', 'USER root', 'RUN something', 'USER foo']),
  no('DL3002', 'switching in multiple stages', [
    'FROM debian as base',
    'USER root',
    'USER foo',
    'FROM scratch'
  ]),

  yes('DL3006', 'untagged image', ['FROM debian'], { line: 1 }),
  yes('DL3006', 'untagged image with a registry', ['FROM ghcr.io/acme/app']),
  no('DL3006', 'tagged image', ['FROM debian:jessie']),
  no('DL3006', 'digest', ['FROM debian@sha256:' + 'a'.repeat(64)]),
  no('DL3006', 'scratch', ['FROM scratch']),
  no('DL3006', 'earlier stage alias', ['FROM node:20 AS builder', 'FROM builder']),
  yes('DL3006', 'untagged image from an ARG default', ['ARG BASE=debian', 'FROM $BASE'], { line: 2 }),
  no('DL3006', 'tagged image from an ARG default', ['ARG BASE=debian:12', 'FROM $BASE']),
  no('DL3006', 'image from a build argument without default', ['ARG BASE', 'FROM $BASE']),

  yes('DL3007', 'latest tag', ['FROM debian:latest']),
  yes('DL3007', 'latest tag with an alias', ['FROM debian:latest AS builder']),
  yes('DL3007', 'latest from an ARG default', ['ARG TAG=latest', 'FROM debian:${TAG}']),
  no('DL3007', 'version tag', ['FROM debian:jessie']),
  no('DL3007', 'untagged', ['FROM debian']),

  yes(
    'DL3010',
    'copy archive then extract',
    ['COPY packaged-app.tar /usr/src/app', 'RUN tar -xf /usr/src/app/packaged-app.tar'],
    {
      line: 1
    }
  ),
  yes('DL3010', 'extract in a chain after WORKDIR', [
    'COPY packaged-app.tar /usr/src/app',
    'WORKDIR /usr/src/app',
    'RUN foo bar && echo something && tar -xf packaged-app.tar'
  ]),
  yes('DL3010', 'copied to an archive name', [
    'COPY foo/bar/packaged-app.tar /foo.tar',
    'RUN tar -xf /foo.tar'
  ]),
  yes('DL3010', 'windows paths, with the escape directive that makes backslashes literal', [
    '# escape=`',
    'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"',
    'RUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"'
  ]),
  no('DL3010', 'copy archive without extract', [
    'COPY packaged-app.tar /usr/src/app',
    'FROM debian:11 as newstage'
  ]),
  no('DL3010', 'non archive', ['COPY package.json /usr/src/app']),
  no('DL3010', 'copy from previous stage', [
    'COPY --from=builder /usr/local/share/some.tar /opt/some.tar',
    'RUN tar -xf /opt/some.tar'
  ]),
  yes('DL3011', 'port above 65535', ['FROM alpine:3', 'EXPOSE 80000']),
  yes('DL3011', 'range end above 65535', ['FROM alpine:3', 'EXPOSE 80-80000']),
  no('DL3011', 'valid port and range', ['FROM alpine:3', 'EXPOSE 60000 80/tcp 8000-9000/udp']),

  yes(
    'DL3012',
    'two HEALTHCHECKs in a stage',
    ['FROM alpine:3', 'HEALTHCHECK CMD /a', 'HEALTHCHECK CMD /b'],
    {
      line: 3
    }
  ),
  no('DL3012', 'one HEALTHCHECK', ['FROM alpine:3', 'HEALTHCHECK CMD /a']),
  no('DL3012', 'one HEALTHCHECK per stage', [
    'FROM alpine:3',
    'HEALTHCHECK CMD /a',
    'FROM alpine:3',
    'HEALTHCHECK CMD /b'
  ]),

  yes('DL3020', 'ADD of a file', ['FROM alpine:3', 'ADD file /usr/src/app/']),
  yes('DL3020', 'ADD of a folder', ['FROM alpine:3', 'ADD ./src /usr/src/app/']),
  yes('DL3020', 'ADD of a zip (ADD does not unpack zip)', ['FROM alpine:3', 'ADD file.zip /usr/src/app/']),
  yes('DL3020', 'ADD of a quoted zip', ['FROM alpine:3', 'ADD "file.zip" /usr/src/app/']),
  no('DL3020', 'ADD of a quoted URL', ['FROM alpine:3', 'ADD "http://file.com" /usr/src/app/']),
  no('DL3020', 'COPY of a file', ['FROM alpine:3', 'COPY file /usr/src/app/']),
  no('DL3020', 'ADD of an archive', ['FROM alpine:3', 'ADD file.tar.gz /usr/src/app/']),
  no('DL3020', 'ADD of a quoted archive', ['FROM alpine:3', 'ADD "file.tar" /usr/src/app/']),
  no('DL3020', 'ADD of a URL', ['FROM alpine:3', 'ADD --checksum=sha256:abc http://example.com/x /x']),

  yes('DL3021', 'several sources, no trailing slash', ['FROM alpine:3', 'COPY foo bar baz']),
  yes('DL3021', 'quoted destination without slash', ['FROM alpine:3', 'COPY foo bar "baz"']),
  no('DL3021', 'several sources, trailing slash', ['FROM alpine:3', 'COPY foo bar baz/']),
  no('DL3021', 'quoted destination with slash', ['FROM alpine:3', 'COPY foo bar "baz/"']),
  no('DL3021', 'one source', ['FROM alpine:3', 'COPY foo bar']),
  no('DL3021', 'JSON form with slash', ['FROM alpine:3', 'COPY ["foo", "bar", "baz/"]']),

  yes('DL3022', 'missing alias', ['FROM alpine:3', 'COPY --from=foo bar /x']),
  yes('DL3022', 'alias defined after', ['FROM scratch', 'COPY --from=build foo /x', 'FROM node:20 as build']),
  no('DL3022', 'alias defined before', [
    'FROM scratch as build',
    'RUN foo',
    'FROM node:20',
    'COPY --from=build foo /x'
  ]),
  no('DL3022', 'earlier stage by index', ['FROM alpine:3', 'FROM alpine:3', 'COPY --from=0 /a /a']),

  yes('DL3023', 'copy from own stage', ['FROM debian:jessie as build', 'COPY --from=build some stuff ./']),
  no('DL3023', 'copy from another stage', [
    'FROM debian:jessie as build',
    'RUN stuff',
    'FROM debian:jessie',
    'COPY --from=build some stuff ./'
  ]),

  yes('DL3024', 'duplicate alias', ['FROM node:20 as foo', 'RUN something', 'FROM scratch as foo'], {
    line: 3
  }),
  no('DL3024', 'unique aliases', ['FROM scratch as build', 'FROM scratch as release']),

  yes('DL3025', 'shell-form CMD', ['FROM alpine:3', 'CMD node server.js']),
  yes('DL3025', 'shell-form ENTRYPOINT', ['FROM alpine:3', 'ENTRYPOINT node server.js']),
  yes('DL3025', 'single quotes are not JSON', ['FROM alpine:3', "CMD ['node', 'server.js']"]),
  no('DL3025', 'JSON CMD', ['FROM alpine:3', 'CMD ["node", "server.js"]']),
  no('DL3025', 'JSON CMD broken over continuation lines', [
    'FROM alpine:3',
    'CMD [ "/bin/sh", "-c", \\',
    ' "echo foo && \\',
    ' echo bar" \\',
    ' ]'
  ]),
  no('DL3025', 'JSON ENTRYPOINT', ['FROM alpine:3', 'ENTRYPOINT ["node", "server.js"]']),

  yes('DL3026', 'untrusted registry', ['FROM randomguy/python:3.6'], {
    options: { trustedRegistries: ['ghcr.io'] }
  }),
  yes('DL3026', 'registry not in the list', ['FROM quay.io/x/y:1'], {
    options: { trustedRegistries: ['docker.io'] }
  }),
  no('DL3026', 'Docker Hub allowed by docker.io', ['FROM debian:12'], {
    options: { trustedRegistries: ['docker.io'] }
  }),
  no('DL3026', 'wildcard registry', ['FROM registry.corp.example.com/a:1'], {
    options: { trustedRegistries: ['*.example.com'] }
  }),
  no('DL3026', 'no list means any registry', ['FROM quay.io/x/y:1']),
  no('DL3026', 'earlier stage and scratch', ['FROM ghcr.io/a/b:1 AS base', 'FROM base', 'FROM scratch'], {
    options: { trustedRegistries: ['ghcr.io'] }
  }),

  yes('DL3029', '--platform flag', ['FROM --platform=linux/amd64 debian:jessie']),
  no('DL3029', 'no --platform flag', ['FROM debian:jessie']),

  yes('DL3043', 'ONBUILD FROM', ['FROM alpine:3', 'ONBUILD FROM debian:buster']),
  yes('DL3043', 'ONBUILD ONBUILD', ['FROM alpine:3', 'ONBUILD ONBUILD RUN anything']),
  yes('DL3043', 'ONBUILD MAINTAINER', ['FROM alpine:3', 'ONBUILD MAINTAINER "BoJack Horseman"']),
  no('DL3043', 'ONBUILD RUN', ['FROM alpine:3', 'ONBUILD RUN anything']),

  yes('DL3044', 'self reference with braces', ['ENV BLA="blubb" BLUBB="${BLA}/blubb"']),
  yes('DL3044', 'self reference without braces', ['ENV BLA="blubb" BLUBB="$BLA/blubb"']),
  yes('DL3044', 'partial match 5', ['ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"']),
  yes('DL3044', 'same variable twice in one ENV', ['ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}']),
  no('DL3044', 'normal ENV', ['ENV BLA="blubb"', 'ENV BLUBB="${BLA}/blubb"']),
  no('DL3044', 'longer names only', ['ENV BLA="blubb" BLUBB="${FOOBLA}/blubb" C="$BLAFOO/blubb"']),
  no('DL3044', 'previously defined in ARG', ['ARG BLA', 'ENV BLA=${BLA}']),
  no('DL3044', 'own right hand side', ['ENV PATH=/bla:${PATH}']),

  yes('DL3045', 'relative destination without WORKDIR', ['FROM alpine:3', 'COPY bla.sh blubb.sh']),
  yes('DL3045', 'fragment without FROM', ['COPY a b']),
  yes('DL3045', 'WORKDIR of an unrelated stage', [
    'FROM debian:buster as stage1',
    'WORKDIR /usr',
    'FROM debian:buster',
    'COPY foo bar'
  ]),
  yes('DL3045', 'ONBUILD COPY to a relative destination', ['FROM alpine:3', 'ONBUILD COPY bla.sh blubb.sh']),
  no('DL3045', 'ONBUILD WORKDIR before ONBUILD COPY', [
    'FROM debian:buster',
    'ONBUILD WORKDIR /usr/local/lib',
    'ONBUILD COPY foo bar'
  ]),
  no('DL3045', 'absolute destination', ['FROM alpine:3', 'COPY bla.sh /usr/local/bin/blubb.sh']),
  no('DL3045', 'windows destination', ['FROM alpine:3', 'COPY bla.sh c:/system32/blubb.sh']),
  no('DL3045', 'variable destination', ['FROM alpine:3', 'COPY src.sh "${SRC_BASE_ENV}"']),
  no('DL3045', 'WORKDIR set', ['FROM scratch', 'WORKDIR /usr', 'COPY bla.sh blubb.sh']),
  no('DL3045', 'WORKDIR inherited through stages', [
    'FROM debian:buster as base1',
    'WORKDIR /usr',
    'FROM base1 as base2',
    'FROM base2',
    'COPY foo bar'
  ]),

  yes('DL3048', 'uppercase key', ['FROM alpine:3', 'LABEL Maintainer=me']),
  yes('DL3048', 'reserved namespace', ['FROM alpine:3', 'LABEL com.docker.x=1']),
  yes('DL3048', 'consecutive separators', ['FROM alpine:3', 'LABEL org..x=1']),
  yes('DL3048', 'reserved io.docker namespace', ['LABEL io.docker.label="foo"']),
  yes('DL3048', 'reserved org.dockerproject namespace', ['LABEL org.dockerproject.label="foo"']),
  yes('DL3048', 'invalid character', ['LABEL invalid$character="foo"']),
  yes('DL3048', 'starts with a digit', ['LABEL 1invalid="foo"']),
  yes('DL3048', 'starts with a dot', ['LABEL .invalid="foo"']),
  yes('DL3048', 'ONBUILD LABEL', ['FROM alpine:3', 'ONBUILD LABEL com.docker.label="foo"']),
  no('DL3048', 'valid keys', ['LABEL org.valid-key.label3="foo" validlabel="foo"']),
  no('DL3048', 'valid key', ['FROM alpine:3', 'LABEL org.opencontainers.image.title=app']),

  yes('DL3049', 'schema label missing', ['FROM alpine:3', 'LABEL author=me'], { options: SCHEMA }),
  no(
    'DL3049',
    'all schema labels set',
    ['FROM alpine:3', 'LABEL author=a homepage=b created=c license=d revision=e version=f contact=g'],
    {
      options: SCHEMA
    }
  ),
  no('DL3049', 'no schema', ['FROM alpine:3']),
  no(
    'DL3049',
    'inherited from the stage it builds on',
    ['FROM alpine:3 AS base', 'LABEL author=me', 'FROM base'],
    {
      options: { labelSchema: { author: 'text' } }
    }
  ),

  yes('DL3050', 'label outside the schema with strict labels', ['FROM alpine:3', 'LABEL other=x'], {
    options: { ...SCHEMA, strictLabels: true }
  }),
  no('DL3050', 'label outside the schema, not strict', ['FROM alpine:3', 'LABEL other=x'], {
    options: SCHEMA
  }),

  yes('DL3051', 'empty schema label', ['FROM alpine:3', 'LABEL author=""'], { options: SCHEMA }),
  no('DL3051', 'non-empty schema label', ['FROM alpine:3', 'LABEL author="me"'], { options: SCHEMA }),

  yes('DL3052', 'not a URL', ['FROM alpine:3', 'LABEL homepage="not a url"'], { options: SCHEMA }),
  no('DL3052', 'a URL', ['FROM alpine:3', 'LABEL homepage="https://example.com/x"'], { options: SCHEMA }),

  yes('DL3053', 'not RFC3339', ['FROM alpine:3', 'LABEL created="yesterday"'], { options: SCHEMA }),
  no('DL3053', 'RFC3339', ['FROM alpine:3', 'LABEL created="2024-05-01T12:00:00Z"'], { options: SCHEMA }),

  yes('DL3054', 'not SPDX', ['FROM alpine:3', 'LABEL license="my own license"'], { options: SCHEMA }),
  no('DL3054', 'SPDX id', ['FROM alpine:3', 'LABEL license="Apache-2.0"'], { options: SCHEMA }),

  yes('DL3055', 'not a git hash', ['FROM alpine:3', 'LABEL revision="not-a-hash"'], { options: SCHEMA }),
  no('DL3055', 'short git hash', ['FROM alpine:3', 'LABEL revision="2dc3a1f"'], { options: SCHEMA }),

  yes('DL3056', 'not semver', ['FROM alpine:3', 'LABEL version="v1"'], { options: SCHEMA }),
  no('DL3056', 'semver', ['FROM alpine:3', 'LABEL version="1.4.2-rc.1"'], { options: SCHEMA }),

  yes('DL3057', 'stage without HEALTHCHECK when turned on', ['FROM alpine:3'], {
    options: { rules: { DL3057: 'info' } }
  }),
  no('DL3057', 'off by default', ['FROM alpine:3']),
  no('DL3057', 'HEALTHCHECK inherited', ['FROM alpine:3 AS base', 'HEALTHCHECK CMD /a', 'FROM base'], {
    options: { rules: { DL3057: 'info' } }
  }),

  yes('DL3058', 'not an email', ['FROM alpine:3', 'LABEL contact="nobody"'], { options: SCHEMA }),
  no('DL3058', 'an email', ['FROM alpine:3', 'LABEL contact="team@example.com"'], { options: SCHEMA }),

  yes('DL3059', 'two consecutive RUNs', ['FROM alpine:3', 'RUN /foo.sh', 'RUN /bar.sh'], { line: 3 }),
  yes('DL3059', 'separated by a comment', ['FROM alpine:3', 'RUN /foo.sh', '# a comment', 'RUN /bar.sh']),
  yes('DL3059', 'same flags', [
    'FROM alpine:3',
    'RUN --mount=type=secret,id=foo /foo.sh',
    'RUN --mount=type=secret,id=foo /bar.sh'
  ]),
  yes('DL3059', 'single commands after a chained one', [
    'FROM alpine:3',
    'RUN foo && bar',
    'RUN foo',
    'RUN bar'
  ]),
  no('DL3059', 'not consecutive', ['FROM alpine:3', 'RUN /foo.sh', 'WORKDIR /', 'RUN /bar.sh']),
  no('DL3059', 'different flags', ['FROM alpine:3', 'RUN --mount=type=secret,id=foo /foo.sh', 'RUN /bar.sh']),
  no('DL3059', 'chained commands', ['FROM alpine:3', 'RUN foo && bar', 'RUN foobar']),
  no('DL3059', 'chained with semicolon', ['FROM alpine:3', 'RUN foobar', 'RUN foo; bar']),

  yes('DL3061', 'LABEL before FROM', ['LABEL foo=bar', 'FROM foo'], { line: 1 }),
  no('DL3061', 'ARG before FROM', ['# comment', 'ARG A=1', 'FROM foo:1']),
  no('DL3061', 'fragment without FROM', ['LABEL foo=bar', 'RUN echo hi']),

  yes('DL3063', 'stage named scratch', ['FROM alpine:3 AS scratch']),
  yes('DL3063', 'stage named context', ['FROM alpine:3 AS context']),
  no('DL3063', 'stage named builder', ['FROM alpine:3 AS builder']),

  yes('DL3064', 'sensitive ENV name', ['FROM alpine:3', 'ENV GITHUB_TOKEN=abc']),
  yes('DL3064', 'ONBUILD ENV', ['FROM alpine:3', 'ONBUILD ENV NPM_TOKEN=abc']),
  yes('DL3064', 'suspicious ARG name', ['FROM alpine:3', 'ARG db_password']),
  no('DL3064', 'harmless names', ['FROM alpine:3', 'ARG VERSION=1', 'ENV PATH=/bin']),

  yes('DL3065', '$TARGETPLATFORM', ['FROM --platform=$TARGETPLATFORM alpine:3']),
  yes('DL3065', '${TARGETPLATFORM}', ['FROM --platform=${TARGETPLATFORM} alpine:3']),
  no('DL3065', '$BUILDPLATFORM', ['FROM --platform=$BUILDPLATFORM alpine:3']),

  yes('DL3066', 'user name', ['FROM alpine:3', 'USER app']),
  yes('DL3066', 'user name with numeric group', ['FROM alpine:3', 'USER app:1000']),
  no('DL3066', 'numeric user', ['FROM alpine:3', 'USER 1000']),
  no('DL3066', 'numeric user and group', ['FROM alpine:3', 'USER 1000:1000']),

  yes('DL3067', 'whole filesystem', ['FROM alpine:3 AS a', 'FROM alpine:3', 'COPY --from=a / /']),
  no('DL3067', 'one directory', ['FROM alpine:3 AS a', 'FROM alpine:3', 'COPY --from=a /app /app']),

  yes('DL4000', 'MAINTAINER', ['FROM busybox:1', 'MAINTAINER hudu@mail.com']),
  no('DL4000', 'LABEL instead', ['FROM busybox:1', 'LABEL org.opencontainers.image.authors=hudu@mail.com']),

  yes('DL4003', 'two CMDs', ['FROM alpine:3', 'CMD ["a"]', 'CMD ["b"]'], { line: 3 }),
  no('DL4003', 'one CMD per stage', ['FROM alpine:3', 'CMD ["a"]', 'FROM alpine:3', 'CMD ["b"]']),

  yes('DL4004', 'two ENTRYPOINTs', ['FROM alpine:3', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]']),
  no('DL4004', 'one ENTRYPOINT per stage', [
    'FROM alpine:3',
    'ENTRYPOINT ["a"]',
    'FROM alpine:3',
    'ENTRYPOINT ["b"]'
  ])
]
