import type { ImageSource } from '../image/source.js'
import type { ScannerName } from '../model/finding.js'

/** The image argument(s) in each scanner's own syntax. */
export function scannerTarget(scanner: ScannerName, source: ImageSource): string[] {
  switch (source.kind) {
    case 'reference':
      return [source.reference]
    case 'docker-archive':
      return scanner === 'trivy' ? ['--input', source.path] : [`docker-archive:${source.path}`]
    case 'oci-layout':
      // Trivy reads `DIR:tag` for a tagged image in a layout; Grype's oci-dir takes the layout's only image.
      if (scanner === 'trivy') return ['--input', source.tag ? `${source.path}:${source.tag}` : source.path]
      return [`oci-dir:${source.path}`]
  }
}
