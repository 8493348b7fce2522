import { describe, expect, it } from '@jest/globals'
import { grantsWorldWrite, IG208, IG209, IG210 } from '../../../src/checks/lint/rules/shell/imagegate.js'
import { ruleCases } from './helpers.js'

ruleCases(IG208, [
  { name: 'curl | sh', dockerfile: 'RUN curl -fsSL https://get.example.test | sh', fires: 1 },
  {
    name: 'wget -O- | sudo bash -s',
    dockerfile: 'RUN wget -qO- https://x.test/i.sh | sudo -E bash -s -- --yes',
    fires: 1
  },
  {
    name: 'curl | tee | /bin/bash',
    dockerfile: 'RUN curl -sL https://x.test/i.sh | tee /tmp/i.sh | /bin/bash',
    fires: 1
  },
  { name: 'sh -c "$(curl …)"', dockerfile: 'RUN sh -c "$(curl -fsSL https://x.test/install.sh)"', fires: 1 },
  { name: 'bash <(wget -O- …)', dockerfile: 'RUN bash <(wget -qO- https://x.test/install.sh)', fires: 1 },
  {
    name: 'inside a heredoc script',
    dockerfile: 'RUN <<EOF\ncurl -fsSL https://x.test | sh\nEOF',
    fires: 1,
    onbuild: false
  },
  { name: 'curl | tar', dockerfile: 'RUN curl -fsSL https://x.test/a.tgz | tar xz', fires: 0 },
  {
    name: 'download, verify, run',
    dockerfile:
      'RUN curl -fsSLo /tmp/i.sh https://x.test/i.sh \\\n && echo "abc  /tmp/i.sh" | sha256sum -c - \\\n && sh /tmp/i.sh',
    fires: 0
  },
  {
    name: 'the shell before the download',
    dockerfile: 'RUN sh -c "echo hi" | curl -d @- https://x.test',
    fires: 0
  }
])

ruleCases(IG209, [
  { name: 'chmod 777', dockerfile: 'RUN chmod 777 /app', fires: 1 },
  { name: 'chmod -R 0777', dockerfile: 'RUN chmod -R 0777 /app', fires: 1 },
  { name: 'chmod a+rwx', dockerfile: 'RUN chmod a+rwx /app/run.sh', fires: 1 },
  { name: 'chmod 666', dockerfile: 'RUN chmod 666 /etc/app.conf', fires: 1 },
  { name: 'sudo -u root chmod 777', dockerfile: 'RUN sudo -u root chmod 777 /srv', fires: 1 },
  { name: 'chmod 755', dockerfile: 'RUN chmod 755 /app/run.sh', fires: 0 },
  { name: 'chmod 1777 on /tmp (sticky)', dockerfile: 'RUN chmod 1777 /tmp', fires: 0 },
  { name: 'chmod +x', dockerfile: 'RUN chmod +x /app/run.sh', fires: 0 }
])

ruleCases(IG210, [
  { name: 'apt-get upgrade', dockerfile: 'RUN apt-get update && apt-get upgrade -y', fires: 1 },
  { name: 'apt-get -y dist-upgrade', dockerfile: 'RUN apt-get -y dist-upgrade', fires: 1 },
  { name: 'apt full-upgrade', dockerfile: 'RUN apt full-upgrade -y', fires: 1 },
  {
    name: 'sudo apt-get upgrade',
    dockerfile: 'RUN sudo DEBIAN_FRONTEND=noninteractive apt-get upgrade -y',
    fires: 1
  },
  {
    name: 'apt-get install --only-upgrade',
    dockerfile: 'RUN apt-get install -y --only-upgrade openssl=3.0.15',
    fires: 0
  },
  { name: 'echo upgrade', dockerfile: 'RUN echo apt-get upgrade', fires: 0 }
])

describe('grantsWorldWrite', () => {
  it.each(['777', '0777', '766', '662', '2777', 'o+w', 'a=rwx', 'u+x,o+w', 'go+w'])(
    '%s lets others write',
    mode => {
      expect(grantsWorldWrite(mode)).toBe(true)
    }
  )
  it.each(['755', '0644', '1777', '3777', 'u+w', '+w', 'ug+rw', 'o-w', 'o+t,o+w', 'g+s'])(
    '%s does not',
    mode => {
      expect(grantsWorldWrite(mode)).toBe(false)
    }
  )
})
