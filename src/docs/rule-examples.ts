import type { RuleExample } from '../model/rule.js'

const D = '@sha256:4d1a3cf5a3b9e7c9d6f5f1e0b2a8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0'
const df = (flagged: string[], fixed: string[]): RuleExample => ({
  language: 'dockerfile',
  flagged: flagged.join('\n'),
  fixed: fixed.join('\n')
})

/**
 * A small case that breaks each rule, and the same case fixed: shown in the README rule reference and
 * in the SARIF rule help. `__tests__/docs/rule-examples.test.ts` lints every Dockerfile example, so a
 * flagged one really fires its rule and a fixed one really does not.
 */
export const RULE_EXAMPLES: Record<string, RuleExample> = {
  IG001: {
    language: 'yaml',
    flagged: 'exceptions:\n  - id: CVE-2024-0001\n    reason: no fix yet\n    expires: 2024-01-31',
    fixed:
      'exceptions:\n  - id: CVE-2024-0001\n    reason: no fix upstream yet, re-checked 2025-03-01\n    expires: 2025-06-30'
  },
  IG002: {
    language: 'text',
    flagged: '# .trivyignore\nCVE-2024-0001 exp:2024-01-31',
    fixed: '# .trivyignore (entry removed, or renewed with a new date)\nCVE-2024-0001 exp:2025-06-30'
  },
  IG100: df(['FROM'], [`FROM alpine:3.20${D}`]),
  IG101: df(['FROM debian:latest'], [`FROM debian:12.8${D}`]),
  IG102: df(['FROM debian'], [`FROM debian:12.8${D}`]),
  IG103: df(['FROM debian:12.8'], [`FROM debian:12.8${D}`]),
  IG104: df(
    ['# images.registries.allow: [ghcr.io/acme/**]', 'FROM quay.io/someone/base:1.0'],
    ['# images.registries.allow: [ghcr.io/acme/**]', `FROM ghcr.io/acme/base:1.0${D}`]
  ),
  IG105: df(['ARG BASE', 'FROM ${BASE}'], ['ARG BASE=alpine:3.20', 'FROM ${BASE}']),
  IG106: df(['FROM Alpine:3.20'], ['FROM alpine:3.20']),
  IG107: df(['FROM alpine:3.20 builder'], ['FROM alpine:3.20 AS builder']),

  DL1000: df(['FROM alpine:3.20', 'RUN'], ['FROM alpine:3.20', 'RUN make']),
  DL1001: df(
    ['FROM debian:12', '# hadolint ignore=DL3008', 'RUN apt-get install -y --no-install-recommends curl'],
    ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']
  ),
  DL3000: df(['FROM alpine:3.20', 'WORKDIR app'], ['FROM alpine:3.20', 'WORKDIR /app']),
  DL3001: df(
    ['FROM nginx:1.27', 'RUN service nginx start'],
    ['FROM nginx:1.27', 'CMD ["nginx", "-g", "daemon off;"]']
  ),
  DL3002: df(['FROM alpine:3.20', 'USER root'], ['FROM alpine:3.20', 'USER 10001']),
  DL3003: df(['FROM alpine:3.20', 'RUN cd /src && make'], ['FROM alpine:3.20', 'WORKDIR /src', 'RUN make']),
  DL3004: df(['FROM alpine:3.20', 'RUN sudo make install'], ['FROM alpine:3.20', 'RUN make install']),
  DL3006: df(['FROM debian'], ['FROM debian:12.8']),
  DL3007: df(['FROM debian:latest'], ['FROM debian:12.8']),
  DL3008: df(
    ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl'],
    ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']
  ),
  DL3009: df(
    [
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8'
    ],
    [
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\',
      ' && rm -rf /var/lib/apt/lists/*'
    ]
  ),
  DL3010: df(
    ['FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN tar -xzf /tmp/app.tar.gz -C /opt'],
    ['FROM alpine:3.20', 'ADD app.tar.gz /opt/']
  ),
  DL3011: df(['FROM alpine:3.20', 'EXPOSE 80000'], ['FROM alpine:3.20', 'EXPOSE 8080']),
  DL3012: df(
    ['FROM nginx:1.27', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]', 'HEALTHCHECK CMD ["true"]'],
    ['FROM nginx:1.27', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]']
  ),
  DL3013: df(
    ['FROM python:3.12', 'RUN pip install --no-cache-dir flask'],
    ['FROM python:3.12', 'RUN pip install --no-cache-dir flask==3.0.3']
  ),
  DL3014: df(
    ['FROM debian:12', 'RUN apt-get install --no-install-recommends curl=7.88.1-10+deb12u8'],
    ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']
  ),
  DL3015: df(
    ['FROM debian:12', 'RUN apt-get install -y curl=7.88.1-10+deb12u8'],
    ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']
  ),
  DL3016: df(
    ['FROM node:22', 'RUN npm install -g typescript'],
    ['FROM node:22', 'RUN npm install -g typescript@5.6.3']
  ),
  DL3018: df(
    ['FROM alpine:3.20', 'RUN apk add --no-cache curl'],
    ['FROM alpine:3.20', 'RUN apk add --no-cache curl=8.11.1-r0']
  ),
  DL3019: df(
    ['FROM alpine:3.20', 'RUN apk add curl=8.11.1-r0'],
    ['FROM alpine:3.20', 'RUN apk add --no-cache curl=8.11.1-r0']
  ),
  DL3020: df(['FROM alpine:3.20', 'ADD app.py /app/'], ['FROM alpine:3.20', 'COPY app.py /app/']),
  DL3021: df(['FROM alpine:3.20', 'COPY a.txt b.txt /app'], ['FROM alpine:3.20', 'COPY a.txt b.txt /app/']),
  DL3022: df(
    ['FROM alpine:3.20', 'COPY --from=build /out/app /app'],
    ['FROM golang:1.23 AS build', 'FROM alpine:3.20', 'COPY --from=build /out/app /app']
  ),
  DL3023: df(
    ['FROM alpine:3.20 AS app', 'COPY --from=app /a /b'],
    ['FROM golang:1.23 AS build', 'FROM alpine:3.20 AS app', 'COPY --from=build /a /b']
  ),
  DL3024: df(
    ['FROM golang:1.23 AS build', 'FROM node:22 AS build'],
    ['FROM golang:1.23 AS build-api', 'FROM node:22 AS build-web']
  ),
  DL3025: df(['FROM node:22', 'CMD node server.js'], ['FROM node:22', 'CMD ["node", "server.js"]']),
  DL3026: df(
    ['# dockerfile.trustedRegistries: [registry.example.com]', 'FROM quay.io/someone/base:1.0'],
    ['# dockerfile.trustedRegistries: [registry.example.com]', 'FROM registry.example.com/base:1.0']
  ),
  DL3027: df(
    ['FROM debian:12', 'RUN apt install -y curl'],
    ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']
  ),
  DL3028: df(
    ['FROM ruby:3.3', 'RUN gem install bundler'],
    ['FROM ruby:3.3', 'RUN gem install bundler:2.5.22']
  ),
  DL3029: df(['FROM --platform=linux/amd64 debian:12'], ['FROM debian:12']),
  DL3030: df(
    ['FROM centos:7', 'RUN yum install httpd-2.4.6 && yum clean all'],
    ['FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all']
  ),
  DL3032: df(
    ['FROM centos:7', 'RUN yum install -y httpd-2.4.6'],
    ['FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all']
  ),
  DL3033: df(
    ['FROM centos:7', 'RUN yum install -y httpd && yum clean all'],
    ['FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all']
  ),
  DL3034: df(
    ['FROM opensuse/leap:15.6', 'RUN zypper install curl=8.0.1 && zypper clean'],
    ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1 && zypper clean']
  ),
  DL3035: df(['FROM opensuse/leap:15.5', 'RUN zypper dist-upgrade -y'], ['FROM opensuse/leap:15.6']),
  DL3036: df(
    ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1'],
    ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1 && zypper clean']
  ),
  DL3037: df(
    ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl && zypper clean'],
    ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1 && zypper clean']
  ),
  DL3038: df(
    ['FROM fedora:41', 'RUN dnf install httpd-2.4.62 && dnf clean all'],
    ['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62 && dnf clean all']
  ),
  DL3040: df(
    ['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62'],
    ['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62 && dnf clean all']
  ),
  DL3041: df(
    ['FROM fedora:41', 'RUN dnf install -y httpd && dnf clean all'],
    ['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62 && dnf clean all']
  ),
  DL3042: df(
    ['FROM python:3.12', 'RUN pip install flask==3.0.3'],
    ['FROM python:3.12', 'RUN pip install --no-cache-dir flask==3.0.3']
  ),
  DL3043: df(['FROM alpine:3.20', 'ONBUILD ONBUILD RUN make'], ['FROM alpine:3.20', 'ONBUILD RUN make']),
  DL3044: df(
    ['FROM alpine:3.20', 'ENV APP_HOME=/app APP_BIN=$APP_HOME/bin'],
    ['FROM alpine:3.20', 'ENV APP_HOME=/app', 'ENV APP_BIN=$APP_HOME/bin']
  ),
  DL3045: df(
    ['FROM alpine:3.20', 'COPY app.sh app.sh'],
    ['FROM alpine:3.20', 'WORKDIR /app', 'COPY app.sh app.sh']
  ),
  DL3046: df(
    ['FROM debian:12', 'RUN useradd -u 123456 app'],
    ['FROM debian:12', 'RUN useradd -l -u 123456 app']
  ),
  DL3047: df(
    ['FROM debian:12', 'RUN wget https://example.com/tool.tgz'],
    ['FROM debian:12', 'RUN wget --progress=dot:giga https://example.com/tool.tgz']
  ),
  DL3048: df(['FROM alpine:3.20', 'LABEL Maintainer=jane'], ['FROM alpine:3.20', 'LABEL maintainer=jane']),
  DL3049: df(
    ['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20'],
    ['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20', 'LABEL version="1.4.2"']
  ),
  DL3050: df(
    [
      '# .hadolint.yaml label-schema: {version: text}, strict-labels: true',
      'FROM alpine:3.20',
      'LABEL version="1.4.2" team=web'
    ],
    [
      '# .hadolint.yaml label-schema: {version: text}, strict-labels: true',
      'FROM alpine:3.20',
      'LABEL version="1.4.2"'
    ]
  ),
  DL3051: df(
    ['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20', 'LABEL version=""'],
    ['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20', 'LABEL version="1.4.2"']
  ),
  DL3052: df(
    ['# .hadolint.yaml label-schema: {homepage: url}', 'FROM alpine:3.20', 'LABEL homepage="example"'],
    [
      '# .hadolint.yaml label-schema: {homepage: url}',
      'FROM alpine:3.20',
      'LABEL homepage="https://example.com"'
    ]
  ),
  DL3053: df(
    ['# .hadolint.yaml label-schema: {created: rfc3339}', 'FROM alpine:3.20', 'LABEL created="yesterday"'],
    [
      '# .hadolint.yaml label-schema: {created: rfc3339}',
      'FROM alpine:3.20',
      'LABEL created="2024-11-05T10:00:00Z"'
    ]
  ),
  DL3054: df(
    ['# .hadolint.yaml label-schema: {license: spdx}', 'FROM alpine:3.20', 'LABEL license="Apache 2"'],
    ['# .hadolint.yaml label-schema: {license: spdx}', 'FROM alpine:3.20', 'LABEL license="Apache-2.0"']
  ),
  DL3055: df(
    ['# .hadolint.yaml label-schema: {revision: hash}', 'FROM alpine:3.20', 'LABEL revision="main"'],
    [
      '# .hadolint.yaml label-schema: {revision: hash}',
      'FROM alpine:3.20',
      'LABEL revision="0f3c7a9d2b1e4c5f6a7b8c9d0e1f2a3b4c5d6e7f"'
    ]
  ),
  DL3056: df(
    ['# .hadolint.yaml label-schema: {version: semver}', 'FROM alpine:3.20', 'LABEL version="v1"'],
    ['# .hadolint.yaml label-schema: {version: semver}', 'FROM alpine:3.20', 'LABEL version="1.4.2"']
  ),
  DL3057: df(['FROM nginx:1.27'], ['FROM nginx:1.27', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]']),
  DL3058: df(
    ['# .hadolint.yaml label-schema: {maintainer: email}', 'FROM alpine:3.20', 'LABEL maintainer="Jane"'],
    [
      '# .hadolint.yaml label-schema: {maintainer: email}',
      'FROM alpine:3.20',
      'LABEL maintainer="jane@example.com"'
    ]
  ),
  DL3059: df(
    ['FROM alpine:3.20', 'RUN mkdir /data', 'RUN chown 10001 /data'],
    ['FROM alpine:3.20', 'RUN mkdir /data && chown 10001 /data']
  ),
  DL3060: df(['FROM node:22', 'RUN yarn install'], ['FROM node:22', 'RUN yarn install && yarn cache clean']),
  DL3061: df(['LABEL team=web', 'FROM alpine:3.20'], ['FROM alpine:3.20', 'LABEL team=web']),
  DL3062: df(
    ['FROM golang:1.23', 'RUN go install example.com/tool@latest'],
    ['FROM golang:1.23', 'RUN go install example.com/tool@v1.2.3']
  ),
  DL3063: df(['FROM alpine:3.20 AS scratch'], ['FROM alpine:3.20 AS base']),
  DL3064: df(
    ['FROM node:22', 'ARG NPM_TOKEN'],
    ['FROM node:22', 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci']
  ),
  DL3065: df(['FROM --platform=$TARGETPLATFORM alpine:3.20'], ['FROM alpine:3.20']),
  DL3066: df(['FROM alpine:3.20', 'USER app'], ['FROM alpine:3.20', 'USER 10001']),
  DL3067: df(
    ['FROM golang:1.23 AS build', 'FROM alpine:3.20', 'COPY --from=build / /'],
    ['FROM golang:1.23 AS build', 'FROM alpine:3.20', 'COPY --from=build /out/app /usr/local/bin/app']
  ),
  DL4000: df(
    ['FROM alpine:3.20', 'MAINTAINER jane@example.com'],
    ['FROM alpine:3.20', 'LABEL maintainer="jane@example.com"']
  ),
  DL4001: df(
    ['FROM debian:12', 'RUN wget -q https://example.com/a && curl -fsSO https://example.com/b'],
    ['FROM debian:12', 'RUN curl -fsSO https://example.com/a && curl -fsSO https://example.com/b']
  ),
  DL4003: df(
    ['FROM node:22', 'CMD ["node", "a.js"]', 'CMD ["node", "b.js"]'],
    ['FROM node:22', 'CMD ["node", "b.js"]']
  ),
  DL4004: df(
    ['FROM node:22', 'ENTRYPOINT ["node"]', 'ENTRYPOINT ["npm"]'],
    ['FROM node:22', 'ENTRYPOINT ["npm"]']
  ),
  DL4005: df(
    ['FROM debian:12', 'RUN ln -sf /bin/bash /bin/sh'],
    ['FROM debian:12', 'SHELL ["/bin/bash", "-c"]']
  ),
  DL4006: df(
    ['FROM debian:12', 'RUN wget -qO- https://example.com/app.tgz | tar -xz -C /opt'],
    [
      'FROM debian:12',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN wget -qO- https://example.com/app.tgz | tar -xz -C /opt'
    ]
  ),

  IG300: {
    language: 'text',
    flagged: 'cosign tree ghcr.io/acme/app@sha256:…  # no signatures, no attestations',
    fixed: 'cosign sign --key cosign.key ghcr.io/acme/app@sha256:…  # the digest that was built, not the tag'
  },
  IG301: {
    language: 'yaml',
    flagged:
      '# signed with release.key, but the policy names another key\nsignatures:\n  required: true\n  authorities:\n    - key: { path: old.pub }',
    fixed:
      '# the public half of the key the release workflow signs with\nsignatures:\n  required: true\n  authorities:\n    - key: { path: release.pub }'
  },
  IG302: {
    language: 'text',
    flagged: 'images: oci-layout:build/app   # a local layout: its signatures live in a registry',
    fixed: 'images: ghcr.io/acme/app:1.4.2@sha256:…   # the pushed, signed image'
  },

  IG200: {
    language: 'text',
    flagged: 'Dockerfile: 3.2 MiB of binary data (a build artefact saved under that name)',
    fixed: 'Dockerfile: the text of the build, under 1 MiB, UTF-8'
  },
  IG201: df(
    ['FROM node:22', 'ENV NPM_TOKEN=npm_0123456789abcdef'],
    ['FROM node:22', 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci']
  ),
  IG202: df(
    ['FROM alpine:3.20', 'LABEL signing="-----BEGIN OPENSSH PRIVATE KEY-----b3BlbnNzaC1rZXktdjEAAAA…"'],
    ['FROM alpine:3.20', 'RUN --mount=type=secret,id=signing_key ./sign.sh']
  ),
  IG203: df(
    ['FROM alpine:3.20', 'ADD https://example.com/tool.tgz /opt/'],
    [
      'FROM alpine:3.20',
      'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\',
      '    https://example.com/tool.tgz /opt/'
    ]
  ),
  IG204: df(['FROM alpine:3.20', 'COPY app /app'], ['FROM alpine:3.20', 'COPY app /app', 'USER 10001']),
  IG205: df(['FROM alpine:3.20', 'COPY .env /app/.env'], ['FROM alpine:3.20', 'COPY config/app.toml /app/']),
  IG206: df(['FROM alpine:3.20', 'EXPOSE 22'], ['FROM alpine:3.20', 'EXPOSE 8080']),
  IG207: df(
    ['FROM alpine:3.20', 'COPY --from=nginx:latest /etc/nginx /etc/nginx'],
    ['FROM alpine:3.20', `COPY --from=nginx:1.27.3${D} /etc/nginx /etc/nginx`]
  ),
  IG208: df(
    ['FROM debian:12', 'RUN curl -fsSL https://example.com/install.sh | sh'],
    ['FROM debian:12', 'COPY install.sh /tmp/install.sh', 'RUN sh /tmp/install.sh']
  ),
  IG209: df(['FROM alpine:3.20', 'RUN chmod 777 /app'], ['FROM alpine:3.20', 'RUN chmod 755 /app']),
  IG210: df(['FROM debian:12.1', 'RUN apt-get upgrade -y'], ['FROM debian:12.8']),
  IG211: {
    language: 'text',
    flagged: 'Dockerfile: a generated file of 60,000 lines, or a RUN of 100 KiB',
    fixed: 'Dockerfile: split into several files, the long RUN moved into a script that is COPYed and run'
  },
  IG212: df(
    ['ARG A=0123456789abcdef', ...Array.from({ length: 13 }, () => 'ARG A=${A}${A}'), 'FROM alpine:3.20'],
    ['ARG A=0123456789abcdef', 'FROM alpine:3.20']
  ),

  // Image config rules: the Dockerfile lines that put the problem into the built image's configuration.
  IG401: df(['FROM alpine:3.20', 'COPY app /app'], ['FROM alpine:3.20', 'COPY app /app', 'USER 10001']),
  IG402: df(
    ['FROM node:22', 'ENV API_TOKEN=example-not-a-real-token'],
    ['FROM node:22', '# API_TOKEN comes from the orchestrator at run time (a Kubernetes Secret)']
  ),
  IG403: df(
    ['FROM alpine:3.20', 'LABEL deploy_token=example-not-a-real-token'],
    ['FROM alpine:3.20', 'LABEL org.opencontainers.image.source=https://github.com/acme/app']
  ),
  IG404: df(
    [
      'FROM node:22',
      'ARG NPM_TOKEN',
      'RUN npm ci   # built with --build-arg NPM_TOKEN=…: kept in the history'
    ],
    ['FROM node:22', 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci']
  ),
  IG405: df(['FROM nginx:1.27', 'EXPOSE 80'], ['FROM nginxinc/nginx-unprivileged:1.27', 'EXPOSE 8080']),
  IG406: df(
    ['FROM alpine:3.20', 'CMD ["/app"]'],
    ['FROM alpine:3.20', 'HEALTHCHECK CMD ["/app", "health"]', 'CMD ["/app"]']
  ),
  IG407: {
    language: 'yaml',
    flagged:
      '# imageConfig.maxAgeDays: 90\ncreated: 2024-01-15T09:00:00Z   # the image config, 300 days later',
    fixed: '# rebuilt on the current base image by a scheduled workflow\ncreated: 2024-11-02T09:00:00Z'
  },
  IG408: {
    language: 'text',
    flagged: 'docker build -t ghcr.io/acme/app:1.4.2 .',
    fixed:
      'docker build -t ghcr.io/acme/app:1.4.2 \\\n  --label org.opencontainers.image.source=https://github.com/acme/app \\\n  --label org.opencontainers.image.revision=$GITHUB_SHA .'
  }
}
