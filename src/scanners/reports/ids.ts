/**
 * Distro advisories (DSA, RHSA, USN, ALAS, ELSA…) each cover several CVEs: RHSA-2019:2304 fixes
 * both CVE-2019-1559 and CVE-2018-0734 in openssl-libs. Linking through them would fold distinct
 * CVEs into one finding, so they stay aliases but never join two vulnerabilities.
 */
const ADVISORY_BUNDLE =
  /^(DSA|DLA|DTSA|RHSA|RHBA|RHEA|CESA|USN|ALAS\d*|ALSA|ELSA|RLSA|SUSE-[A-Z]U|OPENSUSE-SU|FEDORA|MGASA|GLSA|PHSA|TSSA|OESA)-/

export function normalizeId(id: string): string {
  return id.trim().toUpperCase()
}

/**
 * The ids that identify a match for grouping, from all of its ids normalized (its own first): its
 * own id and its aliases (CVE ↔ GHSA ↔ distro ids) except advisory bundles. A match whose aliases
 * name two or more CVEs is an advisory in its own right and links by its own id only.
 */
export function linkIds(normalized: readonly string[]): string[] {
  const own = normalized[0]
  const ids = [own]
  let cves = own.startsWith('CVE-') ? 1 : 0
  for (let i = 1; i < normalized.length; i++) {
    const id = normalized[i]
    if (ids.includes(id) || ADVISORY_BUNDLE.test(id)) continue
    if (id.startsWith('CVE-')) cves++
    ids.push(id)
  }
  return cves > 1 ? [own] : ids
}

/** The finding's `rule`: a CVE id if any, else the first GHSA, else the first scanner's id. */
export function primaryId(linked: readonly string[]): string {
  let ghsa: string | undefined
  for (const id of linked) {
    if (id.startsWith('CVE-')) return id
    if (ghsa === undefined && id.startsWith('GHSA-')) ghsa = id
  }
  return ghsa ?? linked[0]
}

/**
 * How an id is shown, given its normalized form: CVE ids upper case, GHSA ids as GitHub writes
 * them (`GHSA-xxxx-xxxx-xxxx`); others as the scanner did.
 */
export function displayId(id: string, normalized: string): string {
  if (normalized.startsWith('CVE-')) return normalized
  const trimmed = id.trim()
  return normalized.startsWith('GHSA-') ? `GHSA-${trimmed.slice(5).toLowerCase()}` : trimmed
}
