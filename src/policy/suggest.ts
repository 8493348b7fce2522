/** Edit distance (insert, delete, substitute), small inputs only: policy keys and values. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution)
    }
    previous = current
  }
  return previous[b.length]
}

/**
 * The candidate a typo most likely meant, or undefined when nothing is close. Case is ignored
 * (`failon` → `failOn`); the allowed distance grows with the word so short words don't match
 * everything.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(Math.max(word.length, candidate.length) / 3))
    // The distance is at least the difference in length: skip the quadratic work (a 10 MB key) early.
    if (Math.abs(word.length - candidate.length) > limit) continue
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase())
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance }
  }
  return best?.candidate
}
