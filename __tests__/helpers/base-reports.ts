import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { REPO_ROOT } from '../policy/helpers.js'
import { STUB_SCANNER_CHILD_ENV } from './stub-scanner-env.js'

export const E2E_REPORTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'e2e-scan')
export const STUB_SCANNERS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'stub-scanners')

interface TrivyReport {
  ArtifactName: string
  Results: Array<{ Target: string; Vulnerabilities?: Array<Record<string, unknown>> }>
}
interface GrypeReport {
  matches: Array<{ vulnerability: Record<string, unknown>; artifact: Record<string, unknown> }>
}

/**
 * SYNTHETIC reports of a base image, made from the e2e-scan fixtures of the image itself: openssl at an
 * older version (the same CVE, so unchanged), expat's CVE-2021-5555 (medium, gone from the image: fixed)
 * and, unless `withLodash`, no lodash (so its CVE-2024-2222 is new in the image).
 */
export function writeBaseReports(
  baseImage: string,
  options: { withLodash: boolean }
): { trivy: string; grype: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'imagegate-base-reports-'))
  const trivy = JSON.parse(readFileSync(path.join(E2E_REPORTS, 'trivy.json'), 'utf8')) as TrivyReport
  trivy.ArtifactName = baseImage
  const os = trivy.Results[0]!
  const openssl = os.Vulnerabilities!.find(v => v.PkgName === 'openssl')!
  openssl.InstalledVersion = '3.0.0-r0'
  os.Vulnerabilities!.push({
    ...openssl,
    VulnerabilityID: 'CVE-2021-5555',
    PkgName: 'expat',
    InstalledVersion: '2.5.0-r0',
    FixedVersion: '2.6.3-r0',
    Title: 'expat: synthetic integer overflow',
    Severity: 'MEDIUM',
    CVSS: { nvd: { V3Score: 5.9 } }
  })
  if (!options.withLodash)
    trivy.Results = trivy.Results.filter(r => !(r.Vulnerabilities ?? []).some(v => v.PkgName === 'lodash'))

  const grype = JSON.parse(readFileSync(path.join(E2E_REPORTS, 'grype.json'), 'utf8')) as GrypeReport
  const match = grype.matches.find(m => m.artifact.name === 'openssl')!
  match.artifact.version = '3.0.0-r0'
  grype.matches.push({
    ...match,
    vulnerability: {
      ...match.vulnerability,
      id: 'CVE-2021-5555',
      severity: 'Medium',
      cvss: [],
      fix: { versions: ['2.6.3-r0'], state: 'fixed' }
    },
    artifact: { ...match.artifact, name: 'expat', version: '2.5.0-r0' }
  })
  if (!options.withLodash) grype.matches = grype.matches.filter(m => m.artifact.name !== 'lodash')

  const files = { trivy: path.join(dir, 'trivy-base.json'), grype: path.join(dir, 'grype-base.json') }
  writeFileSync(files.trivy, JSON.stringify(trivy))
  writeFileSync(files.grype, JSON.stringify(grype))
  return files
}

/** The stub scanners' environment for an image and its base (see the stubs' header comments). */
export function stubScannerEnv(baseImage: string, withLodash: boolean, root: string): Record<string, string> {
  const base = writeBaseReports(baseImage, { withLodash })
  return {
    ...STUB_SCANNER_CHILD_ENV,
    HOME: root,
    XDG_CACHE_HOME: path.join(root, '.cache'),
    IMAGEGATE_STUB_TRIVY_REPORT: path.join(E2E_REPORTS, 'trivy.json'),
    IMAGEGATE_STUB_GRYPE_REPORT: path.join(E2E_REPORTS, 'grype.json'),
    IMAGEGATE_STUB_BASE_IMAGE: baseImage,
    IMAGEGATE_STUB_TRIVY_BASE_REPORT: base.trivy,
    IMAGEGATE_STUB_GRYPE_BASE_REPORT: base.grype
  }
}
