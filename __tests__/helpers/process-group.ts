/** True while any process of the group `pgid` exists (zombies count until init reaps them). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits until `condition` holds; throws after `ms`. */
export async function until(condition: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}
