import { errorMessage } from '../errors.js'

const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+)?\+json/

/**
 * The JSON of a trusted_root.json, checked for what it claims to be. Kept apart from the full parse
 * (trusted-root.ts, which needs sigstore-js) so that loading a policy does not load the verifier.
 */
export function trustedRootJson(text: string): { mediaType: string } {
  let json: { mediaType?: unknown }
  try {
    json = JSON.parse(text) as { mediaType?: unknown }
  } catch (error) {
    throw new Error(`it is not JSON (${errorMessage(error)})`)
  }
  if (typeof json?.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(json.mediaType)) {
    throw new Error(
      'it is not a Sigstore trusted root (mediaType application/vnd.dev.sigstore.trustedroot+json)'
    )
  }
  return json as { mediaType: string }
}
