import type { EvaluatedFinding } from '../model/finding.js'
import type { BaseComparison, ImageSummary } from '../model/result.js'
import { emptyCounts } from '../model/severity.js'

/** One summary per image the vulnerability check reported on (or compared), in `images` order. */
export function summarizeImages(
  images: string[],
  evaluated: EvaluatedFinding[],
  bases: ReadonlyMap<string, BaseComparison>
): ImageSummary[] {
  const byImage = new Map<string, ImageSummary>()
  const summaryOf = (image: string): ImageSummary => {
    let summary = byImage.get(image)
    if (!summary) {
      summary = { image, counts: emptyCounts(), blockingCount: 0, suppressedCount: 0 }
      byImage.set(image, summary)
    }
    return summary
  }
  // A compared image gets its row even when it has no finding left: its base may have had some.
  for (const [image, base] of bases) summaryOf(image).base = base
  for (const f of evaluated) {
    if (f.check !== 'vulnerabilities' || f.image === undefined) continue
    const summary = summaryOf(f.image)
    if (f.suppressedBy) summary.suppressedCount++
    else summary.counts[f.severity]++
    if (f.blocking) summary.blockingCount++
  }
  return images.flatMap(image => byImage.get(image) ?? [])
}
