import { DL3030, DL3032, DL3033, DL3038, DL3040, DL3041 } from '../../../src/checks/lint/rules/shell/rpm.js'
import { DL3034, DL3035, DL3036, DL3037 } from '../../../src/checks/lint/rules/shell/zypper.js'
import { ruleCases } from './helpers.js'

ruleCases(DL3030, [
  { name: 'yum install without -y', dockerfile: 'RUN yum install httpd-2.4.24 && yum clean all', fires: 1 },
  { name: 'yum groupinstall without -y', dockerfile: 'RUN yum groupinstall "Development Tools"', fires: 1 },
  { name: 'yum install -y', dockerfile: 'RUN yum install -y httpd-2.4.24 && yum clean all', fires: 0 },
  { name: 'yum install --assumeyes', dockerfile: 'RUN yum install --assumeyes httpd-2.4.24', fires: 0 }
])

ruleCases(DL3032, [
  { name: 'yum install without clean', dockerfile: 'RUN yum install -y httpd-2.4.24', fires: 1 },
  { name: 'yum clean all', dockerfile: 'RUN yum install -y httpd-2.4.24 && yum clean all', fires: 0 },
  { name: 'no yum install', dockerfile: 'RUN yum makecache', fires: 0 }
])

ruleCases(DL3033, [
  { name: 'unpinned', dockerfile: 'RUN yum install -y tomcat && yum clean all', fires: 1 },
  {
    name: 'pinned',
    dockerfile: 'RUN yum install -y tomcat-9.2 openssl-1:1.1.1k gcc-c++-1.1.1 && yum clean all',
    fires: 0
  },
  { name: 'not a yum command', dockerfile: 'RUN bash -c `# not even a yum command`', fires: 0 },
  {
    name: 'module without a stream',
    dockerfile: 'RUN yum module install -y tomcat && yum clean all',
    fires: 1
  },
  {
    name: 'module with a stream',
    dockerfile: 'RUN yum module install -y tomcat:9 && yum clean all',
    fires: 0
  },
  {
    name: 'version in a declared ARG or ENV',
    dockerfile:
      'ARG GIT_VER=2.47.1\nENV VERSION=9.0.1\nRUN yum install -y "git-core-${GIT_VER}" tomcat-$VERSION',
    fires: 0
  }
])

ruleCases(DL3038, [
  { name: 'dnf install without -y', dockerfile: 'RUN dnf install httpd-2.4.24 && dnf clean all', fires: 1 },
  { name: 'microdnf install without -y', dockerfile: 'RUN microdnf install httpd-2.4.24', fires: 1 },
  { name: 'dnf install -y', dockerfile: 'RUN dnf install -y httpd-2.4.24 && dnf clean all', fires: 0 },
  { name: 'notdnf', dockerfile: 'RUN notdnf install httpd', fires: 0 }
])

ruleCases(DL3040, [
  { name: 'dnf install without clean', dockerfile: 'RUN dnf install -y mariadb-10.4', fires: 1 },
  { name: 'microdnf install without clean', dockerfile: 'RUN microdnf install -y mariadb-10.4', fires: 1 },
  {
    name: 'cleaning with the other tool does not count',
    dockerfile: 'RUN dnf install -y m-10.4 && microdnf clean all',
    fires: 1
  },
  { name: 'dnf clean all', dockerfile: 'RUN dnf install -y mariadb-10.4 && dnf clean all', fires: 0 },
  {
    name: 'rm -rf /var/cache/yum/*',
    dockerfile: 'RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*',
    fires: 0
  },
  { name: 'clean before install', dockerfile: 'RUN dnf clean all && dnf install -y mariadb-10.4', fires: 1 },
  { name: 'notdnf', dockerfile: 'RUN notdnf install mariadb', fires: 0 }
])

ruleCases(DL3041, [
  { name: 'unpinned', dockerfile: 'RUN dnf install -y tomcat && dnf clean all', fires: 1 },
  { name: 'a dash in the name is no version', dockerfile: 'RUN microdnf install -y rpm-sign', fires: 1 },
  {
    name: 'pinned',
    dockerfile: 'RUN dnf install -y tomcat-9.0.1 rpm-sign-4.16.1.3 gcc-c++-1.1.1 openssl-1:1.1.1k',
    fires: 0
  },
  { name: 'module without a stream', dockerfile: 'RUN dnf module install -y tomcat', fires: 1 },
  { name: 'module with a stream', dockerfile: 'RUN microdnf module install -y tomcat:9', fires: 0 },
  {
    name: 'version in a declared ARG or ENV',
    dockerfile:
      'ARG GIT_VER=2.47.1\nENV VERSION=9.0.1\nRUN dnf install -y "git-core-${GIT_VER}" tomcat-$VERSION',
    fires: 0
  },
  { name: 'notdnf', dockerfile: 'RUN notdnf install tomcat', fires: 0 }
])

ruleCases(DL3034, [
  {
    name: 'zypper install without -y',
    dockerfile: 'RUN zypper install httpd=2.4.24 && zypper clean',
    fires: 1
  },
  { name: 'zypper rm without -y', dockerfile: 'RUN zypper rm httpd', fires: 1 },
  { name: 'zypper install -y', dockerfile: 'RUN zypper install -y httpd=2.4.24 && zypper clean', fires: 0 },
  { name: 'zypper --no-confirm in', dockerfile: 'RUN zypper --no-confirm in httpd=2.4.24', fires: 0 },
  {
    name: '-n and --non-interactive',
    dockerfile: 'RUN zypper install -n a=1 && zypper --non-interactive in b=2',
    fires: 0
  }
])

ruleCases(DL3035, [
  { name: 'zypper dist-upgrade', dockerfile: 'RUN zypper dist-upgrade', fires: 1 },
  { name: 'zypper dup', dockerfile: 'RUN zypper dup', fires: 1 },
  { name: 'zypper install', dockerfile: 'RUN zypper install -y httpd=2.4.24', fires: 0 }
])

ruleCases(DL3036, [
  { name: 'zypper install without clean', dockerfile: 'RUN zypper install -y httpd=2.4.24', fires: 1 },
  {
    name: 'clean before install',
    dockerfile: 'RUN zypper clean && zypper install -y httpd=2.4.24',
    fires: 1
  },
  { name: 'zypper clean', dockerfile: 'RUN zypper install -y httpd=2.4.24 && zypper clean', fires: 0 },
  { name: 'zypper cc', dockerfile: 'RUN zypper in -y httpd=2.4.24 && zypper cc', fires: 0 }
])

ruleCases(DL3037, [
  { name: 'unpinned', dockerfile: 'RUN zypper install -y httpd && zypper clean', fires: 1 },
  {
    name: 'pinned with = and ranges',
    dockerfile: 'RUN zypper install -y httpd=2.4.24 "a>=1" "b<2" && zypper clean',
    fires: 0
  },
  { name: 'an .rpm file', dockerfile: 'RUN zypper install -y ./httpd-2.4.rpm', fires: 0 },
  {
    name: 'backslash-escaped ranges',
    dockerfile: 'RUN zypper install -y a\\>=9.0 b\\>9.0 c\\<=9.0 d\\<9.0 && zypper clean',
    fires: 0
  }
])
