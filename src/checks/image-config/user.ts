import type { ImageConfig } from '../../registry/index.js'
import { shownName, type Violation } from './violation.js'

const FIX =
  'add a non-root user at the end of the Dockerfile, e.g. `USER 10001` (a numeric uid, so `runAsNonRoot` can verify it)'

/** IG401: no USER, or a user part (before any `:group`) that is uid 0 or `root`. */
export function rootUser(config: ImageConfig): Violation[] {
  const user = (config.config.User ?? '').trim()
  if (user === '') return [{ rule: 'IG401', message: `runs as root: its configuration sets no USER; ${FIX}` }]
  const name = user.split(':')[0].trim()
  if (name === '' || /^0+$/.test(name) || name === 'root') {
    return [{ rule: 'IG401', message: `runs as root (USER ${shownName(user)}); ${FIX}` }]
  }
  return []
}
