import { errorMessage } from '../../errors.js'
import type { ImageReference } from '../../image/reference.js'
import { imageTargets, type Check, type CheckContext, type ImageFacts } from '../../model/check.js'
import type { Finding } from '../../model/finding.js'
import { ruleHelpUri } from '../../model/rule.js'
import { listBundleSignatures, listLegacySignatures, type RegistryClient } from '../../registry/index.js'
import {
  compileSignaturePolicy,
  loadRunTrustedRoots,
  policyAppliesTo,
  verifyImageSignatures,
  verifyWithCosign,
  type CompiledSignaturePolicy,
  type ImageSignatureResult,
  type RunTrustedRoots,
  type SignatureInput
} from '../../signing/index.js'
import { describeAcceptance, rejectionReasons, signatureStatus } from './describe.js'
import { SIGNATURE_RULES } from './rules.js'

export { SIGNATURE_RULES } from './rules.js'

/** How the run verifies: trusted-root refresh and the cosign fallback (action inputs, CLI flags). */
export interface SigningSettings {
  /** Refresh the public-good trusted root over TUF, bounded in time; absent: the bundled root. */
  refresh?: { cachePath: string; timeoutMs: number }
  /** Time limit of one `cosign verify` (`verifier: cosign`). */
  cosignTimeoutMs?: number
  /** The cosign executable; default `cosign` from PATH. */
  cosign?: string
}

export interface SignatureCheckServices {
  /** The run's shared registry client (the gate resolved the images through it). */
  registry: () => RegistryClient
  /** Compiled when the policy was loaded; compiled here (relative to the working directory) otherwise. */
  policy?: CompiledSignaturePolicy
  settings?: SigningSettings
}

type RuleId = 'IG300' | 'IG301' | 'IG302'

/** Verifies the signatures of every image the policy's `signatures` section covers, on the resolved digest. */
export function createSignatureCheck(services: SignatureCheckServices): Check {
  const compiled = (context: CheckContext): CompiledSignaturePolicy =>
    services.policy ??
    compileSignaturePolicy(context.policy.signatures, {
      policyDir: context.workingDirectory,
      file: 'policy'
    })
  const covered = (context: CheckContext) =>
    imageTargets(context).filter(t => policyAppliesTo(compiled(context), t.image))
  const wanted = (context: CheckContext) =>
    context.policy.signatures.required || context.policy.signatures.authorities.length > 0
  return {
    id: 'signatures',
    title: 'Image signatures',
    isRequired: context => context.images.length > 0 && context.policy.signatures.required,
    needsImageDigests: context => wanted(context) && covered(context).some(t => t.kind === 'reference'),
    async run(context) {
      if (!wanted(context)) {
        return { findings: [], skippedReason: 'the policy neither requires nor names signature authorities' }
      }
      const policy = compiled(context)
      const targets = covered(context)
      if (targets.length === 0) return { findings: [], skippedReason: 'no image the policy covers' }
      if (policy.authorities.length === 0) {
        throw new Error(
          'signatures.required is true but signatures.authorities is empty, so no signature can be ' +
            'accepted; add the key (key.path) or keyless identity that signs your images'
        )
      }
      const roots =
        policy.verifier === 'native'
          ? await loadRunTrustedRoots(policy, services.settings?.refresh)
          : undefined
      const verifier = new ImageVerifier(services.registry, policy, roots, services.settings)
      const results = await Promise.all(targets.map(t => verifier.check(context, t)))
      const notes = [...(roots?.sources.map(s => `Trusted root: ${s}`) ?? []), ...(roots?.notes ?? [])]
      return {
        findings: results.flatMap(r => r.findings),
        notes: [...notes, ...results.flatMap(r => r.notes)],
        imageFacts: results.map(r => r.facts)
      }
    }
  }
}

interface ImageOutcome {
  findings: Finding[]
  notes: string[]
  facts: ImageFacts
}

class ImageVerifier {
  constructor(
    private readonly registry: () => RegistryClient,
    private readonly policy: CompiledSignaturePolicy,
    private readonly roots: RunTrustedRoots | undefined,
    private readonly settings: SigningSettings | undefined
  ) {}

  async check(context: CheckContext, target: ReturnType<typeof imageTargets>[number]): Promise<ImageOutcome> {
    const { image } = target
    if (target.kind !== 'reference') {
      return cannotCheck(
        image,
        `${image} is a local image; its signatures live in a registry: verify the pushed image`
      )
    }
    try {
      const digest =
        context.resolved?.get(image)?.digest ?? (await this.registry().resolveDigest(target.reference))
      const result = await this.verify(image, target.reference, digest)
      return judged(image, digest, result)
    } catch (error) {
      return cannotCheck(image, `the signatures of ${image} cannot be checked: ${errorMessage(error)}`)
    }
  }

  private async verify(
    image: string,
    reference: ImageReference,
    digest: string
  ): Promise<ImageSignatureResult> {
    if (this.policy.verifier === 'cosign') {
      const pinned = `${reference.registry}/${reference.repository}@${digest}`
      return verifyWithCosign(image, pinned, digest, this.policy, {
        cosign: this.settings?.cosign,
        timeoutMs: this.settings?.cosignTimeoutMs ?? 120_000
      })
    }
    // Bundles (cosign 3) first, then legacy `.sig` layers; both are listed, whichever the signer used.
    const registry = this.registry()
    const [bundles, legacy, manifest] = await Promise.all([
      listBundleSignatures(registry, reference, digest),
      listLegacySignatures(registry, reference, digest),
      registry.getManifest(reference, digest)
    ])
    const signatures: SignatureInput[] = [
      ...bundles.signatures.map(s => ({ format: s.format, bundle: s.bundle, source: s.source })),
      ...legacy.signatures.map(s => ({
        format: s.format,
        payload: s.payload,
        annotations: s.annotations,
        source: s.source
      }))
    ]
    const roots = this.roots as RunTrustedRoots
    return verifyImageSignatures({ image, digest, signatures, manifest: manifest.bytes }, this.policy, {
      rootFor: path => roots.rootFor(path)
    })
  }
}

function judged(image: string, digest: string, result: ImageSignatureResult): ImageOutcome {
  const status = signatureStatus(result)
  const facts = { image, signature: status }
  if (result.verified) {
    const notes = status.verifiedBy.map(a => describeAcceptance(image, a))
    return { findings: [], notes, facts }
  }
  if (result.signatures.length === 0) {
    const message = `${image} (${digest}) has no signature: no cosign .sig tag and no Sigstore bundle refers to this digest; sign it (cosign sign IMAGE@${digest})`
    return { findings: [finding('IG300', message, image)], notes: [], facts }
  }
  const message = `${image} (${digest}): no signature verified under the policy's authorities: ${result.summary}; ${rejectionReasons(result)}`
  return { findings: [finding('IG301', message, image)], notes: [], facts }
}

function cannotCheck(image: string, message: string): ImageOutcome {
  return {
    findings: [finding('IG302', message, image)],
    notes: [],
    facts: { image, signature: { status: 'error', summary: message, verifiedBy: [] } }
  }
}

function finding(rule: RuleId, message: string, image: string): Finding {
  const info = SIGNATURE_RULES.find(r => r.id === rule)
  return {
    check: 'signatures',
    rule,
    severity: info?.severity ?? 'high',
    message,
    image,
    helpUri: ruleHelpUri(rule)
  }
}
