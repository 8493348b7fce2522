import { tryParseImageReference } from '../../../../image/reference.js'
import { dropQuotes, flagOf, instructionsByKeyword, violationAt, violationOn } from '../../ast-helpers.js'
import { copyArguments } from '../../copy-arguments.js'
import type { LintRule } from '../../types.js'
import { copiesFrom, isUrl, namesEarlierStage } from '../dockerfile/copy.js'

export const IG203: LintRule = {
  id: 'IG203',
  level: 'warning',
  title: 'ADD of a remote URL without --checksum',
  description:
    '`ADD https://…` downloads whatever the server returns at build time. Pin the content with ' +
    '`ADD --checksum=sha256:<hex> https://…` (BuildKit 1.6+), so a changed or compromised download fails the build.',
  check: context =>
    instructionsByKeyword(context, 'ADD', { onbuild: true }).flatMap(({ instruction }) => {
      const url = copyArguments(instruction).sources.find(isUrl)
      if (url === undefined || flagOf(instruction, 'checksum')?.getValue()) return []
      return [
        violationOn(
          instruction,
          `ADD ${dropQuotes(url)} has no --checksum; pin the download with --checksum=sha256:…`
        )
      ]
    })
}

/** File names that are credentials or repository internals, never image content. */
const SENSITIVE_FILES: Array<{ what: string; test: (name: string) => boolean }> = [
  {
    what: 'an environment file',
    test: name => name === '.env' || /^\.env\.(?!example$|sample$|template$)/.test(name)
  },
  { what: 'an SSH private key', test: name => /^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(name) },
  { what: 'a PEM key or certificate bundle', test: name => name.endsWith('.pem') },
  { what: 'the git directory', test: name => name === '.git' }
]

function sensitiveFile(source: string): string | undefined {
  const name = dropQuotes(source).replace(/\/+$/, '').split(/[\\/]/).at(-1) ?? ''
  return SENSITIVE_FILES.find(file => file.test(name))?.what
}

export const IG205: LintRule = {
  id: 'IG205',
  level: 'error',
  title: 'COPY or ADD of a secret file or .git',
  description:
    '`COPY`/`ADD` names `.env` (or `.env.*`, except `.example`, `.sample`, `.template`), an SSH private key ' +
    '(`id_rsa`, `id_ed25519`…), a `*.pem` file or `.git`. They end up in a layer that anyone with the image ' +
    'can extract, even if a later step deletes them. Use `RUN --mount=type=secret` (or `type=ssh`) and list ' +
    'such files in `.dockerignore`.',
  check: context =>
    ['COPY', 'ADD'].flatMap(keyword =>
      instructionsByKeyword(context, keyword, { onbuild: true }).flatMap(({ instruction }) => {
        if (keyword === 'COPY' && flagOf(instruction, 'from')) return []
        for (const source of copyArguments(instruction).sources) {
          const what = sensitiveFile(source)
          if (what)
            return [violationOn(instruction, `${keyword} ${dropQuotes(source)} puts ${what} into the image`)]
        }
        return []
      })
    )
}

export const IG207: LintRule = {
  id: 'IG207',
  level: 'warning',
  title: 'COPY --from an image with a floating tag',
  description:
    '`COPY --from=<image>` with `latest` or no tag copies from whatever that image is at build time. Pin ' +
    'a version tag and a digest, e.g. `COPY --from=ghcr.io/acme/tools:1.2@sha256:… /bin/tool /usr/local/bin/`. ' +
    'References to earlier stages (by name or index) are not reported.',
  check: context =>
    copiesFrom(context).flatMap(({ copy, from }) => {
      // Stages (by name or any index) are DL3022's business; `$VAR` cannot be judged here.
      if (namesEarlierStage(context, copy.stage, from) || /^\d+$/.test(from) || from.includes('$')) return []
      const written = flagOf(copy.instruction, 'from')
      const parsed = tryParseImageReference(written?.getValue() ?? from)
      if (!parsed.ok || parsed.reference.digest !== undefined) return []
      const tag = parsed.reference.tag
      if (tag !== undefined && tag !== 'latest') return []
      const why = tag === undefined ? 'has no tag' : 'uses the tag "latest"'
      const message = `COPY --from=${parsed.reference.original} ${why}; pin a version tag and a digest`
      return [written ? violationAt(written.getRange(), message) : violationOn(copy.instruction, message)]
    })
}

export const FILE_RULES: LintRule[] = [IG203, IG205, IG207]
