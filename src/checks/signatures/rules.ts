import type { RuleInfo } from '../../model/rule.js'

/** The README's rule reference and `imagegate rules` are generated from this table. */
export const SIGNATURE_RULES: RuleInfo[] = [
  {
    id: 'IG300',
    severity: 'high',
    title: 'Image is not signed',
    description:
      'No signature was found for the digest the image resolved to: no cosign `sha256-<hex>.sig` tag and no ' +
      'Sigstore bundle among its referrers (or under the `sha256-<hex>` fallback tag). It blocks when ' +
      '`signatures.required` is true. Sign the digest that was built (`cosign sign IMAGE@sha256:…`).'
  },
  {
    id: 'IG301',
    severity: 'high',
    title: 'Image signature not verified',
    description:
      "Signatures were found, but none verified under the policy's `signatures.authorities` (or fewer " +
      'authorities than `signatures.threshold`). The finding gives the reason per signature: `bad-signature` ' +
      '(another key), `digest-mismatch` (signed for another image), `identity-mismatch`, `tlog-missing`, … ' +
      'It blocks when `signatures.required` is true.'
  },
  {
    id: 'IG302',
    severity: 'high',
    title: 'Image signatures cannot be checked',
    description:
      'The signatures of an image the policy covers could not be read or verified at all: the registry refused ' +
      'or failed while listing them, `cosign verify` could not run, or the image is a local layout or ' +
      'archive, whose signatures live in a registry. A required signature that cannot be checked blocks.'
  }
]
