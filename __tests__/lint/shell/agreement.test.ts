// Synthetic Dockerfiles, written for these tests: RUN-rule behaviours brought in line with hadolint
// (measured with __tests__/conformance/hadolint-specs.test.ts), one case per behaviour.
import { DL3018, DL3019 } from '../../../src/checks/lint/rules/shell/apk.js'
import { DL3009, DL3014 } from '../../../src/checks/lint/rules/shell/apt.js'
import { DL3062 } from '../../../src/checks/lint/rules/shell/gem-go.js'
import { DL3060 } from '../../../src/checks/lint/rules/shell/node.js'
import { DL3013, DL3042 } from '../../../src/checks/lint/rules/shell/pip.js'
import { DL3032, DL3033, DL3040, DL3041 } from '../../../src/checks/lint/rules/shell/rpm.js'
import { DL3036 } from '../../../src/checks/lint/rules/shell/zypper.js'
import { ruleCases } from './helpers.js'

ruleCases(DL3009, [
  { name: 'apt update without removing the lists', dockerfile: 'FROM debian:12\nRUN apt update', fires: 1 },
  { name: 'aptitude update without removing the lists', dockerfile: 'RUN aptitude update', fires: 1 },
  {
    name: 'tmpfs mounts on both apt directories',
    dockerfile:
      'RUN --mount=type=tmpfs,target=/var/lib/apt --mount=type=tmpfs,target=/var/cache/apt apt-get update',
    fires: 0
  },
  {
    name: 'a cache mount and a tmpfs mount on the two apt directories',
    dockerfile:
      'RUN --mount=type=cache,target=/var/cache/apt --mount=type=tmpfs,target=/var/lib/apt apt-get update',
    fires: 0
  }
])

ruleCases(DL3014, [
  { name: 'one -q does not answer the prompt', dockerfile: 'RUN apt-get install -q curl', fires: 1 },
  { name: 'three -q are not level 2 either', dockerfile: 'RUN apt-get install -qqq curl', fires: 1 },
  { name: '-qq assumes yes', dockerfile: 'RUN apt-get install -qq curl', fires: 0 },
  { name: '--quiet twice assumes yes', dockerfile: 'RUN apt-get install --quiet --quiet curl', fires: 0 },
  { name: '-q=2 assumes yes', dockerfile: 'RUN apt-get install -q=2 curl', fires: 0 }
])

ruleCases(DL3018, [
  {
    name: 'a version range is a pin',
    dockerfile: 'RUN apk add --no-cache "python3<3.13" "flex>=2.6"',
    fires: 0
  },
  { name: 'a bare package', dockerfile: 'RUN apk add --no-cache python3', fires: 1 }
])

ruleCases(DL3019, [
  {
    name: 'tmpfs mount on the apk cache',
    dockerfile: 'RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl=8.5.0-r0',
    fires: 0
  },
  {
    name: 'a mount elsewhere does not count',
    dockerfile: 'RUN --mount=type=tmpfs,target=/tmp apk add curl=8.5.0-r0',
    fires: 1
  }
])

ruleCases(DL3013, [
  { name: 'pipenv install is not pip', dockerfile: 'RUN pipenv install black', fires: 0 },
  {
    name: 'pipx --python takes a value',
    dockerfile: 'RUN pipx install --python "$(which python3)" "poetry==1.8.5"',
    fires: 0
  },
  { name: 'pipx install unpinned', dockerfile: 'RUN pipx install poetry', fires: 1 },
  {
    name: '--root-user-action takes a value',
    dockerfile: 'RUN pip install --root-user-action ignore flask==3.0.3',
    fires: 0
  }
])

ruleCases(DL3042, [
  {
    name: 'cache mount on the pip cache',
    dockerfile: 'RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3',
    fires: 0
  },
  {
    name: 'tmpfs mount on the pip cache',
    dockerfile: 'RUN --mount=type=tmpfs,target=/root/.cache/pip pip install flask==3.0.3',
    fires: 0
  },
  {
    name: 'a cache mount elsewhere',
    dockerfile: 'RUN --mount=type=cache,target=/var/cache pip install flask==3.0.3',
    fires: 1
  }
])

ruleCases(DL3032, [
  {
    name: 'yum clean before the install',
    dockerfile: 'RUN yum clean all && yum install -y httpd-2.4.24',
    fires: 1
  },
  {
    name: 'rm of the yum cache after the install',
    dockerfile: 'RUN yum install -y httpd-2.4.24 && rm -rf /var/cache/yum/*',
    fires: 0
  }
])

const OTHER_STAGE_ENV = 'FROM fedora:41 AS build\nENV V=2.47.1\nFROM fedora:41\n'
const OTHER_STAGE_ARG = 'FROM fedora:41 AS build\nARG V=2.47.1\nFROM fedora:41\n'

ruleCases(DL3033, [
  {
    name: 'version in an ENV of another stage',
    dockerfile: `${OTHER_STAGE_ENV}RUN yum install -y git-${'${V}'}`,
    fires: 1
  },
  {
    name: 'version in an ARG of another stage',
    dockerfile: `${OTHER_STAGE_ARG}RUN yum install -y git-${'${V}'}`,
    fires: 0
  },
  {
    name: 'version in an ENV of the stage built on',
    dockerfile: 'FROM fedora:41 AS base\nENV V=2.47.1\nFROM base\nRUN yum install -y git-$V',
    fires: 0
  },
  { name: 'version in a variable nothing declares', dockerfile: 'RUN yum install -y git-$V', fires: 1 }
])

ruleCases(DL3041, [
  {
    name: 'version in an ENV of another stage',
    dockerfile: `${OTHER_STAGE_ENV}RUN dnf install -y git-${'${V}'}`,
    fires: 1
  },
  {
    name: 'version in an ARG of another stage',
    dockerfile: `${OTHER_STAGE_ARG}RUN dnf install -y git-${'${V}'}`,
    fires: 0
  }
])

ruleCases(DL3036, [
  {
    name: 'cache mount on the zypper cache',
    dockerfile: 'RUN --mount=type=cache,target=/var/cache/zypp zypper install -y curl=8.0.1',
    fires: 0
  },
  {
    name: 'zypper clean before the install',
    dockerfile: 'RUN zypper clean && zypper install -y curl=8.0.1',
    fires: 1
  }
])

ruleCases(DL3040, [
  { name: 'dnf in (short for install)', dockerfile: 'RUN dnf in -y mariadb-10.4', fires: 1 },
  { name: 'dnf upgrade fills the cache too', dockerfile: 'RUN dnf -y upgrade', fires: 1 },
  { name: 'dnf reinstall', dockerfile: 'RUN dnf -y rei', fires: 1 },
  {
    name: 'cache mount on libdnf5',
    dockerfile: 'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4',
    fires: 0
  },
  {
    name: 'rm of the libdnf5 cache',
    dockerfile: 'RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/libdnf5*',
    fires: 0
  },
  {
    name: 'rm of something else is no clean',
    dockerfile: 'RUN dnf install -y mariadb-10.4 && rm -rf /tmp/x',
    fires: 1
  }
])

ruleCases(DL3060, [
  {
    name: 'cache mount on the yarn cache',
    dockerfile: 'RUN --mount=type=cache,target=/root/.cache/yarn yarn install',
    fires: 0
  },
  {
    name: 'yarn cache clean before the install',
    dockerfile: 'RUN yarn cache clean && yarn install',
    fires: 1
  }
])

ruleCases(DL3062, [
  { name: 'go get unpinned', dockerfile: 'RUN go get example.com/pkg', fires: 1 },
  { name: 'go get -tool unpinned', dockerfile: 'RUN go get -tool example.com/tool', fires: 1 },
  { name: 'go get -tool pinned', dockerfile: 'RUN go get -tool example.com/tool@v1.2.3', fires: 0 },
  { name: 'go run at @latest', dockerfile: 'RUN go run example.com/gen@latest', fires: 1 },
  {
    name: 'go run pinned, its own arguments after',
    dockerfile: 'RUN go run example.com/gen@v1.0.0 -out x ./...',
    fires: 0
  },
  {
    name: 'the value of -tags is no package',
    dockerfile: 'RUN go install -tags netgo example.com/tool@v1.2.3',
    fires: 0
  }
])
