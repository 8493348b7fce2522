import type { ImageConfig } from '../../registry/index.js'
import type { ImageConfigPolicy } from '../../policy/types.js'
import { shownName, type Violation } from './violation.js'

/** IG405: exposed ports below 1024 that the policy does not allow (`80/tcp`, `53/udp`, `443`). */
export function privilegedPorts(config: ImageConfig, allowed: number[]): Violation[] {
  const privileged = config.config.ExposedPorts.filter(entry => {
    const port = Number(/^(\d{1,5})(?:\/[a-z]+)?$/i.exec(entry.trim())?.[1] ?? NaN)
    return port > 0 && port < 1024 && !allowed.includes(port)
  })
  if (privileged.length === 0) return []
  const ports = privileged.map(shownName).join(', ')
  const message =
    `exposes privileged port(s) ${ports}, which only root (or CAP_NET_BIND_SERVICE) can bind; ` +
    'listen on a port from 1024 up (e.g. 8080) and map it in the orchestrator, or list the port in imageConfig.allowedPorts'
  return [{ rule: 'IG405', message }]
}

/** IG406: no HEALTHCHECK, or `HEALTHCHECK NONE`. */
export function missingHealthcheck(config: ImageConfig): Violation[] {
  const test = config.config.Healthcheck?.Test ?? []
  if (test.length > 0 && test[0] !== 'NONE') return []
  const message =
    "has no HEALTHCHECK; add `HEALTHCHECK CMD …` to the Dockerfile, or rely on the orchestrator's probes"
  return [{ rule: 'IG406', message }]
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Reproducible builds (SOURCE_DATE_EPOCH=0, ko, distroless, nix) date their images 1970-01-01. */
const EARLIEST_REAL_DATE = Date.UTC(1980, 0, 1)

/** IG407: `created` more than `maxAgeDays` ago. No date, or a reproducible-build date, is a note. */
export function imageAge(
  config: ImageConfig,
  maxAgeDays: number | undefined,
  now: Date
): { violations: Violation[]; note?: string } {
  if (maxAgeDays === undefined) return { violations: [] }
  const created = config.created === undefined ? NaN : Date.parse(config.created)
  if (Number.isNaN(created))
    return { violations: [], note: 'records no valid creation date; its age was not checked' }
  if (created < EARLIEST_REAL_DATE) {
    return {
      violations: [],
      note: 'has a reproducible-build creation date (before 1980); its age was not checked'
    }
  }
  const days = Math.floor((now.getTime() - created) / DAY_MS)
  if (days <= maxAgeDays) return { violations: [] }
  const date = new Date(created).toISOString().slice(0, 10)
  const message =
    `was created ${days} days ago (${date}), more than imageConfig.maxAgeDays (${maxAgeDays}); ` +
    'rebuild it on an updated base image'
  return { violations: [{ rule: 'IG407', message }] }
}

/** IG408: labels the policy requires that are absent or empty; one finding naming them all. */
export function missingLabels(
  config: ImageConfig,
  required: ImageConfigPolicy['requireLabels']
): Violation[] {
  const missing = required.filter(label => (config.config.Labels[label] ?? '').trim() === '')
  if (missing.length === 0) return []
  const flags = missing.map(label => `--label ${label}=…`).join(' ')
  const message = `lacks the label(s) ${missing.join(', ')}; build with docker/metadata-action's labels, or \`${flags}\``
  return [{ rule: 'IG408', message }]
}
