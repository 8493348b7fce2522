import { parseGrypeReport } from '../../../src/scanners/reports/index.js'
import { syntheticReport } from './helpers.js'

const image = () => parseGrypeReport(syntheticReport('grype-image.json'), 'grype report shop')

describe('parseGrypeReport (current shape)', () => {
  it('names the scanner version and the image', () => {
    expect(image()).toMatchObject({
      scanner: 'grype',
      scannerVersion: '0.94.0',
      artifact: 'registry.example/shop:1.0'
    })
  })

  it('reads severity, fix, CVSS, EPSS, KEV, locations and the advisory', () => {
    expect(image().matches[0]).toEqual({
      scanner: 'grype',
      id: 'CVE-2024-0001',
      aliases: [],
      packageName: 'libexample1',
      installedVersion: '1.0-1',
      packageType: 'deb',
      severity: 'critical',
      fixedVersions: ['1.0-1+deb12u1'],
      fixState: 'fixed',
      // The same source's v3.1 score outranks its v2 10.0.
      cvss: 9.8,
      epss: 0.42,
      knownExploited: true,
      locations: ['/var/lib/dpkg/status'],
      url: 'https://security-tracker.debian.org/tracker/CVE-2024-0001'
    })
  })

  it('takes related vulnerabilities as aliases and the purl type over the artifact type', () => {
    expect(image().matches[1]).toMatchObject({
      id: 'GHSA-aaaa-bbbb-cccc',
      aliases: ['CVE-2024-1000'],
      packageType: 'maven',
      knownExploited: false,
      url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc'
    })
    expect(image().matches[1].epss).toBeUndefined()
  })

  it('maps fix.state "" to unknown and Negligible to info', () => {
    expect(
      image()
        .matches.slice(2)
        .map(m => [m.id, m.severity, m.fixState, m.knownExploited])
    ).toEqual([
      ['CVE-2024-0003', 'info', 'unknown', undefined],
      ['CVE-2024-0004', 'medium', 'wont-fix', undefined]
    ])
  })
})

describe('parseGrypeReport (Grype 0.7 shape)', () => {
  const old = () => parseGrypeReport(syntheticReport('grype-old.json'), 'grype report old')

  it('reads fixedInVersion, cvssV2 and links, and ignores the matchDetails object', () => {
    expect(old().matches[0]).toMatchObject({
      id: 'CVE-2020-0200',
      severity: 'info',
      fixedVersions: ['2.1-3'],
      fixState: 'fixed',
      cvss: 5,
      url: 'https://security-tracker.debian.org/tracker/CVE-2020-0200'
    })
  })

  it('reads no fix information as unknown, and a directory target as the artifact', () => {
    const report = old()
    expect(report.matches[1]).toMatchObject({ fixedVersions: [], fixState: 'unknown', locations: [] })
    expect(report.artifact).toBe('/srv/app')
  })
})

describe('parseGrypeReport (empty)', () => {
  it.each(['{"matches":[]}', '{"matches":null,"source":{"type":"unknown","target":""}}'])(
    'reads %s as no findings',
    text => {
      expect(parseGrypeReport(text, 'x')).toMatchObject({ matches: [], secrets: [], entryCount: 0 })
    }
  )

  it('folds one vulnerability listed twice for the same package version', () => {
    const match = (path: string) => ({
      vulnerability: { id: 'CVE-2021-1', severity: 'High' },
      artifact: { name: 'libc6', version: '2.28', locations: [{ path }] }
    })
    const report = parseGrypeReport(JSON.stringify({ matches: [match('/a'), match('/b'), match('/a')] }), 'x')
    expect(report.matches.map(m => m.locations)).toEqual([['/a', '/b']])
    expect(report.entryCount).toBe(3)
  })
})
