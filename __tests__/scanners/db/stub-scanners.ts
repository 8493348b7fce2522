// Synthetic `trivy` and `grype` stand-ins for the database tests: shell scripts that record their
// arguments, fail a set number of times with a set message, then write database metadata the way the
// real scanners lay it out. Behaviour comes from STUB_* environment variables. Not the real scanners.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { InstalledScanner } from '../../../src/scanners/install/index.js'

const FAIL_AS_TOLD = [
  'echo "$*" >> "$STUB_LOG"',
  'n=$(cat "$STUB_COUNT" 2>/dev/null || echo 0); n=$((n+1)); echo "$n" > "$STUB_COUNT"',
  'if [ "$n" -le "${STUB_FAILS:-0}" ]; then echo "$STUB_ERROR" >&2; exit 1; fi'
]

const TRIVY = [
  '#!/bin/sh',
  '# Synthetic stand-in for trivy written by imagegate tests.',
  ...FAIL_AS_TOLD,
  'dir=""; what=""',
  'while [ $# -gt 0 ]; do',
  '  case "$1" in',
  '    --cache-dir) dir="$2"; shift ;;',
  '    --download-db-only) what=db ;;',
  '    --download-java-db-only) what=java-db ;;',
  '  esac',
  '  shift',
  'done',
  '[ -n "$STUB_NO_DB" ] && exit 0',
  'mkdir -p "$dir/$what"',
  'printf \'{"Version":2,"UpdatedAt":"%s"}\\n\' "$STUB_UPDATED_AT" > "$dir/$what/metadata.json"',
  ''
]

const GRYPE = [
  '#!/bin/sh',
  '# Synthetic stand-in for grype written by imagegate tests.',
  'if [ "$1 $2" = "db status" ]; then',
  '  echo "db status" >> "$STUB_LOG"',
  '  [ -f "$GRYPE_DB_CACHE_DIR/stub-status.json" ] || { echo "no installed DB" >&2; exit 1; }',
  '  cat "$GRYPE_DB_CACHE_DIR/stub-status.json"; exit 0',
  'fi',
  ...FAIL_AS_TOLD,
  'echo "auto-update=$GRYPE_DB_AUTO_UPDATE app-update=$GRYPE_CHECK_FOR_APP_UPDATE" >> "$STUB_LOG"',
  'mkdir -p "$GRYPE_DB_CACHE_DIR/6"',
  'printf \'{"schemaVersion":"v6.0.2","built":"%s","valid":true}\\n\' "$STUB_UPDATED_AT" > "$GRYPE_DB_CACHE_DIR/stub-status.json"',
  ''
]

export interface Stub {
  scanner: InstalledScanner
  /** One line per invocation: the arguments (and for Grype, the update env). */
  calls(): string[]
  /** Sets the STUB_* variables the next run reads. */
  behave(options: { fails?: number; error?: string; updatedAt?: string; noDb?: boolean }): void
}

export function writeStub(directory: string, name: 'trivy' | 'grype'): Stub {
  mkdirSync(directory, { recursive: true })
  const file = path.join(directory, name)
  writeFileSync(file, (name === 'trivy' ? TRIVY : GRYPE).join('\n'))
  chmodSync(file, 0o755)
  const log = path.join(directory, `${name}.log`)
  const count = path.join(directory, `${name}.count`)
  writeFileSync(log, '')
  process.env.STUB_LOG = log
  // Programs imagegate runs see an allow-listed environment; the stand-ins' settings are named here.
  process.env.IMAGEGATE_CHILD_ENV = 'STUB_LOG,STUB_COUNT,STUB_FAILS,STUB_ERROR,STUB_UPDATED_AT,STUB_NO_DB'
  process.env.STUB_COUNT = count
  return {
    scanner: {
      name,
      path: file,
      version: name === 'trivy' ? '0.72.0' : '0.117.0',
      source: 'path',
      warnings: []
    },
    calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    behave: ({ fails = 0, error = '', updatedAt = '2026-12-01T06:00:00Z', noDb = false }) => {
      writeFileSync(count, '0')
      process.env.STUB_FAILS = String(fails)
      process.env.STUB_ERROR = error
      process.env.STUB_UPDATED_AT = updatedAt
      if (noDb) process.env.STUB_NO_DB = '1'
      else delete process.env.STUB_NO_DB
    }
  }
}

/** Writes Trivy's `metadata.json` files as a cache restore would leave them. */
export function writeTrivyMetadata(cacheDir: string, updatedAt: string): void {
  for (const folder of ['db', 'java-db']) {
    mkdirSync(path.join(cacheDir, folder), { recursive: true })
    writeFileSync(
      path.join(cacheDir, folder, 'metadata.json'),
      JSON.stringify({ Version: 2, UpdatedAt: updatedAt })
    )
  }
}
