// Synthetic Dockerfiles for imagegate's own lint rules. The credentials below are made-up strings of the right
// shape (AKIA + 16 characters, ghp_ + 36), not real keys.
import { no, yes, type RuleCase } from './rule-case.js'

const FAKE_AWS_KEY = 'AKIA' + 'ABCDEFGHIJKLMNOP'
const FAKE_GITHUB_TOKEN = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'

export const IMAGEGATE_CASES: RuleCase[] = [
  yes('IG201', 'ENV with a password', ['FROM alpine:3', 'ENV DB_PASSWORD=hunter2']),
  yes('IG201', 'ONBUILD ENV with a token', ['FROM alpine:3', 'ONBUILD ENV GH_TOKEN=abc']),
  yes('IG201', 'ARG default token', ['FROM alpine:3', 'ARG NPM_TOKEN=abc123']),
  yes('IG201', 'ENV SECRET in old form', ['FROM alpine:3', 'ENV APP_SECRET s3cr3t']),
  no('IG201', 'ARG without a value', ['FROM alpine:3', 'ARG NPM_TOKEN']),
  no('IG201', 'ENV from a build argument', ['FROM alpine:3', 'ARG NPM_TOKEN', 'ENV NPM_TOKEN=${NPM_TOKEN}']),
  no('IG201', 'name that only contains the word', ['FROM alpine:3', 'ENV TOKENIZER_MODEL=bert']),

  yes('IG202', 'AWS access key id in ENV', ['FROM alpine:3', `ENV AWS_KEY=${FAKE_AWS_KEY}`]),
  yes('IG202', 'GitHub token in LABEL', ['FROM alpine:3', `LABEL auth="${FAKE_GITHUB_TOKEN}"`]),
  yes('IG202', 'private key in ARG', ['FROM alpine:3', 'ARG KEY="-----BEGIN RSA PRIVATE KEY-----abc"']),
  no('IG202', 'ordinary values', ['FROM alpine:3', 'ENV MODE=production', 'LABEL version=1.2.3']),

  yes('IG203', 'ADD of a URL without --checksum', [
    'FROM alpine:3',
    'ADD https://example.com/tool.tar.gz /opt/'
  ]),
  no('IG203', 'ADD of a URL with --checksum', [
    'FROM alpine:3',
    'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/'
  ]),
  no('IG203', 'ADD of a local archive', ['FROM alpine:3', 'ADD tool.tar.gz /opt/']),

  yes('IG204', 'final stage without USER', ['FROM alpine:3', 'RUN echo hi'], { line: 1 }),
  yes('IG204', 'final stage ends as root', ['FROM alpine:3', 'USER app', 'USER 0'], { line: 3 }),
  yes('IG204', 'only a build stage drops root', ['FROM alpine:3 AS build', 'USER app', 'FROM alpine:3']),
  no('IG204', 'final stage with a user', ['FROM alpine:3', 'USER 10001:10001']),
  no('IG204', 'user inherited from the stage it builds on', [
    'FROM alpine:3 AS base',
    'USER app',
    'FROM base'
  ]),
  no('IG204', 'fragment without FROM', ['RUN echo hi']),

  yes('IG205', 'COPY of .env', ['FROM alpine:3', 'COPY .env /app/']),
  yes('IG205', 'COPY of an SSH key', ['FROM alpine:3', 'COPY id_rsa /root/.ssh/id_rsa']),
  yes('IG205', 'ADD of a PEM file', ['FROM alpine:3', 'ADD certs/server.pem /etc/ssl/']),
  yes('IG205', 'COPY of .git', ['FROM alpine:3', 'COPY .git /src/.git']),
  yes('IG205', 'ONBUILD COPY of .env', ['FROM alpine:3', 'ONBUILD COPY .env /app/']),
  yes('IG205', 'COPY of .env.production', ['FROM alpine:3', 'COPY .env.production /app/']),
  no('IG205', 'COPY of ordinary files', ['FROM alpine:3', 'COPY src/ .env.example package.json /app/']),
  no('IG205', 'COPY --from another stage', [
    'FROM alpine:3 AS a',
    'FROM alpine:3',
    'COPY --from=a /etc/ssl/cert.pem /etc/ssl/'
  ]),

  yes('IG206', 'EXPOSE 22', ['FROM alpine:3', 'EXPOSE 80 22']),
  yes('IG206', 'EXPOSE 22/tcp', ['FROM alpine:3', 'EXPOSE 22/tcp']),
  no('IG206', 'EXPOSE 2222 and 80', ['FROM alpine:3', 'EXPOSE 2222 80']),

  yes('IG207', 'COPY --from an untagged image', [
    'FROM alpine:3',
    'COPY --from=aquasec/trivy /usr/local/bin/trivy /bin/'
  ]),
  yes('IG207', 'COPY --from a latest image', [
    'FROM alpine:3',
    'COPY --from=nginx:latest /etc/nginx /etc/nginx'
  ]),
  no('IG207', 'COPY --from a pinned image', [
    'FROM alpine:3',
    'COPY --from=nginx:1.27 /etc/nginx /etc/nginx'
  ]),
  no('IG207', 'COPY --from a stage', ['FROM alpine:3 AS build', 'FROM alpine:3', 'COPY --from=build /a /a']),

  // A is 1 character and doubles on each line: 2^16 = 65,536 is the limit, 2^17 is over it.
  yes(
    'IG212',
    'ARG doubled 17 times',
    ['ARG A=x', ...Array<string>(17).fill('ARG A=${A}${A}'), 'FROM alpine:3'],
    {
      line: 18
    }
  ),
  no('IG212', 'ARG doubled 16 times', [
    'ARG A=x',
    ...Array<string>(16).fill('ARG A=${A}${A}'),
    'FROM alpine:3'
  ])
]
