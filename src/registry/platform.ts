import { ConfigError } from '../errors.js'
import type { Descriptor, ImageIndex, Platform } from './manifest.js'

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' }

const PART = /^[a-z0-9._-]+$/

/** `os/arch[/variant]`, as docker and the policy write it; a bad value is a configuration error. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().toLowerCase().split('/')
  if (parts.length < 2 || parts.length > 3 || !parts.every(p => PART.test(p))) {
    throw new ConfigError(
      `invalid platform "${text}": write os/architecture[/variant], e.g. linux/amd64 or linux/arm/v7`
    )
  }
  return { os: parts[0], architecture: parts[1], variant: parts[2] }
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

// The variant an architecture implies when none is written (containerd's platforms.Normalize).
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7' }

function variantOf(platform: Platform): string | undefined {
  return platform.variant ?? DEFAULT_VARIANT[platform.architecture]
}

/** The index entry for `wanted`: same os and architecture, and the same variant once defaults are applied. */
export function selectPlatform(index: ImageIndex, wanted: Platform): Descriptor | undefined {
  return index.manifests.find(
    d =>
      d.platform !== undefined &&
      d.platform.os === wanted.os &&
      d.platform.architecture === wanted.architecture &&
      variantOf(d.platform) === variantOf(wanted)
  )
}

/** The platforms an index offers, for the "not available" message. */
export function availablePlatforms(index: ImageIndex): string[] {
  return index.manifests
    .flatMap(d => (d.platform && d.platform.os !== 'unknown' ? [formatPlatform(d.platform)] : []))
    .filter((p, i, all) => all.indexOf(p) === i)
}
