// SYNTHETIC results: per-image digests and signature status in every report format.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { GateResult } from '../../src/model/result.js'
import { imageStatusTable } from '../../src/report/comment-parts.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { renderSummaryMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { sampleResult } from '../fixtures/report/sample-result.js'

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormatsModule.default(ajv)
const validate = ajv.compile(schema)

const SIGNED = `sha256:${'ab'.repeat(32)}`
const UNSIGNED = `sha256:${'cd'.repeat(32)}`
const FINGERPRINT = `sha256:${'ef'.repeat(32)}`

function withDetails(): GateResult {
  const base = sampleResult()
  return {
    ...base,
    images: ['ghcr.io/acme/app:1.0', 'ghcr.io/acme/app:latest'],
    checks: [
      ...base.checks.filter(c => c.id !== 'signatures'),
      {
        id: 'signatures',
        title: 'Image signatures',
        status: 'failed',
        required: true,
        durationMs: 5,
        findingCount: 1,
        blockingCount: 1
      }
    ],
    imageDetails: [
      {
        image: 'ghcr.io/acme/app:1.0',
        digest: SIGNED,
        manifestDigest: SIGNED,
        signature: {
          status: 'verified',
          summary: 'verified by release',
          verifiedBy: [
            {
              authority: 'release',
              format: 'legacy',
              source: 'sha256-ab.sig layer 1',
              signer: `key ${FINGERPRINT}`
            }
          ]
        }
      },
      {
        image: 'ghcr.io/acme/app:latest',
        digest: UNSIGNED,
        manifestDigest: UNSIGNED,
        signature: { status: 'not-verified', summary: 'no signatures found for this digest', verifiedBy: [] }
      }
    ]
  }
}

describe('per-image digest and signature status', () => {
  it('is in the JSON report, which still validates', () => {
    const report = buildJsonReport(withDetails())
    expect(validate(report)).toBe(true)
    expect(report.imageDetails?.map(d => [d.digest, d.signature?.status])).toEqual([
      [SIGNED, 'verified'],
      [UNSIGNED, 'not-verified']
    ])
  })

  it('is a table in the job summary: digest next to the image, who verified it, or why not', () => {
    const markdown = renderSummaryMarkdown(withDetails())
    expect(markdown).toContain('### Images')
    expect(markdown).toContain(
      `| \`ghcr.io/acme/app:1.0\` | \`${SIGNED}\` | ✅ verified: legacy signature, release (key ${FINGERPRINT}) |`
    )
    expect(markdown).toContain('❌ not verified: no signatures found for this digest')
  })

  it('is listed in the text report', () => {
    const text = renderText(withDetails(), { color: false })
    expect(text).toContain(`ghcr.io/acme/app:1.0 @ ${SIGNED}`)
    expect(text).toContain('signature: verified: verified by release')
  })

  it('fills the PR comment row: the resolved digest of a tag, and the per-image signature status', () => {
    const result = withDetails()
    expect(imageStatusTable(result, 'ghcr.io/acme/app:1.0')).toContain(
      `\`${SIGNED.slice(0, 19)}\` (tag, not pinned) | ✅ verified`
    )
    expect(imageStatusTable(result, 'ghcr.io/acme/app:latest')).not.toContain('✅ verified')
  })
})
