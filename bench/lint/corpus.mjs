// Synthetic Dockerfiles for the lint benchmark: varied, deterministic (seeded), never copied from a project.
// Each file mixes what real ones have: several stages, apt/apk/dnf/pip/npm installs (pinned or not),
// continuation lines, heredocs, ONBUILD, comments, ENV/ARG/LABEL, COPY/ADD, USER, HEALTHCHECK, CMD.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

/** mulberry32: a small seeded PRNG, so every run lints the same corpus. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const BASES = {
  debian: ['debian:12', 'debian:bookworm-slim', 'ubuntu:22.04', 'ubuntu:24.04', 'ubuntu:latest', 'debian'],
  alpine: ['alpine:3.20', 'alpine:3.19', 'alpine', 'node:20-alpine', 'python:3.12-alpine'],
  rpm: ['fedora:40', 'rockylinux:9', 'registry.access.redhat.com/ubi9/ubi-minimal:9.4', 'amazonlinux:2023'],
  python: ['python:3.12-slim', 'python:3.11', 'python:3.12-slim@sha256:' + 'ab'.repeat(32)],
  node: ['node:20-bookworm', 'node:22-slim', 'node:lts']
}
const WORDS = [
  'core',
  'net',
  'ssl',
  'dev',
  'utils',
  'tools',
  'lib',
  'common',
  'data',
  'client',
  'server',
  'cli'
]

function generator(seed) {
  const next = random(seed)
  const pick = list => list[Math.floor(next() * list.length)]
  const chance = p => next() < p
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1))
  const version = () => `${int(0, 9)}.${int(0, 30)}.${int(0, 20)}`
  const pkg = () => `${pick(WORDS)}${chance(0.5) ? '-' + pick(WORDS) : ''}${int(1, 99)}`
  return { pick, chance, int, version, pkg }
}

function aptRun(g) {
  const packages = Array.from({ length: g.int(1, 6) }, () =>
    g.chance(0.6) ? `${g.pkg()}=${g.version()}-1` : g.pkg()
  )
  const lines = [
    `RUN apt-get update \\`,
    `    && apt-get install ${g.chance(0.7) ? '-y ' : ''}${g.chance(0.6) ? '--no-install-recommends ' : ''}\\`,
    ...packages.map(p => `       ${p} \\`)
  ]
  if (g.chance(0.3)) lines.push('    && apt-get upgrade -y \\')
  lines.push(g.chance(0.7) ? '    && rm -rf /var/lib/apt/lists/*' : '    && apt-get clean')
  return lines
}

function apkRun(g) {
  const packages = Array.from({ length: g.int(1, 5) }, () =>
    g.chance(0.5) ? `${g.pkg()}=${g.version()}-r0` : g.pkg()
  )
  return [`RUN apk add ${g.chance(0.6) ? '--no-cache ' : '--update '}${packages.join(' ')}`]
}

function rpmRun(g) {
  const tool = g.pick(['dnf', 'microdnf', 'yum'])
  const packages = Array.from({ length: g.int(1, 4) }, () =>
    g.chance(0.5) ? `${g.pkg()}-${g.version()}` : g.pkg()
  )
  const clean = g.chance(0.6) ? ` && ${tool} clean all` : ''
  return [`RUN ${tool} install ${g.chance(0.7) ? '-y ' : ''}${packages.join(' ')}${clean}`]
}

function pipRun(g) {
  if (g.chance(0.3))
    return [
      'COPY requirements.txt .',
      `RUN pip install ${g.chance(0.5) ? '--no-cache-dir ' : ''}-r requirements.txt`
    ]
  const packages = Array.from({ length: g.int(1, 4) }, () =>
    g.chance(0.5) ? `${g.pkg()}==${g.version()}` : g.pkg()
  )
  return [`RUN pip install ${g.chance(0.5) ? '--no-cache-dir ' : ''}${packages.join(' ')}`]
}

function npmRun(g) {
  const lines = [
    'COPY package.json package-lock.json ./',
    g.chance(0.5) ? 'RUN npm ci --omit=dev' : 'RUN npm install'
  ]
  if (g.chance(0.4)) lines.push(`RUN npm install -g ${g.pkg()}${g.chance(0.5) ? '@' + g.version() : ''}`)
  if (g.chance(0.3)) lines.push('RUN yarn install --frozen-lockfile && yarn cache clean')
  return lines
}

function downloadRun(g) {
  const url = `https://downloads.example.test/${g.pkg()}/${g.version()}/release.tar.gz`
  return g.pick([
    [`RUN curl -fsSL ${url} | tar -xz -C /opt`],
    [
      `RUN wget ${g.chance(0.5) ? '-q ' : ''}-O /tmp/a.tgz ${url} && tar -xzf /tmp/a.tgz -C /opt && rm /tmp/a.tgz`
    ],
    [`RUN curl -fsSL https://get.example.test/install.sh | sh`],
    [
      'RUN <<EOF',
      'set -e',
      `curl -fsSLo /tmp/tool.tgz ${url}`,
      'tar -xzf /tmp/tool.tgz -C /usr/local/bin',
      'rm /tmp/tool.tgz',
      'EOF'
    ],
    [`RUN set -o pipefail && curl -fsSL ${url} | sha256sum`]
  ])
}

function userRun(g) {
  const uid = g.chance(0.2) ? g.int(100000, 999999) : g.int(1000, 9999)
  return g.pick([
    [`RUN useradd ${g.chance(0.5) ? '-l ' : ''}-u ${uid} -m app`],
    [`RUN addgroup -S app && adduser -S -G app app`],
    [
      `RUN groupadd -g ${uid} app && useradd -r -u ${uid} -g app app && chmod ${g.pick(['755', '750', '777'])} /srv`
    ]
  ])
}

function stage(g, family, name, last) {
  const lines = [`FROM ${g.pick(BASES[family])}${name ? ` AS ${name}` : ''}`]
  if (g.chance(0.4)) lines.push(`ARG ${g.pick(['VERSION', 'BUILD_DATE', 'COMMIT'])}=${g.version()}`)
  if (g.chance(0.5))
    lines.push(`LABEL org.opencontainers.image.version="${g.version()}" maintainer="team@example.test"`)
  if (g.chance(0.5)) lines.push(`ENV APP_HOME=/srv/app${g.chance(0.3) ? ' PIP_NO_CACHE_DIR=1' : ''}`)
  lines.push(`WORKDIR ${g.chance(0.9) ? '/srv/app' : 'app'}`)
  const install = { debian: aptRun, alpine: apkRun, rpm: rpmRun, python: pipRun, node: npmRun }[family]
  for (let i = 0, n = g.int(1, 3); i < n; i++) {
    if (g.chance(0.3))
      lines.push(`# ${g.pick(['install build dependencies', 'fetch the release', 'tidy up'])}`)
    lines.push(...g.pick([install, install, downloadRun, userRun])(g))
  }
  if (g.chance(0.2)) lines.push('RUN cd /srv/app && make build', 'RUN make test')
  lines.push(g.chance(0.8) ? 'COPY . /srv/app' : 'ADD . /srv/app')
  if (g.chance(0.15)) lines.push('ONBUILD RUN sudo apt-get install -y build-essential')
  if (last) {
    if (g.chance(0.7)) lines.push(`USER ${g.chance(0.8) ? 'app' : 'root'}`)
    if (g.chance(0.5)) lines.push(`EXPOSE ${g.pick([8080, 3000, 22, 443])}`)
    if (g.chance(0.4))
      lines.push('HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1')
    lines.push(g.chance(0.8) ? `CMD ["/srv/app/${g.pkg()}", "--port", "8080"]` : 'CMD /srv/app/start.sh')
  }
  return lines
}

/** One synthetic Dockerfile; `index` seeds it. */
export function syntheticDockerfile(index) {
  const g = generator(index * 7919 + 17)
  const families = Object.keys(BASES)
  const stages = g.int(1, 3)
  const lines = [
    `# Synthetic Dockerfile ${index} for imagegate's lint benchmark (generated, not a real project)`
  ]
  for (let s = 0; s < stages; s++) {
    const last = s === stages - 1
    lines.push(...stage(g, g.pick(families), last ? undefined : `stage${s}`, last), '')
  }
  return lines.join('\n')
}

/** Writes `count` Dockerfiles into a new temporary directory; returns their paths. */
export async function writeCorpus(count) {
  const directory = await mkdtemp(path.join(tmpdir(), 'imagegate-bench-lint-'))
  const files = []
  for (let i = 0; i < count; i++) {
    const file = path.join(directory, `Dockerfile.${i}`)
    await writeFile(file, syntheticDockerfile(i))
    files.push(file)
  }
  return { directory, files }
}
