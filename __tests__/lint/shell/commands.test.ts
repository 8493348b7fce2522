import {
  DL3001,
  DL3003,
  DL3004,
  DL3046,
  DL3047,
  DL4001,
  DL4005
} from '../../../src/checks/lint/rules/shell/commands.js'
import { DL4006 } from '../../../src/checks/lint/rules/shell/pipefail.js'
import { ruleCases } from './helpers.js'

ruleCases(DL3001, [
  { name: 'service', dockerfile: 'RUN service nginx start', fires: 1 },
  { name: 'vim in a chain', dockerfile: 'RUN apt-get update && vim /etc/hosts', fires: 1 },
  { name: 'top', dockerfile: 'RUN top', fires: 1 },
  { name: 'installing ssh', dockerfile: 'RUN apt-get install ssh', fires: 0 }
])

ruleCases(DL3003, [
  { name: 'cd', dockerfile: 'RUN cd /usr/src/app && git clone git@github.com:x/y.git', fires: 1 },
  { name: 'cd inside a subshell', dockerfile: 'RUN (cd /tmp && make)', fires: 1 },
  { name: 'no cd', dockerfile: 'RUN git clone git@github.com:x/y.git /usr/src/app', fires: 0 },
  { name: 'cd as an argument', dockerfile: 'RUN echo cd', fires: 0 }
])

ruleCases(DL3004, [
  { name: 'sudo', dockerfile: 'RUN sudo apt-get install', fires: 1 },
  { name: 'sudo in command substitution', dockerfile: 'RUN echo $(sudo id)', fires: 1 },
  { name: 'no sudo', dockerfile: 'RUN apt-get install', fires: 0 },
  { name: 'sudo as a package name', dockerfile: 'RUN apt-get install -y sudo', fires: 0 }
])

ruleCases(DL3046, [
  { name: 'useradd alone', dockerfile: 'RUN useradd luser', fires: 0 },
  { name: 'short uid', dockerfile: 'RUN useradd -u 12345 luser', fires: 0 },
  { name: 'long uid with -l', dockerfile: 'RUN useradd -l -u 123456 luser', fires: 0 },
  { name: 'just -l', dockerfile: 'RUN useradd -l luser', fires: 0 },
  { name: 'long uid without -l', dockerfile: 'RUN useradd -u 123456 luser', fires: 1 }
])

ruleCases(DL3047, [
  { name: 'wget without --progress', dockerfile: 'FROM node as foo\nRUN wget my.xyz', fires: 1 },
  { name: '--progress=dot:giga', dockerfile: 'RUN wget --progress=dot:giga my.xyz', fires: 0 },
  { name: '-q and --quiet', dockerfile: 'RUN wget -q my.xyz && wget --quiet my.xyz', fires: 0 },
  { name: '-nv and --no-verbose', dockerfile: 'RUN wget -nv my.xyz && wget --no-verbose my.xyz', fires: 0 },
  {
    name: '-o and --output-file',
    dockerfile: 'RUN wget -o /tmp/l my.xyz && wget --output-file=/tmp/l my.xyz',
    fires: 0
  },
  {
    name: '-a and --append-output',
    dockerfile: 'RUN wget -a /tmp/l my.xyz && wget --append-output=/tmp/l x',
    fires: 0
  }
])

ruleCases(DL4001, [
  {
    name: 'wget and curl in one stage',
    dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl localhost',
    fires: 1
  },
  { name: 'both in one RUN', dockerfile: 'FROM node as foo\nRUN wget my.xyz && curl localhost', fires: 1 },
  { name: 'only wget', dockerfile: 'FROM node as foo\nRUN wget my.xyz', fires: 0 },
  {
    name: 'one each in different stages',
    dockerfile: 'FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost',
    fires: 0
  },
  {
    name: 'each RUN using one once the stage used both',
    dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com',
    fires: 2
  }
])

ruleCases(DL4005, [
  { name: 'relinking /bin/sh', dockerfile: 'RUN ln -sfv /bin/bash /bin/sh', fires: 1 },
  { name: 'unrelated symlinks', dockerfile: 'RUN ln -sf /bin/true /sbin/initctl', fires: 0 },
  {
    name: "/bin/sh as another command's argument",
    dockerfile: 'RUN ln -s foo bar && something_with /bin/sh',
    fires: 0
  }
])

const pipe = 'RUN wget -O - https://some.site | wc -l > /number'
ruleCases(DL4006, [
  { name: 'a pipe without pipefail', dockerfile: `FROM scratch\n${pipe}`, fires: 1 },
  { name: 'no pipe', dockerfile: 'FROM scratch\nRUN wget -O - https://some.site && wc -l file', fires: 0 },
  {
    name: 'SHELL bash -eo pipefail',
    dockerfile: `FROM scratch\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n${pipe}`,
    fires: 0
  },
  {
    name: 'SHELL bash -o errexit -o pipefail',
    dockerfile: `FROM scratch\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\n${pipe}`,
    fires: 0
  },
  {
    name: 'SHELL zsh at another path',
    dockerfile: `FROM scratch\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\n${pipe}`,
    fires: 0
  },
  {
    name: 'SHELL plain sh -o pipefail',
    dockerfile: `FROM scratch\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n${pipe}`,
    fires: 1
  },
  {
    name: 'a new stage starts with the default shell',
    dockerfile: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${pipe}\nFROM scratch as build2\n${pipe}`,
    fires: 1
  },
  {
    name: 'a later SHELL without pipefail',
    dockerfile: `FROM scratch\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${pipe}\nSHELL ["/bin/sh", "-c"]\n${pipe}`,
    fires: 1
  },
  {
    name: 'powershell and cmd.exe',
    dockerfile:
      'FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object\nSHELL ["cmd.exe", "/c"]\nRUN dir | more',
    fires: 0
  },
  {
    name: 'set -o pipefail before the pipe',
    dockerfile: `FROM scratch\nRUN set -euxo pipefail && wget -O- x | wc -l`,
    fires: 0
  },
  {
    name: 'set -o pipefail after the pipe',
    dockerfile: `FROM scratch\nRUN wget -O- x | wc -l && set -o pipefail`,
    fires: 1
  },
  {
    name: 'a pipe inside command substitution',
    dockerfile: 'FROM scratch\nRUN echo "$(cat f | wc -l)"',
    fires: 1
  }
])
