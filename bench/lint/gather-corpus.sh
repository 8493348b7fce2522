#!/usr/bin/env bash
# Gathers a corpus of real Dockerfiles for `npm run bench:lint -- --corpus DIR`: every file named
# Dockerfile* at HEAD of the given git repositories (bare clones or snapshots work; no work tree needed),
# written to DIR as <owner+repo>/<path with / replaced by __>. The corpus is not committed: its files keep
# their own licences. Example, with clones of a few public repositories full of Dockerfiles:
#   git clone --bare https://github.com/docker-library/python python.git   # and so on
#   bash bench/lint/gather-corpus.sh /tmp/real-dockerfiles python.git php.git ...
set -euo pipefail
out=$1
shift
mkdir -p "$out"
for repo in "$@"; do
  name=$(basename "$(dirname "$repo")")
  [ "$name" = "." ] && name=$(basename "$repo" .git)
  mkdir -p "$out/$name"
  git -C "$repo" ls-tree -r --name-only HEAD | grep -E '(^|/)Dockerfile[^/]*$' | while read -r file; do
    git -C "$repo" show "HEAD:$file" >"$out/$name/${file//\//__}" 2>/dev/null || true
  done
done
echo "$(find "$out" -type f | wc -l) Dockerfiles in $out"
