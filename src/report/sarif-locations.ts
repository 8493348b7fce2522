import type { EvaluatedFinding, SourceLocation } from '../model/finding.js'
import type { GateResult } from '../model/result.js'
import { BUILTIN_POLICY_LABEL } from '../policy/builtin.js'
import { TOOL_NAME } from '../model/rule.js'
import { isWorkspacePath } from './common.js'
import type { SarifLocation, SarifRegion } from './sarif.js'

export type Repo = (image: string) => string
export type Locator = (finding: EvaluatedFinding) => SarifLocation

/**
 * GitHub rejects results without a physical location, so every result gets one:
 * 1. the finding's own file and line;
 * 2. for policy findings, the policy file;
 * 3. in a run with one Dockerfile and at most one image, that Dockerfile (it built the image);
 * 4. otherwise a pseudo-path `image/<registry>/<repository>` (tag and digest dropped so alerts survive
 *    rebuilds; the full reference is in the logical location). GitHub accepts relative URIs that match
 *    no file, as Grype's `image//lib/apk/db/installed` shows; the alert then has no source preview.
 */
export function makeLocator(result: GateResult, prefix: string, repoOf: Repo): Locator {
  const uriOf = memo((file: string) => fileUri(isWorkspacePath(file) ? prefix + file : file))
  const imageUriOf = memo((image: string) => fileUri(`image/${repoOf(image)}`))
  const atLineOne = (file: string): SarifLocation => ({
    physicalLocation: { artifactLocation: { uri: uriOf(file) }, region: { startLine: 1 } }
  })
  const policy = policyFile(result)
  const [dockerfile] = result.dockerfiles.filter(isWorkspacePath)
  const builtFrom = result.dockerfiles.length === 1 && result.images.length <= 1 ? dockerfile : undefined
  // Neither file nor image: the policy that judged it, any Dockerfile, or a name for the tool itself.
  const fallback = policy ?? dockerfile ?? TOOL_NAME
  return finding => {
    const loc = finding.location
    if (loc) {
      return { physicalLocation: { artifactLocation: { uri: uriOf(loc.file) }, region: toRegion(loc) } }
    }
    if (finding.check === 'policy' && policy) return atLineOne(policy)
    if (builtFrom) return atLineOne(builtFrom)
    if (!finding.image) return atLineOne(fallback)
    const image = finding.image
    return {
      physicalLocation: {
        artifactLocation: { uri: imageUriOf(image) },
        region: { startLine: 1 }
      },
      logicalLocations: [{ name: image, fullyQualifiedName: image, kind: 'resource' }]
    }
  }
}

/** Caches a pure string function for one run: images and files repeat across thousands of findings. */
export function memo(fn: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>()
  return key => {
    let value = cache.get(key)
    if (value === undefined) cache.set(key, (value = fn(key)))
    return value
  }
}

function toRegion(loc: SourceLocation): SarifRegion {
  const region: SarifRegion = { startLine: positive(loc.line) ?? 1 }
  if (positive(loc.line) && positive(loc.column)) region.startColumn = loc.column
  const endLine = positive(loc.endLine)
  if (positive(loc.line) && endLine && endLine >= region.startLine) {
    region.endLine = endLine
    const endColumn = positive(loc.endColumn)
    if (endColumn && (endLine > region.startLine || endColumn >= (region.startColumn ?? 1)))
      region.endColumn = endColumn
  }
  return region
}

/** The policy file, when the policy came from one inside the workspace (not the built-in default). */
function policyFile(result: GateResult): string | undefined {
  const source = result.policySource
  return source !== BUILTIN_POLICY_LABEL && isWorkspacePath(source) ? source : undefined
}

/** A relative URI: segments percent-encoded, so `:` never reads as a scheme nor `..` as a step up. */
function fileUri(path: string): string {
  return path
    .split('/')
    .map(segment =>
      segment === '.' || segment === '..' ? segment.replace(/\./g, '%2E') : encodeURIComponent(segment)
    )
    .join('/')
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined
}
