/** Just enough semver for "is this scanner inside the tested range": numeric major.minor.patch. */
export function parseVersion(text: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim())
  if (!match) return undefined
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
}

/** Negative when a < b, 0 when equal, positive when a > b. Pre-release suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a)
  const right = parseVersion(b)
  if (!left || !right) throw new Error(`cannot compare versions '${a}' and '${b}'`)
  for (let i = 0; i < 3; i++) {
    if (left[i] !== right[i]) return left[i] - right[i]
  }
  return 0
}

/** True when `min <= version < below`; false for a version that does not parse. */
export function inTestedRange(version: string, range: { min: string; below: string }): boolean {
  if (!parseVersion(version)) return false
  return compareVersions(version, range.min) >= 0 && compareVersions(version, range.below) < 0
}
