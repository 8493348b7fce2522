import { DL3028, DL3062 } from '../../../src/checks/lint/rules/shell/gem-go.js'
import { DL3016, DL3060 } from '../../../src/checks/lint/rules/shell/node.js'
import { ruleCases } from './helpers.js'

ruleCases(DL3016, [
  { name: 'npm install with the lock file', dockerfile: 'RUN npm install', fires: 0 },
  { name: 'npm install with only flags', dockerfile: 'RUN npm install --progress=false', fires: 0 },
  { name: 'pinned', dockerfile: 'RUN npm install express@4.1.1', fires: 0 },
  {
    name: 'pinned with scope and range',
    dockerfile: 'RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"',
    fires: 0
  },
  { name: 'pinned multiple, -g', dockerfile: 'RUN npm install -g express@"4.1.1" sax@0.1.1', fires: 0 },
  {
    name: 'tarballs and folders',
    dockerfile: 'RUN npm install p.tar p.tar.gz p.tgz /f ./f ../f ~/f',
    fires: 0
  },
  {
    name: 'git with a commit',
    dockerfile: 'RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27',
    fires: 0
  },
  { name: 'npm run install', dockerfile: 'RUN npm run --crazy install', fires: 0 },
  { name: 'unpinned', dockerfile: 'RUN npm install express', fires: 1 },
  { name: 'unpinned with scope', dockerfile: 'RUN npm install @myorg/privatepackage', fires: 1 },
  { name: 'unpinned among pinned', dockerfile: 'RUN npm install express sax@0.1.1', fires: 1 },
  { name: 'git without a commit', dockerfile: 'RUN npm install git://github.com/npm/npm.git', fires: 1 },
  {
    name: '--loglevel and --registry values',
    dockerfile: 'RUN npm install --loglevel verbose --registry https://example.test sax@0.1.1',
    fires: 0
  },
  {
    name: 'unpinned after --registry=URL',
    dockerfile: 'RUN npm install --registry=https://example.test express',
    fires: 1
  }
])

ruleCases(DL3060, [
  { name: 'yarn install without cache clean', dockerfile: 'RUN yarn install', fires: 1 },
  {
    name: 'yarn install then yarn cache clean',
    dockerfile: 'RUN yarn install && yarn cache clean',
    fires: 0
  },
  { name: 'no yarn install', dockerfile: 'RUN yarn build', fires: 0 },
  {
    name: 'in the last stage',
    dockerfile: 'FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install',
    fires: 1
  },
  {
    name: 'in a stage a later FROM builds on',
    dockerfile: 'FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!',
    fires: 1
  },
  {
    name: 'in a stage no image is built from',
    dockerfile: 'FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!',
    fires: 0,
    onbuild: false
  }
])

ruleCases(DL3028, [
  { name: 'gem i unpinned', dockerfile: 'RUN gem i bundler', fires: 1 },
  { name: 'gem i pinned', dockerfile: 'RUN gem i bundler:1', fires: 0 },
  { name: 'one of two unpinned', dockerfile: 'RUN gem i bundler:1 nokogiri', fires: 1 },
  { name: 'gem install unpinned', dockerfile: 'RUN gem install bundler', fires: 1 },
  { name: '-v', dockerfile: "RUN gem install bundler -v '2.0.1'", fires: 0 },
  {
    name: '--version and --version=',
    dockerfile: "RUN gem install a --version '2.0.1' && gem install b --version='2'",
    fires: 0
  },
  {
    name: 'build options after --',
    dockerfile: 'RUN gem install bundler:2.0.1 -- --use-system-libraries true',
    fires: 0
  },
  {
    name: 'build option with a value',
    dockerfile: 'RUN gem install bundler:2.0.1 --use-system-libraries true',
    fires: 0
  }
])

ruleCases(DL3062, [
  { name: 'go install without a version', dockerfile: 'RUN go install example.test/tool', fires: 1 },
  { name: 'go install @latest', dockerfile: 'RUN go install example.test/tool@latest', fires: 1 },
  { name: 'go install @version', dockerfile: 'RUN go install example.test/tool@v1.2.3', fires: 0 },
  { name: 'a local package', dockerfile: 'RUN go install ./cmd/tool', fires: 0 },
  { name: 'go build', dockerfile: 'RUN go build ./...', fires: 0 }
])
