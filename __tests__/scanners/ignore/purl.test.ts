import { parsePurl } from '../../../src/scanners/ignore/purl.js'

describe('parsePurl', () => {
  it('splits type, namespace, name and version, decoding percent-escapes', () => {
    expect(parsePurl('pkg:golang/github.com/aquasecurity/aaa@9.9.9')).toEqual({
      type: 'golang',
      namespace: 'github.com/aquasecurity',
      name: 'aaa',
      version: '9.9.9'
    })
    expect(parsePurl('pkg:npm/%40angular/core@17.0.0')).toEqual({
      type: 'npm',
      namespace: '@angular',
      name: 'core',
      version: '17.0.0'
    })
    expect(parsePurl('pkg:deb/debian/libssl1.1')).toEqual({
      type: 'deb',
      namespace: 'debian',
      name: 'libssl1.1'
    })
  })

  it('does not take an @ before the last slash as the version', () => {
    expect(parsePurl('pkg:npm/@angular/core')).toEqual({ type: 'npm', namespace: '@angular', name: 'core' })
  })

  it('keeps qualifiers and subpath so the matcher can refuse what it cannot check', () => {
    expect(parsePurl('PKG:RPM/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25#docs')).toEqual({
      type: 'rpm',
      namespace: 'fedora',
      name: 'curl',
      version: '7.50.3-1.fc25',
      qualifiers: 'arch=i386&distro=fedora-25',
      subpath: 'docs'
    })
  })

  it('explains what is wrong with a malformed purl', () => {
    expect(parsePurl('npm/lodash')).toEqual({
      error: 'not a package URL (it must start with `pkg:`): "npm/lodash"'
    })
    expect(parsePurl('pkg:lodash')).toEqual({
      error: 'not a package URL (it needs a type and a name, e.g. `pkg:npm/lodash`): "pkg:lodash"'
    })
    expect(parsePurl('pkg:npm/%E0%A4%A')).toEqual({
      error: 'not a package URL (a percent-escape is broken): "pkg:npm/%E0%A4%A"'
    })
  })
})
