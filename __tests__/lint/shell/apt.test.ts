import { DL3008, DL3009, DL3014, DL3015, DL3027 } from '../../../src/checks/lint/rules/shell/apt.js'
import { ruleCases } from './helpers.js'

// Cases follow hadolint's test/Hadolint/Rule/DL30xxSpec.hs examples, rewritten as Dockerfiles.

ruleCases(DL3008, [
  {
    name: 'unpinned package after apt-get update',
    dockerfile: 'RUN apt-get update && apt-get install python',
    fires: 1
  },
  {
    name: 'pinned package in a chained, continued RUN',
    dockerfile:
      'RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*',
    fires: 0
  },
  {
    name: 'pinned packages with globs and epochs',
    dockerfile:
      'RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*',
    fires: 0
  },
  {
    name: 'a local .deb file',
    dockerfile: 'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb',
    fires: 0
  },
  {
    name: 'the -t target release is not a package',
    dockerfile:
      'RUN apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1',
    fires: 0
  },
  { name: 'one unpinned among pinned', dockerfile: 'RUN apt-get install -y curl=7.88.1 jq', fires: 1 },
  {
    name: 'inside a heredoc script',
    dockerfile: 'RUN <<EOF\napt-get install -y jq\nEOF',
    fires: 1,
    onbuild: false
  },
  { name: 'apt-get in exec form runs no shell', dockerfile: 'RUN ["apt-get", "install", "jq"]', fires: 0 }
])

ruleCases(DL3009, [
  { name: 'no cleanup', dockerfile: 'FROM scratch\nRUN apt-get update && apt-get install python', fires: 1 },
  {
    name: 'cleanup in the same RUN',
    dockerfile: 'FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*',
    fires: 0
  },
  {
    name: 'no cleanup in the last stage',
    dockerfile: 'FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python',
    fires: 1
  },
  {
    name: 'no cleanup in a stage a later FROM builds on',
    dockerfile: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!',
    fires: 1
  },
  {
    name: 'no cleanup in a stage no image is built from',
    dockerfile:
      'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!',
    fires: 0,
    onbuild: false
  },
  {
    name: 'a BuildKit cache mount on the lists directory',
    dockerfile:
      'RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python',
    fires: 0
  },
  {
    name: 'cache mounts on /var/lib/apt and /var/cache/apt',
    dockerfile:
      'RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python',
    fires: 0
  },
  {
    name: 'a cache mount on /var/cache/apt only',
    dockerfile:
      'RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python',
    fires: 1
  },
  {
    name: 'rm of another directory is no cleanup',
    dockerfile: 'RUN apt-get update && rm -rf /tmp/*',
    fires: 1
  }
])

ruleCases(DL3014, [
  { name: 'apt-get install without -y', dockerfile: 'RUN apt-get install python=2.7', fires: 1 },
  { name: '-y', dockerfile: 'RUN apt-get install -y python=2.7', fires: 0 },
  { name: '-yqq', dockerfile: 'RUN apt-get -yqq install python=2.7', fires: 0 },
  { name: '--yes', dockerfile: 'RUN apt-get install --yes python=2.7', fires: 0 },
  { name: '--assume-yes', dockerfile: 'RUN apt-get install --assume-yes python=2.7', fires: 0 },
  { name: '-qq implies -y', dockerfile: 'RUN apt-get install -qq python=2.7', fires: 0 },
  { name: 'apt-get update needs no -y', dockerfile: 'RUN apt-get update', fires: 0 }
])

ruleCases(DL3015, [
  { name: 'no --no-install-recommends', dockerfile: 'RUN apt-get install -y python=2.7', fires: 1 },
  {
    name: '--no-install-recommends',
    dockerfile: 'RUN apt-get install -y --no-install-recommends python=2.7',
    fires: 0
  },
  {
    name: 'APT::Install-Recommends=false',
    dockerfile: 'RUN apt-get -o APT::Install-Recommends=false install -y python=2.7',
    fires: 0
  }
])

ruleCases(DL3027, [
  { name: 'apt install', dockerfile: 'RUN apt install python', fires: 1 },
  { name: 'apt-get install', dockerfile: 'RUN apt-get install python', fires: 0 },
  { name: 'apt as a word, not a command', dockerfile: 'RUN echo apt', fires: 0 }
])
