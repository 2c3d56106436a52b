#!/usr/bin/env bash
# Stop the Swift S3 server and memcached started by s3-up.sh and remove its base dir.
#   scripts/services/s3-down.sh <BASE_DIR>      (or S3_BASE=<dir> scripts/services/s3-down.sh)
set -uo pipefail
BASE=${1:-${S3_BASE:-}}
if [[ -z "$BASE" ]]; then echo "usage: s3-down.sh <base dir> (or set S3_BASE)" >&2; exit 2; fi
if [[ ! -d "$BASE" ]]; then echo "s3-down: $BASE does not exist, nothing to stop" >&2; exit 0; fi
if [[ ! -f "$BASE/.egoejo-s3" ]]; then echo "s3-down: $BASE was not made by s3-up.sh; not touching it" >&2; exit 1; fi

alive() {  # exists and is not a zombie
  local st
  st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ -n "$st" && "$st" != Z ]]
}
# pids of the process group led by $1 (each daemon was started with setsid), zombies excluded
group() {
  local f s rest
  for f in /proc/[0-9]*/stat; do
    { read -r s <"$f"; } 2>/dev/null || continue
    rest=${s##*) }                     # after "pid (comm) ": state ppid pgrp ...
    read -r st _ pg _ <<<"$rest"
    [[ "$pg" == "$1" && "$st" != Z ]] && echo "${f//[!0-9]/}"
  done
  return 0
}

pids=()
for svc in proxy object container account memcached; do
  f="$BASE/run/$svc.pid"
  [[ -f "$f" ]] || continue
  pid=$(cat "$f")
  [[ -n "$pid" ]] || continue
  # signal the whole group (Swift's workers too); fall back to the pid alone
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  pids+=("$pid")
done
for pid in "${pids[@]}"; do
  for _ in $(seq 1 200); do   # up to ~10 s
    [[ -z "$(group "$pid")" ]] && ! alive "$pid" && break
    sleep 0.05
  done
  left=$(group "$pid")
  if [[ -n "$left" ]] || alive "$pid"; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; fi
done
rm -rf "$BASE"
