import type { ImageTarget } from '../image/source.js'
import type { ScannerName } from '../model/finding.js'

/** The image argument(s) in each scanner's own syntax. */
export function scannerTarget(scanner: ScannerName, target: ImageTarget): string[] {
  switch (target.kind) {
    case 'reference':
      // The digest the gate resolved, so the bytes scanned are the bytes checked, even if the tag moves.
      return [target.pinned ?? target.image]
    case 'docker-archive':
      return scanner === 'trivy' ? ['--input', target.path] : [`docker-archive:${target.path}`]
    case 'oci-layout':
      // Trivy reads `DIR:tag` for a tagged image in a layout; Grype's oci-dir takes the layout's only image.
      if (scanner === 'trivy') return ['--input', target.tag ? `${target.path}:${target.tag}` : target.path]
      return [`oci-dir:${target.path}`]
  }
}
