/** One ordered severity scale for every check, so one threshold language gates them all. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }

export function severityRank(severity: Severity): number {
  return RANK[severity]
}

/** True when `severity` is at or above `threshold`. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold]
}

export function compareSeverityDesc(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a]
}

export type SeverityCounts = Record<Severity, number>

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
}
