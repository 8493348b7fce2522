import { DL3018, DL3019 } from '../../../src/checks/lint/rules/shell/apk.js'
import { DL3013, DL3042 } from '../../../src/checks/lint/rules/shell/pip.js'
import { ruleCases } from './helpers.js'

ruleCases(DL3018, [
  { name: 'unpinned package', dockerfile: 'RUN apk add flex', fires: 1 },
  { name: 'pinned package', dockerfile: 'RUN apk add flex=2.6.4-r1', fires: 0 },
  { name: 'tilde pin', dockerfile: 'RUN apk add --no-cache git~2.52.0', fires: 0 },
  {
    name: 'pinned, chained with pip',
    dockerfile: 'RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt',
    fires: 0
  },
  {
    name: 'one package missed among pinned ones',
    dockerfile: 'RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1',
    fires: 1
  },
  {
    name: 'a --virtual name is not a package',
    dockerfile:
      'RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 \\\n&& apk del build-dependencies',
    fires: 0
  },
  {
    name: '--repository URL and -X URL are not packages',
    dockerfile:
      'RUN apk add --no-cache --repository https://example.test/edge flow=0.78.0-r0 && apk add -X https://example.test/x b=1',
    fires: 0
  },
  { name: 'a local .apk file', dockerfile: 'RUN apk add mypackage-1.1.1.apk', fires: 0 }
])

ruleCases(DL3019, [
  { name: 'apk add without --no-cache', dockerfile: 'RUN apk add flex=2.6.4-r1', fires: 1 },
  { name: 'apk add --update without --no-cache', dockerfile: 'RUN apk add --update flex=2.6.4-r1', fires: 1 },
  { name: 'apk add --no-cache', dockerfile: 'RUN apk add --no-cache flex=2.6.4-r1', fires: 0 },
  { name: 'apk del', dockerfile: 'RUN apk del flex', fires: 0 },
  {
    name: 'a BuildKit cache mount on /var/cache/apk',
    dockerfile: 'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0',
    fires: 0
  },
  {
    name: 'a cache mount on another directory',
    dockerfile: 'RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0',
    fires: 1
  }
])

ruleCases(DL3013, [
  { name: 'pip2 unpinned', dockerfile: 'RUN pip2 install MySQL_python', fires: 1 },
  { name: 'pip3 unpinned', dockerfile: 'RUN pip3 install MySQL_python', fires: 1 },
  { name: 'pinned with ==', dockerfile: 'RUN pip3 install MySQL_python==1.2.2', fires: 0 },
  { name: 'pinned with ~= and ===', dockerfile: 'RUN pip install a~=1.2.2 b===1.0', fires: 0 },
  { name: 'a wheel and an sdist', dockerfile: 'RUN pip3 install mypkg.whl mypkg.tar.gz', fires: 0 },
  { name: 'a requirements file (-r)', dockerfile: 'RUN pip install -r requirements.txt', fires: 0 },
  {
    name: 'a requirements file (--requirement)',
    dockerfile: 'RUN pip install --requirement r.txt',
    fires: 0
  },
  { name: 'the local project', dockerfile: 'RUN pip install .', fires: 0 },
  {
    name: 'value flags are not packages',
    dockerfile: 'RUN pip3 install --prefix /opt/y --target /t yamllint==1.20.0',
    fires: 0
  },
  {
    name: '--index-url and --extra-index-url with basic auth',
    dockerfile:
      'RUN pip install --index-url https://user:pass@example.test/foo --extra-index-url https://example.test/x foobar==1.0.0',
    fires: 0
  },
  { name: 'python -m pip pinned', dockerfile: 'RUN python -m pip install example==1.2.2', fires: 0 },
  {
    name: 'python -m pip unpinned',
    dockerfile: 'RUN python -m pip install --index-url url example',
    fires: 1
  },
  {
    name: 'a git URL with a tag',
    dockerfile: 'RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext',
    fires: 0
  },
  {
    name: 'a git URL without a tag',
    dockerfile: 'RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext',
    fires: 1
  },
  { name: 'quoted bounds', dockerfile: "RUN pip install 'alabaster>=0.7' 'b<0.7' 'c!=0.7'", fires: 0 },
  { name: 'a constraints file', dockerfile: 'RUN pip install pykafka -c http://foo.test/c.txt', fires: 0 },
  {
    name: 'flags after the package',
    dockerfile: 'RUN pip install MySQL_python==1.2.2 --user --no-cache-dir',
    fires: 0
  }
])

ruleCases(DL3042, [
  { name: 'pip without --no-cache-dir', dockerfile: 'RUN pip install MySQL_python', fires: 1 },
  { name: 'pip3 --no-cache-dir', dockerfile: 'RUN pip3 install --no-cache-dir MySQL_python', fires: 0 },
  { name: 'pipx is not pip', dockerfile: 'RUN pipx install software', fires: 0 },
  { name: 'pipenv is not pip', dockerfile: 'RUN pipenv install library', fires: 0 },
  {
    name: 'ENV PIP_NO_CACHE_DIR=1',
    dockerfile: 'ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python',
    fires: 0,
    onbuild: false
  },
  {
    name: 'ENV PIP_NO_CACHE_DIR=off',
    dockerfile: 'ENV PIP_NO_CACHE_DIR=off\nRUN pip install x',
    fires: 1,
    onbuild: false
  },
  { name: 'RUN PIP_NO_CACHE_DIR=yes pip …', dockerfile: 'RUN PIP_NO_CACHE_DIR=yes pip install x', fires: 0 },
  {
    name: 'export PIP_NO_CACHE_DIR=true',
    dockerfile: 'RUN export PIP_NO_CACHE_DIR=true && pip install x',
    fires: 0
  },
  { name: 'RUN PIP_NO_CACHE_DIR=0 pip …', dockerfile: 'RUN PIP_NO_CACHE_DIR=0 pip install x', fires: 1 },
  {
    name: 'ENV inherited from the parent stage',
    dockerfile: 'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six',
    fires: 0,
    onbuild: false
  },
  {
    name: 'ENV in an unrelated stage',
    dockerfile: 'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six',
    fires: 1,
    onbuild: false
  }
])
