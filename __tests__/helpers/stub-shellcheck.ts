import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { stubBin } from './stub-bin.js'

/**
 * A SYNTHETIC stand-in for ShellCheck: `--version` says 0.9.0; otherwise it logs its arguments, reports
 * SC2086 (info) for every script containing `ls $DIR` and SC2045 (error) for `$(ls`, sleeps for a script
 * containing HANG_ME (writing its pid to `sleeping.pid` first) and crashes on CRASH_ME.
 */
export function stubShellcheck(): { dir: string; binary: string; calls: () => string[][] } {
  const dir = stubBin({})
  const log = path.join(dir, 'calls.log')
  const body = String.raw`#!/bin/sh
case "$1" in --version) printf 'ShellCheck - shell script analysis tool\nversion: 0.9.0\n'; exit 0;; esac
echo "$*" >> '${log}'
out=''; sep=''
for f in "$@"; do
  case "$f" in --*) continue;; esac
  if grep -q HANG_ME "$f"; then echo $$ > '${dir}/sleeping.pid'; sleep 60; fi
  if grep -q CRASH_ME "$f"; then echo "shellcheck: internal error, stack overflow" >&2; exit 3; fi
  if grep -q 'ls \$DIR' "$f"; then
    out="$out$sep{\"file\":\"$f\",\"line\":3,\"column\":1,\"level\":\"info\",\"code\":2086,\"message\":\"Double quote to prevent globbing.\"}"; sep=','
  fi
  if grep -q '\$(ls' "$f"; then
    out="$out$sep{\"file\":\"$f\",\"line\":3,\"column\":1,\"level\":\"error\",\"code\":2045,\"message\":\"Iterating over ls output is fragile. Use globs.\"}"; sep=','
  fi
done
printf '{"comments":[%s]}' "$out"
[ -n "$out" ] && exit 1
exit 0`
  const binary = path.join(dir, 'shellcheck')
  writeFileSync(binary, body)
  chmodSync(binary, 0o755)
  return {
    dir,
    binary,
    calls: () => {
      try {
        return readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map(line => line.split(' ').filter(arg => !arg.startsWith('--')))
      } catch {
        return []
      }
    }
  }
}
