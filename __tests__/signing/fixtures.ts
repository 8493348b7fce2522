// Reads the REAL Sigstore vectors in ../shared/fixtures/sigstore in place (see PROVENANCE.md there);
// nothing is copied into the project.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileSignaturePolicy } from '../../src/signing/policy.js'
import { parseTrustedRoot } from '../../src/signing/trusted-root.js'
import type { CompiledSignaturePolicy, LegacySignatureInput } from '../../src/signing/types.js'
import type { SignaturePolicy } from '../../src/policy/types.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const SIGSTORE_FIXTURES = path.resolve(here, '../../../shared/fixtures/sigstore')
export const HAVE_FIXTURES = existsSync(SIGSTORE_FIXTURES)

if (!HAVE_FIXTURES) {
  console.warn(`NOTICE: ${SIGSTORE_FIXTURES} is absent; the Sigstore conformance tests are skipped.`)
}

export const fixturePath = (...parts: string[]): string => path.join(SIGSTORE_FIXTURES, ...parts)

export function fixtureRoot() {
  return parseTrustedRoot(readFileSync(fixturePath('cosign-trusted_root_pgi.json'), 'utf8'))
}

/** A containers/image `signature-1` split file as the layer a `.sig` manifest would carry. */
export function legacyFixture(folder: string): { input: LegacySignatureInput; digest: string } {
  const json = JSON.parse(readFileSync(fixturePath(folder, 'signature-1.sigstore.json'), 'utf8')) as {
    payload: string
    annotations: Record<string, string>
  }
  const manifest = readFileSync(fixturePath(folder, 'manifest.json'))
  return {
    input: {
      format: 'legacy',
      payload: Buffer.from(json.payload, 'base64'),
      annotations: json.annotations,
      source: folder
    },
    digest: `sha256:${createHash('sha256').update(manifest).digest('hex')}`
  }
}

export function signaturePolicy(
  partial: Partial<SignaturePolicy>,
  policyDir = SIGSTORE_FIXTURES
): CompiledSignaturePolicy {
  return compileSignaturePolicy(
    { required: true, authorities: [], images: [], threshold: 1, verifier: 'native', ...partial },
    { policyDir, file: 'policy.yml' }
  )
}

/** Flips one bit of the byte at `index` (negative: from the end). */
export function flip(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes)
  const i = index < 0 ? copy.length + index : index
  copy[i] ^= 0x01
  return copy
}
